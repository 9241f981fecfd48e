"""Reading notes back from W3C Web Annotation JSON and placing them in an article's text.

The TextQuoteSelector says which words (with the words around them); the TextPositionSelector
is only a hint, used to choose between repeats of the quote and to start the search. Fields the
reader does not know are ignored; an annotation it cannot use is skipped, not fatal.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from serge_desktop.core.anchoring import TextAnchor
from serge_desktop.core.link_targets import neutralise_bad_links
from serge_desktop.core.reanchoring import PlacementKind, Reanchorer
from serge_desktop.core.text_form import nfc
from serge_desktop.services.notes import MAX_NOTE_CHARS, NOTE_COLORS
from serge_desktop.services.packs.errors import BrokenPackError

MAX_TAGS = 50
MAX_TAG_CHARS = 100
MAX_ID_CHARS = 200


@dataclass(frozen=True, slots=True)
class PackNote:
    """One annotation as read: its passage (empty for a note on the whole article) and text."""

    quote: str
    prefix: str
    suffix: str
    start: int  # the position hint; -1 when the annotation gave none
    end: int
    body: str
    tags: tuple[str, ...]
    color: str | None
    created: dt.datetime | None
    modified: dt.datetime | None
    annotation_id: str | None = None  # the annotation's own id, which the pack's cards name


@dataclass(frozen=True, slots=True)
class PlacedNote:
    """A pack note found in the article's text (or about the whole article)."""

    note: PackNote
    start: int
    end: int
    placement: str


def read_annotations(document: Any, name: str) -> list[PackNote]:
    """The usable annotations of an AnnotationCollection (or a bare list of annotations)."""
    if isinstance(document, dict) and document.get("type") == "AnnotationCollection":
        first = document.get("first")
        items = first.get("items") if isinstance(first, dict) else document.get("items", [])
    elif isinstance(document, list):
        items = document
    else:
        raise BrokenPackError(f"{name} in the pack is not an annotation collection.", name)
    if not isinstance(items, list):
        raise BrokenPackError(f"{name} in the pack has no list of annotations.", name)
    return [note for item in items if (note := _note(item)) is not None]


def place_notes(body: str, notes: list[PackNote]) -> tuple[list[PlacedNote], int]:
    """The notes placed in ``body``, and how many could not be (their words are not there)."""
    placer = Reanchorer(body)
    placed: list[PlacedNote] = []
    lost = 0
    for note in notes:
        if not note.quote:
            placed.append(PlacedNote(note, 0, 0, PlacementKind.EXACT.value))
            continue
        anchor = TextAnchor(note.quote, note.prefix, note.suffix, note.start, note.end)
        found = placer.place(anchor)
        if found.kind is PlacementKind.UNPLACED:
            lost += 1
            continue
        placed.append(PlacedNote(note, found.start, found.end, found.kind.value))
    return placed, lost


def _note(item: Any) -> PackNote | None:
    if not isinstance(item, dict) or item.get("type") not in ("Annotation", ["Annotation"]):
        return None
    texts, tags = _bodies(item.get("body"))
    target = item.get("target")
    quote_selector, position_selector = _selectors(target)
    quote = _string(quote_selector, "exact")
    start = _int(position_selector, "start")
    end = _int(position_selector, "end")
    # Text enters the library here: one Unicode form, and no link with an ill-formed id.
    body = neutralise_bad_links(nfc("\n\n".join(texts)))
    if len(body) > MAX_NOTE_CHARS or (not quote and not body.strip()):
        return None
    color = target.get("styleClass") if isinstance(target, dict) else None
    annotation_id = item.get("id")
    return PackNote(
        quote=nfc(quote),
        prefix=nfc(_string(quote_selector, "prefix")),
        suffix=nfc(_string(quote_selector, "suffix")),
        start=start if start is not None and end is not None and start < end else -1,
        end=end if start is not None and end is not None and start < end else -1,
        body=body,
        tags=tuple(dict.fromkeys(tags))[:MAX_TAGS],
        color=color if color in NOTE_COLORS else None,
        created=_time(item.get("created")),
        modified=_time(item.get("modified")),
        annotation_id=annotation_id
        if isinstance(annotation_id, str) and len(annotation_id) <= MAX_ID_CHARS
        else None,
    )


def _bodies(body: Any) -> tuple[list[str], list[str]]:
    texts: list[str] = []
    tags: list[str] = []
    for entry in body if isinstance(body, list) else [body]:
        if isinstance(entry, str):
            texts.append(entry)
            continue
        value = entry.get("value") if isinstance(entry, dict) else None
        if not isinstance(value, str):
            continue
        if entry.get("purpose") == "tagging":
            name = " ".join(nfc(value).split())
            if name and len(name) <= MAX_TAG_CHARS:
                tags.append(name)
        else:
            texts.append(value)
    return texts, tags


def _selectors(target: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for candidate in _targets(target):
        selector = candidate.get("selector")
        for entry in selector if isinstance(selector, list) else [selector]:
            if isinstance(entry, dict) and isinstance(entry.get("type"), str):
                found.setdefault(entry["type"], entry)
    return found.get("TextQuoteSelector", {}), found.get("TextPositionSelector", {})


def _targets(target: Any) -> Iterator[dict[str, Any]]:
    for entry in target if isinstance(target, list) else [target]:
        if isinstance(entry, dict):
            yield entry


def _string(selector: dict[str, Any], key: str) -> str:
    value = selector.get(key, "")
    return value if isinstance(value, str) else ""


def _int(selector: dict[str, Any], key: str) -> int | None:
    value = selector.get(key)
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else None


def _time(value: Any) -> dt.datetime | None:
    if not isinstance(value, str):
        return None
    try:
        moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)
