"""A pack's cards become the student's own new cards, tied to the notes and events it brought.

Importing the same pack again keeps the cards and their history: its layer's notes are replaced,
so their cards are let go of first and tied again, by id, to the notes that replace them.
"""

from __future__ import annotations

from collections.abc import Mapping

import peewee as pw

from serge_desktop.services.cards.sources import follow_article, follow_note, new_card
from serge_desktop.services.packs.pack_cards import PackCard
from serge_desktop.storage import models as m


def let_go_of_layer_cards(layer_id: int) -> None:
    """Before a layer's notes are replaced: their cards wait, without a note, to be tied again."""
    notes = m.Note.select(m.Note.id).where(m.Note.layer == layer_id)
    m.Card.update(note=None, source_state="gone").where(m.Card.note.in_(notes)).execute()


def add_pack_cards(
    db: pw.SqliteDatabase,
    article_id: int,
    cards: tuple[PackCard, ...],
    *,
    notes: Mapping[str, int],
    events: Mapping[tuple[str, str], int],
) -> int:
    """Tie each card to its note or events in the library (made new if the student had none).

    ``notes`` maps annotation ids to the layer's new notes, ``events`` (date, folded label) to
    the article's events. A card whose source did not come in is left out; a "When?" or "Which
    came first?" the student already has stands. Returns how many cards were made.
    """
    made = 0
    for card in cards:
        existing = m.Card.get_or_none(m.Card.guid == card.guid)
        if card.note is not None:
            note_id = notes.get(card.note)
            if note_id is None:
                continue
            if existing is None:
                if m.Card.get_or_none(m.Card.note == note_id) is None:
                    new_card(kind=card.kind, article_id=article_id, guid=card.guid, note_id=note_id)
                    made += 1
            elif existing.note_id is None:  # the same pack again: its note was replaced
                m.Card.update(note=note_id).where(m.Card.id == existing.id).execute()
            follow_note(db, note_id)
            continue
        ids = [events.get((key.edtf, key.label.casefold())) for key in card.events]
        if existing is not None or None in ids or _has_event_card(card.kind, ids):
            continue
        low, *rest = sorted(i for i in ids if i is not None)
        new_card(
            kind=card.kind,
            article_id=article_id,
            guid=card.guid,
            event_id=low,
            other_event_id=rest[0] if rest else None,
        )
        made += 1
    follow_article(db, article_id)
    return made


def _has_event_card(kind: str, ids: list[int | None]) -> bool:
    low, *rest = sorted(i for i in ids if i is not None)
    query = m.Card.select().where((m.Card.kind == kind) & (m.Card.event == low))
    if rest:
        query = query.where(m.Card.other_event == rest[0])
    return bool(query.exists())
