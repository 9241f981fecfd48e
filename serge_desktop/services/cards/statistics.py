"""Study statistics for the charts: reviews per day, true retention, the next days' workload."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

import peewee as pw

from serge_desktop.core.cards_scheduling import Grade, Phase
from serge_desktop.services.cards.card_queries import due_days, live_by_phase
from serge_desktop.services.cards.memory_rows import in_library, seconds
from serge_desktop.services.note_rows import tuples
from serge_desktop.storage import models as m

DAY_MS = 86_400_000
DEFAULT_DAYS = 30


@dataclass(frozen=True, slots=True)
class DayReviews:
    """Grades given on one study day, ``again`` of them "Again"."""

    day: dt.date
    reviews: int
    again: int


@dataclass(frozen=True, slots=True)
class StudyStatistics:
    """What the statistics charts show.

    ``reviews``: the last days, oldest first; ``forecast``: the next days, today first (overdue
    cards counted today); ``retention``: of the grades of cards in review, in the same days.
    """

    reviews: tuple[DayReviews, ...]
    retention: float | None  # None when no card in review was graded in those days
    retention_reviews: int
    forecast: tuple[tuple[dt.date, int], ...]
    new: int
    learning: int
    review: int
    suspended: int
    total_reviews: int  # in the whole log, what the optimiser would learn from


class StatisticsService:
    def __init__(
        self,
        db: pw.SqliteDatabase,
        *,
        clock: Callable[[], dt.datetime],
        day_start: Callable[[], dt.datetime],
    ):
        """``day_start`` gives when today's study day began (the study service's)."""
        self._db = db
        self._clock = clock
        self._day_start = day_start

    def statistics(self, *, days: int = DEFAULT_DAYS) -> StudyStatistics:
        days = max(1, days)
        today = self._day_start()
        first_ms = int(today.timestamp() * 1000) - (days - 1) * DAY_MS
        local_today = today.astimezone().date()
        per_day = [[0, 0] for _ in range(days)]
        total = recalled = 0
        # One pass over the log's index by time (it holds the grade and the phase too).
        review = m.CardReview.phase_before == int(Phase.REVIEW)
        day = ((m.CardReview.reviewed_at - first_ms) / DAY_MS).cast("INTEGER")
        query = (
            m.CardReview.select(
                day,
                pw.fn.COUNT(pw.SQL("*")),
                _count_if(m.CardReview.grade == int(Grade.AGAIN)),
                _count_if(review),
                _count_if(review & (m.CardReview.grade > int(Grade.AGAIN))),
            )
            .where(m.CardReview.reviewed_at >= first_ms)
            .group_by(day)
        )
        for index, count, failed, in_review, passed in tuples(query):
            total, recalled = total + in_review, recalled + passed
            if 0 <= index < days:
                per_day[index] = [count, failed]
        reviews = tuple(
            DayReviews(local_today - dt.timedelta(days=days - 1 - i), count, failed)
            for i, (count, failed) in enumerate(per_day)
        )
        return StudyStatistics(
            reviews=reviews,
            retention=recalled / total if total else None,
            retention_reviews=int(total),
            forecast=self._forecast(today, local_today, days),
            total_reviews=int(m.CardReview.select(pw.fn.COUNT(pw.SQL("*"))).scalar() or 0),
            **self._states(),
        )

    def _forecast(
        self, today: dt.datetime, local_today: dt.date, days: int
    ) -> tuple[tuple[dt.date, int], ...]:
        start = seconds(today)
        end = start + days * 86_400
        counts = dict.fromkeys(range(days), 0)
        for index, count in due_days(self._db, start=start, end=end):
            counts[index] += count
        return tuple((local_today + dt.timedelta(days=i), counts[i]) for i in range(days))

    def _states(self) -> dict[str, int]:
        by_phase = live_by_phase(self._db)
        counts = {
            "new": by_phase.get(Phase.NEW, 0),
            "learning": by_phase.get(Phase.LEARNING, 0) + by_phase.get(Phase.RELEARNING, 0),
            "review": by_phase.get(Phase.REVIEW, 0),
        }
        # Suspended: every card not deleted (few are) nor in the trash that is not live.
        cards = m.Card.select(pw.fn.COUNT(pw.SQL("*"))).scalar() or 0
        set_aside = (
            m.Card.select(pw.fn.COUNT(pw.SQL("*")))
            .where(m.Card.deleted_at.is_null(False) | ~in_library())
            .scalar()
            or 0
        )
        return {**counts, "suspended": int(cards) - int(set_aside) - sum(counts.values())}


def _count_if(condition: pw.Expression) -> pw.Function:
    return pw.fn.SUM(pw.Case(None, [(condition, 1)], 0))
