"""An Anki deck (.apkg, via the optional genanki): cloze cards from passages, "When…?" cards.

The deck holds the app's own review cards of what is exported (services/cards), each asked the
way the app asks it: a highlight's cloze (core.cards_cloze: the passage hidden in its sentence),
a note's question, "When…?" for an event, "Which came first?" for two.

Ids are fixed so that importing a newer export updates a student's cards instead of adding
copies: the note types have constant ids, each Anki note's GUID is its card's stable id (the
same GUIDs as exports made before the app had cards), and the deck's id comes from the
library's id and the deck's title.
"""

from __future__ import annotations

import html
import importlib.util
import uuid
from pathlib import Path
from typing import Any

from serge_desktop.core.cards_cloze import Cloze, cloze_in
from serge_desktop.services.cards.exported_cards import ExportedCard, exported_cards
from serge_desktop.services.exports.content import ExportContent
from serge_desktop.services.exports.identity import EXPORT_NAMESPACE
from serge_desktop.services.exports.note_html import note_html
from serge_desktop.services.exports.records import ExportedNote
from serge_desktop.services.timelinejs import write_atomically

CLOZE_MODEL_ID = 1_734_502_911  # never change: Anki matches note types by id
WHEN_MODEL_ID = 1_734_502_912
QUESTION_MODEL_ID = 1_734_502_913
_CARD_CSS = ".card { font-family: Georgia, serif; font-size: 20px; text-align: left; }\n"
".cloze { font-weight: bold; color: #1b5e9e; } .extra { font-size: 16px; color: #444; }"


def anki_available() -> bool:
    return importlib.util.find_spec("genanki") is not None


def cloze_text(text: str, start: int, end: int) -> str:
    """HTML for a cloze card: ``text[start:end]`` hidden within its sentence(s)."""
    return _cloze_html(cloze_in(text, start, end))


def _cloze_html(cloze: Cloze) -> str:
    hidden = html.escape(cloze.hidden).replace("}}", "} }").replace("::", ": :")
    return f"{html.escape(cloze.before)}{{{{c1::{hidden}}}}}{html.escape(cloze.after)}"


def write_anki(content: ExportContent, path: Path, *, force: bool = False) -> int:
    """Write the deck whole or not at all; returns the number of Anki notes in it."""
    import genanki  # type: ignore[import-untyped]

    library = content.library_id
    deck_id = uuid.uuid5(EXPORT_NAMESPACE, f"{library}/deck/{content.title}").int % (1 << 31)
    deck = genanki.Deck(deck_id, f"Serge Desktop::{content.title}")
    for section in content.sections:
        source = html.escape(section.article.headline)
        notes = {note.note_id: note for note in section.notes}
        events = {event.id: event for event in section.events}
        for card in exported_cards(note_ids=notes, event_ids=events):
            note = notes.get(card.note_id) if card.note_id is not None else None
            deck.add_note(_anki_note(genanki, card, note, source))
    count = len(deck.notes)

    def write(target: Path) -> None:
        genanki.Package(deck).write_to_file(str(target))

    write_atomically(path, write, force=force)
    return count


def _anki_note(genanki: Any, card: ExportedCard, note: ExportedNote | None, source: str) -> Any:
    face = card.face
    tags = ["serge-desktop", *(_anki_tag(tag) for tag in (note.tags if note else ()))]
    where = source
    if note is not None and note.paragraph is not None:
        where = f"{source}, ¶ {note.paragraph}"
    if face.kind == "cloze" and face.cloze is not None:
        extra = note_html(note.body, ()) if note is not None and note.body.strip() else ""
        fields = [_cloze_html(face.cloze), extra, where]
        return genanki.Note(model=_cloze_model(genanki), fields=fields, guid=card.guid, tags=tags)
    if face.kind == "when":
        evidence = html.escape(face.evidence.quote) if face.evidence is not None else ""
        if face.extra:  # what is said of the event: part of the answer
            evidence += f"<p>{html.escape(face.extra)}</p>"
        fields = [f"When: {html.escape(face.prompt)}?", html.escape(face.answer), evidence, where]
        tags += ["timeline"]
        return genanki.Note(model=_when_model(genanki), fields=fields, guid=card.guid, tags=tags)
    if face.kind == "order":
        labels = " or ".join(html.escape(choice.label) for choice in face.choices)
        question = f"Which came first: {labels}?"
        answer = "<br>".join(
            f"{html.escape(c.label)}: {html.escape(c.date_words)}" for c in face.choices
        )
        fields = [question, f"<b>{html.escape(face.answer)}</b><br>{answer}", where]
        tags += ["timeline"]
    else:  # a note's question, or a note to recall from what it is about
        fields = [html.escape(face.prompt), note_html(face.answer, ()), where]
    return genanki.Note(model=_question_model(genanki), fields=fields, guid=card.guid, tags=tags)


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


def _question_model(genanki: Any) -> Any:
    return genanki.Model(
        QUESTION_MODEL_ID,
        "Serge Desktop question",
        fields=[{"name": "Question"}, {"name": "Answer"}, {"name": "Source"}],
        templates=[
            {
                "name": "Question",
                "qfmt": "{{Question}}",
                "afmt": '{{FrontSide}}<hr id="answer">{{Answer}}'
                '<div class="extra">{{Source}}</div>',
            }
        ],
        css=_CARD_CSS,
    )
