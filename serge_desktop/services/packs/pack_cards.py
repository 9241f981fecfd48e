"""A pack's review cards (``cards/<slug>.json``): written from the teacher's, read with care.

Each card names its source the way the pack itself does: a note by its annotation's id (the
annotations member of the same article), an event by its date and label (as the events member
carries it). Content is never carried twice: the student's card reads it from that source.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, cast

import peewee as pw

from serge_desktop.core.fuzzy_date import FuzzyDateError, parse_edtf
from serge_desktop.services.cards.exported_cards import exported_cards
from serge_desktop.services.packs.errors import BrokenPackError
from serge_desktop.storage import models as m

MAX_CARDS = 100_000  # per article: far beyond any class's cards, small enough to read safely
MAX_ID_CHARS = 200
# A card's id as this app and Anki make them (base 91) or any plain printable id, never spaces,
# quotes or control characters.
_GUID = re.compile(r"[!-~]{1,64}")
_KINDS = {"cloze": 0, "question": 0, "recall": 0, "when": 1, "order": 2}  # events each names


@dataclass(frozen=True, slots=True)
class PackEventKey:
    """An event as the pack names it: the student's event with this date and label."""

    edtf: str
    label: str


@dataclass(frozen=True, slots=True)
class PackCard:
    guid: str
    kind: str
    note: str | None  # the annotation's id, for a note's card
    events: tuple[PackEventKey, ...]  # one for "when", two for "order"


def cards_document(
    *, annotation_ids: Mapping[int, str], event_ids: Sequence[int]
) -> dict[str, Any] | None:
    """The member for one article: the teacher's studied cards of what the pack carries."""
    cards = exported_cards(note_ids=annotation_ids, event_ids=event_ids)
    if not cards:
        return None
    event_id = cast("pw.AutoField", m.TimelineEvent.id)
    events = {
        e.id: {"edtf": e.edtf, "label": e.label}
        for e in m.TimelineEvent.select().where(event_id.in_(list(event_ids)))
    }
    entries = []
    for card in cards:
        entry: dict[str, Any] = {"guid": card.guid, "kind": card.kind}
        if card.note_id is not None:
            entry["note"] = annotation_ids[card.note_id]
        else:
            entry["events"] = [events[e] for e in card.event_ids]
        entries.append(entry)
    return {"cards": entries}


def read_cards(document: Any, name: str) -> tuple[PackCard, ...]:
    """The cards of a pack member; anything malformed refuses the pack, as events do."""
    items = document.get("cards") if isinstance(document, dict) else None
    if not isinstance(items, list):
        raise BrokenPackError(f"{name} in the pack is not a list of cards.", name)
    if len(items) > MAX_CARDS:
        raise BrokenPackError(f"{name} in the pack holds more than {MAX_CARDS:,} cards.", name)
    cards = tuple(_card(item, name) for item in items)
    if len({card.guid for card in cards}) != len(cards):
        raise BrokenPackError(f"{name} in the pack names one card twice.", name)
    return cards


def _card(item: Any, name: str) -> PackCard:
    if not isinstance(item, dict):
        raise BrokenPackError(f"{name} in the pack holds a card that is not an object.", name)
    guid, kind = item.get("guid"), item.get("kind")
    if not isinstance(guid, str) or not _GUID.fullmatch(guid):
        raise BrokenPackError(f"A card in {name} has no valid id.", name)
    if kind not in _KINDS:
        raise BrokenPackError(f"A card in {name} is of an unknown kind.", name)
    if _KINDS[kind] == 0:
        note = item.get("note")
        if not isinstance(note, str) or not 0 < len(note) <= MAX_ID_CHARS:
            raise BrokenPackError(f"A card in {name} names no note.", name)
        return PackCard(guid, kind, note, ())
    events = item.get("events")
    if not isinstance(events, list) or len(events) != _KINDS[kind]:
        raise BrokenPackError(f"A card in {name} names the wrong number of events.", name)
    return PackCard(guid, kind, None, tuple(_event_key(e, name) for e in events))


def _event_key(item: Any, name: str) -> PackEventKey:
    from serge_desktop.services.packs.pack_contents import MAX_FIELD_CHARS

    edtf = item.get("edtf") if isinstance(item, dict) else None
    label = item.get("label") if isinstance(item, dict) else None
    if not (
        isinstance(edtf, str)
        and isinstance(label, str)
        and len(edtf) <= MAX_FIELD_CHARS
        and len(label) <= MAX_FIELD_CHARS
    ):
        raise BrokenPackError(f"A card in {name} names an event without a date and label.", name)
    try:
        parse_edtf(edtf)
    except FuzzyDateError as error:
        raise BrokenPackError(f"A card in {name} names an event with a bad date.", name) from error
    return PackEventKey(edtf, label)
