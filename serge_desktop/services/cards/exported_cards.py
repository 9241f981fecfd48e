"""The cards an export carries (an Anki deck, a class pack): the live cards of chosen sources."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from serge_desktop.services.cards.faces import face_of
from serge_desktop.services.cards.memory_rows import live
from serge_desktop.services.cards.views import CardFace
from serge_desktop.storage import models as m


@dataclass(frozen=True, slots=True)
class ExportedCard:
    id: int
    guid: str
    kind: str
    note_id: int | None
    event_ids: tuple[int, ...]  # one for "when", two for "order", none for a note's card
    face: CardFace


def exported_cards(*, note_ids: Collection[int], event_ids: Collection[int]) -> list[ExportedCard]:
    """The studied cards (not suspended, not deleted) of these notes and events, in order made.

    A "Which came first?" card goes only when both of its events do.
    """
    notes, events = set(note_ids), set(event_ids)
    found: list[ExportedCard] = []
    query = m.Card.select().where(live()).order_by(m.Card.id)
    if notes:
        for card in query.where(m.Card.note.in_(sorted(notes))):
            found.append(_exported(card, ()))
    if events:
        for card in query.where(m.Card.event.in_(sorted(events))):
            pair = tuple(e for e in (card.event_id, card.other_event_id) if e is not None)
            if card.kind == "when" or (len(pair) == 2 and set(pair) <= events):
                found.append(_exported(card, pair))
    return sorted(found, key=lambda card: card.id)


def _exported(card: m.Card, event_ids: tuple[int, ...]) -> ExportedCard:
    return ExportedCard(card.id, card.guid, card.kind, card.note_id, event_ids, face_of(card))
