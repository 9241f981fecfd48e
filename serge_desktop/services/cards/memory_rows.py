"""A card row's FSRS memory in and out, and the conditions that choose cards by state."""

from __future__ import annotations

import datetime as dt

import peewee as pw

from serge_desktop.core.cards_scheduling import Memory, Phase
from serge_desktop.storage import models as m


def seconds(moment: dt.datetime) -> int:
    return int(moment.timestamp())


def moment(stamp: int) -> dt.datetime:
    return dt.datetime.fromtimestamp(stamp, dt.UTC)


def memory_of(card: m.Card) -> Memory:
    return Memory(
        phase=Phase(card.phase),
        step=card.step,
        stability=card.stability,
        difficulty=card.difficulty,
        due=moment(card.due_at),
        last_review=None if card.last_review_at is None else moment(card.last_review_at),
        reps=card.reps,
        lapses=card.lapses,
    )


def store_memory(card: m.Card, memory: Memory) -> None:
    """Write ``memory`` into the row (the caller saves it, in its transaction)."""
    card.phase = int(memory.phase)
    card.step = memory.step
    card.stability = memory.stability
    card.difficulty = memory.difficulty
    card.due_at = seconds(memory.due)
    card.last_review_at = None if memory.last_review is None else seconds(memory.last_review)
    card.reps = memory.reps
    card.lapses = memory.lapses


MEMORY_FIELDS = (
    m.Card.phase,
    m.Card.step,
    m.Card.stability,
    m.Card.difficulty,
    m.Card.due_at,
    m.Card.last_review_at,
    m.Card.reps,
    m.Card.lapses,
)


def live() -> pw.Expression:
    """Cards a review may draw: not deleted, not suspended, their source there and making them.

    Written exactly as the partial indexes' WHERE, so that SQLite uses them.
    """
    return m.Card.deleted_at.is_null() & (m.Card.is_suspended == 0) & (m.Card.source_state == "ok")


def in_library() -> pw.Expression:
    """Cards whose article is not in the trash (they wait there with it until it is restored)."""
    trashed = m.Article.select(m.Article.id).where(m.Article.deleted_at.is_null(False))
    return m.Card.article.not_in(trashed)


def article_in_trash(card: m.Card) -> bool:
    return bool(
        m.Article.select()
        .where((m.Article.id == card.article_id) & m.Article.deleted_at.is_null(False))
        .exists()
    )


def in_state(state: str, now: dt.datetime) -> pw.Expression:
    """The condition for one of the browser's states (``views.CARD_STATES``)."""
    not_deleted = m.Card.deleted_at.is_null()
    if state == "suspended":
        return not_deleted & ((m.Card.is_suspended == 1) | (m.Card.source_state != "ok"))
    if state == "new":
        return live() & (m.Card.phase == int(Phase.NEW))
    if state == "learning":
        return live() & m.Card.phase.in_((int(Phase.LEARNING), int(Phase.RELEARNING)))
    if state == "review":
        return live() & (m.Card.phase == int(Phase.REVIEW))
    if state == "due":
        return live() & (m.Card.phase != int(Phase.NEW)) & (m.Card.due_at <= seconds(now))
    raise ValueError(f"unknown card state {state!r}")


def state_name(card: m.Card) -> str:
    """new, learning, review or suspended: what the browser shows for the card."""
    if card.is_suspended or card.source_state != "ok":
        return "suspended"
    phase = Phase(card.phase)
    if phase is Phase.NEW:
        return "new"
    return "review" if phase is Phase.REVIEW else "learning"
