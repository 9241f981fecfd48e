"""Review cards made from notes and events, and the grades given to them."""

from __future__ import annotations

import peewee as pw

from serge_desktop.storage.models.base import BaseModel, utc_now
from serge_desktop.storage.models.library import Article
from serge_desktop.storage.models.notes import Note
from serge_desktop.storage.models.timeline import TimelineEvent

CARD_KINDS = ("cloze", "question", "recall", "when", "order")
CARD_SOURCE_STATES = ("ok", "trashed", "gone", "retired")


class Card(BaseModel):
    """A review card made from a note or from one or two timeline events (schema 12).

    What it shows is read from its source each time; the row holds which source, the reader's
    choices (suspended, deleted) and its FSRS memory. Times for scheduling are UNIX seconds.
    """

    guid = pw.TextField(unique=True)  # stable across exports and packs (Anki matches on it)
    kind = pw.TextField(constraints=[pw.Check(f'"kind" IN {CARD_KINDS!r}')])
    article = pw.ForeignKeyField(Article, on_delete="CASCADE", backref="cards")
    note = pw.ForeignKeyField(Note, null=True, unique=True, on_delete="CASCADE", backref="cards")
    # SET NULL: a deleted event leaves its cards waiting (suspended) for the undo that restores it.
    event = pw.ForeignKeyField(TimelineEvent, null=True, on_delete="SET NULL", backref="cards")
    other_event = pw.ForeignKeyField(
        TimelineEvent, null=True, on_delete="SET NULL", backref="other_cards"
    )
    # ok; trashed (its note is in the trash); gone (its event was deleted); retired (the source
    # no longer makes this card: a colour or the Q:/A: lines removed, two dates now overlapping).
    source_state = pw.TextField(
        default="ok",
        constraints=[
            pw.SQL("DEFAULT 'ok'"),
            pw.Check(f'"source_state" IN {CARD_SOURCE_STATES!r}'),
        ],
    )
    is_suspended = pw.BooleanField(default=False)
    deleted_at = pw.DateTimeField(null=True)  # the reader deleted it: kept so it is not remade
    created_at = pw.DateTimeField(default=utc_now)
    phase = pw.IntegerField(default=0)  # core.cards_scheduling.Phase
    step = pw.IntegerField(null=True)
    stability = pw.FloatField(null=True)
    difficulty = pw.FloatField(null=True)
    due_at = pw.IntegerField()
    last_review_at = pw.IntegerField(null=True)
    reps = pw.IntegerField(default=0)
    lapses = pw.IntegerField(default=0)

    article_id: int
    note_id: int | None
    event_id: int | None
    other_event_id: int | None


class CardReview(BaseModel):
    """One grade given to a card, with the memory it replaced (schema 12).

    Undo puts that memory back; the optimiser learns from the grades and their times.
    """

    card = pw.ForeignKeyField(Card, on_delete="CASCADE", backref="reviews")
    reviewed_at = pw.IntegerField()  # UNIX milliseconds
    grade = pw.IntegerField(constraints=[pw.Check('"grade" BETWEEN 1 AND 4')])
    duration_ms = pw.IntegerField(null=True)
    phase_before = pw.IntegerField()
    step_before = pw.IntegerField(null=True)
    stability_before = pw.FloatField(null=True)
    difficulty_before = pw.FloatField(null=True)
    due_at_before = pw.IntegerField()
    last_review_at_before = pw.IntegerField(null=True)

    card_id: int


# The cards a review can draw: one partial index for the whole library, one per article. The
# next card and the due counts read only these, never the suspended or deleted cards.
_LIVE = Card.deleted_at.is_null() & (Card.is_suspended == 0) & (Card.source_state == "ok")
# The article is in the first so that counting due cards per article reads the index alone.
Card.add_index(
    Card.index(Card.phase, Card.due_at, Card.article, name="card_live_due", where=_LIVE, safe=False)
)
Card.add_index(
    Card.index(
        Card.article, Card.phase, Card.due_at, name="card_live_article", where=_LIVE, safe=False
    )
)
# Reviews per day and true retention read this index alone (the grade and the phase are in it).
CardReview.add_index(
    CardReview.index(
        CardReview.reviewed_at,
        CardReview.phase_before,
        CardReview.grade,
        name="card_review_reviewed_at",
        safe=False,
    )
)
# One "When?" card per event and one "Which came first?" card per pair of events.
Card.add_index(
    Card.index(Card.event, name="card_when_event", unique=True, where=Card.kind == "when")
)
Card.add_index(
    Card.index(
        Card.event,
        Card.other_event,
        name="card_order_events",
        unique=True,
        where=Card.kind == "order",
    )
)
