"""The card browser: cards filtered by article, series, tag and state; suspend, reset, delete.

Every change returns what undo needs (the ids it changed, the memories it replaced), and undo
puts exactly that back. Editing a card is editing its source: its note or its event.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import cast

import peewee as pw

from serge_desktop.core.cards_qa import question_answer
from serge_desktop.core.cards_scheduling import Memory, reset_memory
from serge_desktop.services.cards.faces import face_of
from serge_desktop.services.cards.memory_rows import (
    MEMORY_FIELDS,
    in_library,
    in_state,
    memory_of,
    moment,
    state_name,
    store_memory,
)
from serge_desktop.services.cards.series_scope import series_of_articles
from serge_desktop.services.cards.views import CARD_STATES, CardFace, CardRow
from serge_desktop.services.errors import NotFoundError
from serge_desktop.services.note_rows import tuples
from serge_desktop.storage import models as m
from serge_desktop.storage.database import write_transaction

_TITLE_CHARS = 200


@dataclass(frozen=True, slots=True)
class CardFilter:
    """Which cards to list; every field left None lets all through."""

    article_ids: tuple[int, ...] | None = None
    series: str | None = None
    tag: str | None = None  # a tag of the reader's on the card's note
    state: str | None = None  # one of views.CARD_STATES

    def __post_init__(self) -> None:
        if self.state is not None and self.state not in CARD_STATES:
            raise ValueError(f"unknown card state {self.state!r}")


@dataclass(frozen=True, slots=True)
class MemoriesBefore:
    """The memories a reset replaced, card by card, for undo."""

    memories: tuple[tuple[int, Memory], ...]


class CardBrowserService:
    def __init__(self, db: pw.SqliteDatabase, *, clock: Callable[[], dt.datetime] = m.utc_now):
        self._db = db
        self._clock = clock

    def list_cards(
        self, card_filter: CardFilter = CardFilter(), *, limit: int | None = None, offset: int = 0
    ) -> list[CardRow]:
        """The cards that pass the filter, by article then in the order they were made."""
        query = (
            m.Card.select()
            .where(self._where(card_filter))
            .order_by(m.Card.article, m.Card.id)
            .offset(offset)
        )
        if limit is not None:
            query = query.limit(limit)
        cards = list(query)
        return _rows(cards)

    def count_cards(self, card_filter: CardFilter = CardFilter()) -> int:
        return int(m.Card.select().where(self._where(card_filter)).count())

    def get_card(self, card_id: int) -> CardRow:
        return _rows([self._card(card_id)])[0]

    def face(self, card_id: int) -> CardFace:
        """The card's question and answer, as the review shows them."""
        return face_of(self._card(card_id))

    def set_suspended(self, *, card_ids: Sequence[int], suspended: bool) -> tuple[int, ...]:
        """Suspend (or unsuspend) the cards; returns the ids that changed, for undo."""
        with write_transaction(self._db):
            ids = self._existing(card_ids, m.Card.is_suspended != suspended)
            if ids:
                m.Card.update(is_suspended=suspended).where(_id().in_(ids)).execute()
        return ids

    def reset(self, *, card_ids: Sequence[int]) -> MemoriesBefore:
        """Forget the cards on purpose: new again, their review history kept."""
        now = self._clock()
        with write_transaction(self._db):
            before = []
            for card in m.Card.select().where(_id().in_(list(card_ids)) & _not_deleted()):
                before.append((card.id, memory_of(card)))
                store_memory(card, reset_memory(now))
                card.save(only=list(MEMORY_FIELDS))
        return MemoriesBefore(tuple(before))

    def restore_memories(self, before: MemoriesBefore) -> None:
        """Undo a reset: each card gets back the memory it had."""
        with write_transaction(self._db):
            for card_id, memory in before.memories:
                card = m.Card.get_or_none(m.Card.id == card_id)
                if card is not None:
                    store_memory(card, memory)
                    card.save(only=list(MEMORY_FIELDS))

    def delete(self, *, card_ids: Sequence[int]) -> tuple[int, ...]:
        """Delete the cards; returns the ids deleted, for undo.

        The rows are kept aside, so that their source does not make them again.
        """
        with write_transaction(self._db):
            ids = self._existing(card_ids, _not_deleted())
            if ids:
                m.Card.update(deleted_at=self._clock()).where(_id().in_(ids)).execute()
        return ids

    def undelete(self, *, card_ids: Sequence[int]) -> None:
        with write_transaction(self._db):
            m.Card.update(deleted_at=None).where(_id().in_(list(card_ids))).execute()

    def _where(self, card_filter: CardFilter) -> pw.Expression:
        where: pw.Expression = _not_deleted() & in_library()
        if card_filter.state is not None:
            where &= in_state(card_filter.state, self._clock())
        articles = card_filter.article_ids
        if card_filter.series is not None:
            key = card_filter.series.casefold()
            in_series = tuple(
                a for a, s in series_of_articles().items() if s is not None and s.casefold() == key
            )
            articles = in_series if articles is None else tuple(set(articles) & set(in_series))
        if articles is not None:
            where &= m.Card.article.in_(list(articles))
        if card_filter.tag is not None:
            tagged = (
                m.NoteTag.select(m.NoteTag.note)
                .join(m.Tag)
                .where(m.Tag.name == card_filter.tag.strip())
            )
            where &= m.Card.note.in_(tagged)
        return where

    def _existing(self, card_ids: Sequence[int], condition: pw.Expression) -> tuple[int, ...]:
        query = m.Card.select(m.Card.id).where(_id().in_(list(card_ids)) & condition)
        return tuple(sorted(int(row[0]) for row in tuples(query)))

    def _card(self, card_id: int) -> m.Card:
        card = m.Card.get_or_none((m.Card.id == card_id) & _not_deleted() & in_library())
        if card is None:
            raise NotFoundError("card", card_id)
        return card


def _rows(cards: list[m.Card]) -> list[CardRow]:
    titles = _titles(cards)
    slugs = _slugs({card.article_id for card in cards})
    return [
        CardRow(
            id=card.id,
            guid=card.guid,
            kind=card.kind,
            state=state_name(card),
            article_id=card.article_id,
            article_slug=slugs.get(card.article_id, ""),
            title=titles.get(card.id, ""),
            due=moment(card.due_at),
            reps=card.reps,
            lapses=card.lapses,
            is_suspended=card.is_suspended,
            source_state=card.source_state,
            created_at=card.created_at,
            stability=card.stability,
            difficulty=card.difficulty,
            note_id=card.note_id,
            event_id=card.event_id,
        )
        for card in cards
    ]


def _titles(cards: list[m.Card]) -> dict[int, str]:
    """One line to know each card by, from its source, in two queries for the whole list."""
    note_ids = [card.note_id for card in cards if card.note_id is not None]
    event_ids = {e for card in cards for e in (card.event_id, card.other_event_id) if e}
    notes = {}
    if note_ids:
        note_id = cast("pw.AutoField", m.Note.id)
        query = m.Note.select(note_id, m.Note.quote, m.Note.body).where(note_id.in_(note_ids))
        notes = {row[0]: (row[1], row[2]) for row in tuples(query)}
    labels = {}
    if event_ids:
        event_id = cast("pw.AutoField", m.TimelineEvent.id)
        events = m.TimelineEvent.select(event_id, m.TimelineEvent.label).where(
            event_id.in_(sorted(event_ids))
        )
        labels = {row[0]: row[1] for row in tuples(events)}
    titles = {}
    for card in cards:
        if card.note_id is not None:
            quote, body = notes.get(card.note_id, ("", ""))
            qa = question_answer(body) if card.kind == "question" else None
            text = qa.question if qa is not None else (quote or body)
        else:
            text = " / ".join(
                labels[e] for e in (card.event_id, card.other_event_id) if e in labels
            )
        titles[card.id] = " ".join(text.split())[:_TITLE_CHARS]
    return titles


def _slugs(article_ids: set[int]) -> dict[int, str]:
    article_id = cast("pw.AutoField", m.Article.id)
    query = m.Article.select(article_id, m.Article.slug).where(article_id.in_(sorted(article_ids)))
    return {row[0]: row[1] for row in tuples(query)}


def _id() -> pw.AutoField:
    return cast("pw.AutoField", m.Card.id)


def _not_deleted() -> pw.Expression:
    return m.Card.deleted_at.is_null()
