"""Studying: the next card due, grading it (and taking a grade back), and what is due where."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Sequence

import peewee as pw

from serge_desktop.core.cards_scheduling import CardScheduler, Grade, Phase
from serge_desktop.services.cards.card_queries import article_rows, due_by_article, next_card_id
from serge_desktop.services.cards.errors import CardNotStudiableError, NotLastGradeError
from serge_desktop.services.cards.faces import face_of
from serge_desktop.services.cards.memory_rows import (
    MEMORY_FIELDS,
    article_in_trash,
    memory_of,
    seconds,
    state_name,
    store_memory,
)
from serge_desktop.services.cards.series_scope import series_name
from serge_desktop.services.cards.settings import StudySettings, load_settings, save_settings
from serge_desktop.services.cards.sources import MADE_FOR_LIBRARY, make_cards_for_library
from serge_desktop.services.cards.views import DueCount, GradeOption, GradeOutcome, StudyCard
from serge_desktop.services.errors import NotFoundError
from serge_desktop.storage import models as m
from serge_desktop.storage.database import write_transaction
from serge_desktop.storage.errors import StorageError

Clock = Callable[[], dt.datetime]
# Anki's: when nothing else is due, a learning card due within this long is shown early.
LEARN_AHEAD = dt.timedelta(minutes=20)
# Anki's: the study day starts at 4 a.m. local time, so a late evening counts with its day.
DAY_STARTS_AT_HOUR = 4


class StudyService:
    """Every write runs in one transaction; times come from ``clock`` (tests fix it)."""

    def __init__(
        self, db: pw.SqliteDatabase, *, clock: Clock = m.utc_now, read_only: bool = False
    ) -> None:
        self._db = db
        self._clock = clock
        self._read_only = read_only
        self._cards_made = False

    # Settings ---------------------------------------------------------------------------------

    def settings(self) -> StudySettings:
        return load_settings()

    def save_settings(self, settings: StudySettings) -> StudySettings:
        return save_settings(self._db, settings)

    # Studying ---------------------------------------------------------------------------------

    def next_card(self, *, article_ids: Sequence[int] | None = None) -> StudyCard | None:
        """The card to study now, of these articles (all when None), or None when done.

        Learning cards due come first, then reviews due, then new cards while today's limit
        lasts; with nothing left, a learning card due within twenty minutes is shown early.
        """
        self.make_missing_cards()
        now = self._clock()
        settings = load_settings()
        card = self._first_due(article_ids, now, settings.new_per_day)
        if card is None:
            return None
        return self._study_card(card, now, settings)

    def card(self, *, card_id: int) -> StudyCard:
        """One card as the review shows it, due or not (the card a grade undone gives back)."""
        card = m.Card.get_or_none((m.Card.id == card_id) & m.Card.deleted_at.is_null())
        if card is None:
            raise NotFoundError("card", card_id)
        if card.is_suspended or card.source_state != "ok" or article_in_trash(card):
            raise CardNotStudiableError(card_id)
        return self._study_card(card, self._clock(), load_settings())

    def _study_card(self, card: m.Card, now: dt.datetime, settings: StudySettings) -> StudyCard:
        scheduler = CardScheduler(settings.scheduler_settings())
        options = tuple(
            GradeOption(grade, after.due - now, after.due)
            for grade, after in scheduler.preview(memory_of(card), now, seed=card.guid).items()
        )
        return StudyCard(card.id, card.guid, state_name(card), face_of(card), options)

    def grade(self, *, card_id: int, grade: Grade, duration_ms: int | None = None) -> GradeOutcome:
        """Record a grade and schedule the card; ``undo_grade(review_id=…)`` takes it back."""
        now = self._clock()
        with write_transaction(self._db):
            card = m.Card.get_or_none(m.Card.id == card_id)
            if card is None:
                raise NotFoundError("card", card_id)
            if (
                card.deleted_at is not None
                or card.is_suspended
                or card.source_state != "ok"
                or article_in_trash(card)
            ):
                raise CardNotStudiableError(card_id)
            before = memory_of(card)
            scheduler = CardScheduler(load_settings().scheduler_settings())
            after = scheduler.grade(before, grade, now, seed=card.guid)
            review = m.CardReview.create(
                card=card.id,
                reviewed_at=int(now.timestamp() * 1000),
                grade=int(grade),
                duration_ms=duration_ms if duration_ms is None else max(0, int(duration_ms)),
                phase_before=card.phase,
                step_before=card.step,
                stability_before=card.stability,
                difficulty_before=card.difficulty,
                due_at_before=card.due_at,
                last_review_at_before=card.last_review_at,
            )
            store_memory(card, after)
            card.save(only=list(MEMORY_FIELDS))
        return GradeOutcome(review.id, card_id, grade, after.due, after.due - now)

    def undo_grade(self, *, review_id: int) -> int:
        """Take a grade back: the card gets the memory it had before; returns the card's id."""
        with write_transaction(self._db):
            review = m.CardReview.get_or_none(m.CardReview.id == review_id)
            if review is None:
                raise NotFoundError("review", review_id)
            latest = (
                m.CardReview.select(pw.fn.MAX(m.CardReview.id))
                .where(m.CardReview.card == review.card_id)
                .scalar()
            )
            if latest != review.id:
                raise NotLastGradeError(review_id)
            card = m.Card.get_by_id(review.card_id)
            lapsed = review.phase_before == Phase.REVIEW and review.grade == Grade.AGAIN
            card.phase, card.step = review.phase_before, review.step_before
            card.stability, card.difficulty = review.stability_before, review.difficulty_before
            card.due_at, card.last_review_at = review.due_at_before, review.last_review_at_before
            card.reps = max(0, card.reps - 1)
            card.lapses = max(0, card.lapses - int(lapsed))
            card.save(only=list(MEMORY_FIELDS))
            review.delete_instance()
            return int(card.id)

    # Counting ---------------------------------------------------------------------------------

    def due_counts(self) -> list[DueCount]:
        """Cards to study now in each article that has any, then in each series."""
        self.make_missing_cards()
        now = self._clock()
        remaining = self.new_cards_left_today()
        counts: defaultdict[int, list[int]] = defaultdict(lambda: [0, 0, 0])
        column = {int(Phase.NEW): 0, int(Phase.LEARNING): 1, int(Phase.RELEARNING): 1}
        for article_id, phase, count in due_by_article(self._db, now=seconds(now)):
            counts[article_id][column.get(phase, 2)] += count
        found: list[DueCount] = []
        by_series: defaultdict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
        names: dict[str | None, str | None] = {}
        for article_id, slug, headline, series_text in article_rows(self._db):
            if article_id not in counts:
                continue
            new, learning, review = counts[article_id]
            if min(new, remaining) or learning or review:
                found.append(
                    DueCount("article", slug, headline, min(new, remaining), learning, review)
                )
            if series_text not in names:
                names[series_text] = series_name(series_text)
            series = names[series_text]
            if series is not None:
                totals = by_series[series]
                totals[0], totals[1], totals[2] = (
                    totals[0] + new,
                    totals[1] + learning,
                    totals[2] + review,
                )
        found += [
            DueCount("series", name, name, min(n, remaining), lrn, rev)
            for name, (n, lrn, rev) in sorted(by_series.items())
            if min(n, remaining) or lrn or rev
        ]
        return found

    def new_cards_left_today(self, new_per_day: int | None = None) -> int:
        """How many new cards today's limit still allows (those first graded today count)."""
        since = int(self.day_start().timestamp() * 1000)
        introduced = (
            m.CardReview.select(pw.fn.COUNT(pw.SQL("*")))
            .where((m.CardReview.reviewed_at >= since) & (m.CardReview.phase_before == 0))
            .scalar()
        )
        limit = load_settings().new_per_day if new_per_day is None else new_per_day
        return max(0, limit - int(introduced or 0))

    def day_start(self) -> dt.datetime:
        """When the study day began: 4 a.m. local time, today or (before four) yesterday."""
        local = self._clock().astimezone()
        start = local.replace(hour=DAY_STARTS_AT_HOUR, minute=0, second=0, microsecond=0)
        if local < start:
            start -= dt.timedelta(days=1)
        return start.astimezone(dt.UTC)

    def make_missing_cards(self) -> int:
        """Once per library: make the cards of the notes and events it had before schema 11."""
        if self._cards_made or self._read_only:
            return 0
        if m.Setting.get_or_none(m.Setting.key == MADE_FOR_LIBRARY) is not None:
            self._cards_made = True
            return 0
        try:
            with write_transaction(self._db):
                made = make_cards_for_library(self._db)
        except StorageError:
            return 0  # a library that cannot be written (disk full): studied as it is
        self._cards_made = True
        return made

    def _first_due(
        self, article_ids: Sequence[int] | None, now: dt.datetime, new_per_day: int
    ) -> m.Card | None:
        card_id = next_card_id(
            self._db,
            now=seconds(now),
            ahead=seconds(now + LEARN_AHEAD),
            allow_new=self.new_cards_left_today(new_per_day) > 0,
            article_ids=article_ids,
        )
        return None if card_id is None else m.Card.get_or_none(m.Card.id == card_id)
