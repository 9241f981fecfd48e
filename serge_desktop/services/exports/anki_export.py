"""An Anki deck (.apkg, via the optional genanki): cloze cards from passages, "When…?" cards.

Cloze choice: a card shows the sentence (or sentences) the highlighted passage stands in, with
the passage's words hidden as {{c1::…}}: the reader recalls the words from their context. When
the passage is a whole sentence, hiding it would leave nothing to recall it from, so the
sentence before it (or, at the start of a paragraph, the one after) is shown as the cue.

Ids are fixed so that importing a newer export updates a student's cards instead of adding
copies: the two note types have constant ids, each card's GUID comes from the library's id and
the note's (or event's) id, and the deck's id from the library's id and the deck's title.
"""

from __future__ import annotations

import html
import importlib.util
import re
import uuid
from pathlib import Path
from typing import Any

from serge_desktop.services.exports.content import ExportContent
from serge_desktop.services.exports.identity import EXPORT_NAMESPACE
from serge_desktop.services.exports.note_html import note_html
from serge_desktop.services.exports.records import ExportedNote
from serge_desktop.services.timelinejs import display_date, write_atomically
from serge_desktop.services.views import TimelineEventView

CLOZE_MODEL_ID = 1_734_502_911  # never change: Anki matches note types by id
WHEN_MODEL_ID = 1_734_502_912
_SENTENCE_END = re.compile(r"[.!?…][\"”’)\]]*(?=\s|$)|\n\n")
_CARD_CSS = ".card { font-family: Georgia, serif; font-size: 20px; text-align: left; }\n"
".cloze { font-weight: bold; color: #1b5e9e; } .extra { font-size: 16px; color: #444; }"


def anki_available() -> bool:
    return importlib.util.find_spec("genanki") is not None


def cloze_text(text: str, start: int, end: int) -> str:
    """HTML for a cloze card: ``text[start:end]`` hidden within its sentence(s)."""
    first = _sentence_start(text, start)
    last = _sentence_end(text, max(start, end - 1))
    if text[first:start].strip() == "" and text[end:last].strip() == "":
        if first > 0:
            first = _sentence_start(text, max(0, first - 1))
        else:
            last = _sentence_end(text, min(len(text), last + 1))
    hidden = html.escape(text[start:end].strip()).replace("}}", "} }").replace("::", ": :")
    before = html.escape(text[first:start].lstrip())
    after = html.escape(text[end:last].rstrip())
    return f"{before}{{{{c1::{hidden}}}}}{after}"


def _sentence_start(text: str, at: int) -> int:
    begin = 0
    for match in _SENTENCE_END.finditer(text, 0, at):
        begin = match.end()
    return begin


def _sentence_end(text: str, at: int) -> int:
    match = _SENTENCE_END.search(text, at)
    return len(text) if match is None else match.end()


def _cloze_for(note: ExportedNote, body: str | None) -> str:
    if (
        body is not None
        and note.paragraph is not None
        and body[note.start : note.end] == note.quote
    ):
        return cloze_text(body, note.start, note.end)
    # A passage not in the current text: its stored context is all there is to show.
    text = note.prefix + note.quote + note.suffix
    return cloze_text(text, len(note.prefix), len(note.prefix) + len(note.quote))


def write_anki(content: ExportContent, path: Path, *, force: bool = False) -> int:
    """Write the deck whole or not at all; returns the number of Anki notes in it."""
    import genanki  # type: ignore[import-untyped]

    library = content.library_id
    deck_id = uuid.uuid5(EXPORT_NAMESPACE, f"{library}/deck/{content.title}").int % (1 << 31)
    deck = genanki.Deck(deck_id, f"Serge Desktop::{content.title}")
    for section in content.sections:
        body = section.article.body
        source = html.escape(section.article.headline)
        for note in section.notes:
            if note.quote:
                deck.add_note(_note_card(genanki, note, _cloze_for(note, body), source))
        for event in section.events:
            deck.add_note(_event_card(genanki, library, event, source))
    count = len(deck.notes)

    def write(target: Path) -> None:
        genanki.Package(deck).write_to_file(str(target))

    write_atomically(path, write, force=force)
    return count


def _note_card(genanki: Any, note: ExportedNote, text: str, source: str) -> Any:
    extra = note_html(note.body, ()) if note.body.strip() else ""
    where = f"{source}, ¶ {note.paragraph}" if note.paragraph is not None else source
    return genanki.Note(
        model=_cloze_model(genanki),
        fields=[text, extra, where],
        guid=genanki.guid_for(note.library_id, note.note_id),
        tags=["serge-desktop", *(_anki_tag(tag) for tag in note.tags)],
    )


def _event_card(genanki: Any, library: str, event: TimelineEventView, source: str) -> Any:
    evidence = html.escape(event.quote) if event.quote else ""
    if event.description:  # what is said of the event: part of the answer
        evidence += f"<p>{html.escape(event.description)}</p>"
    return genanki.Note(
        model=_when_model(genanki),
        fields=[
            f"When: {html.escape(event.label)}?",
            html.escape(display_date(event)),
            evidence,
            source,
        ],
        guid=genanki.guid_for(library, "event", event.id),
        tags=["serge-desktop", "timeline", _anki_tag(event.category)],
    )


def _anki_tag(name: str) -> str:
    return "_".join(name.split())  # Anki separates tags with spaces


def _cloze_model(genanki: Any) -> Any:
    return genanki.Model(
        CLOZE_MODEL_ID,
        "Serge Desktop passage",
        fields=[{"name": "Text"}, {"name": "Extra"}, {"name": "Source"}],
        templates=[
            {
                "name": "Passage",
                "qfmt": "{{cloze:Text}}",
                "afmt": '{{cloze:Text}}<div class="extra">{{Extra}}<p>{{Source}}</p></div>',
            }
        ],
        css=_CARD_CSS,
        model_type=genanki.Model.CLOZE,
    )


def _when_model(genanki: Any) -> Any:
    return genanki.Model(
        WHEN_MODEL_ID,
        "Serge Desktop event",
        fields=[{"name": "Question"}, {"name": "Date"}, {"name": "Evidence"}, {"name": "Source"}],
        templates=[
            {
                "name": "When",
                "qfmt": "{{Question}}",
                "afmt": '{{FrontSide}}<hr id="answer"><b>{{Date}}</b>'
                '<div class="extra"><blockquote>{{Evidence}}</blockquote>{{Source}}</div>',
            }
        ],
        css=_CARD_CSS,
    )
