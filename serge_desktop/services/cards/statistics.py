"""Study statistics for the charts: reviews per day, true retention, the next days' workload."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

import peewee as pw

from serge_desktop.core.cards_scheduling import Grade, Phase
from serge_desktop.services.cards.memory_rows import live, seconds
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
    def __init__(self, *, clock: Callable[[], dt.datetime], day_start: Callable[[], dt.datetime]):
        """``day_start`` gives when today's study day began (the study service's)."""
        self._clock = clock
        self._day_start = day_start

    def statistics(self, *, days: int = DEFAULT_DAYS) -> StudyStatistics:
        days = max(1, days)
        today = self._day_start()
        first_ms = int(today.timestamp() * 1000) - (days - 1) * DAY_MS
        local_today = today.astimezone().date()
        per_day = [[0, 0] for _ in range(days)]
        since = m.CardReview.reviewed_at >= first_ms
        day = ((m.CardReview.reviewed_at - first_ms) / DAY_MS).cast("INTEGER")
        again = pw.fn.SUM(pw.Case(None, [(m.CardReview.grade == int(Grade.AGAIN), 1)], 0))
        query = (
            m.CardReview.select(day, pw.fn.COUNT(m.CardReview.id), again).where(since).group_by(day)
        )
        for index, count, failed in tuples(query):
            if 0 <= index < days:
                per_day[index] = [count, failed]
        reviews = tuple(
            DayReviews(local_today - dt.timedelta(days=days - 1 - i), count, failed)
            for i, (count, failed) in enumerate(per_day)
        )
        passed = pw.fn.SUM(pw.Case(None, [(m.CardReview.grade > int(Grade.AGAIN), 1)], 0))
        retention_query = m.CardReview.select(pw.fn.COUNT(m.CardReview.id), passed).where(
            since & (m.CardReview.phase_before == int(Phase.REVIEW))
        )
        total, recalled = next(tuples(retention_query))
        return StudyStatistics(
            reviews=reviews,
            retention=(recalled or 0) / total if total else None,
            retention_reviews=int(total),
            forecast=self._forecast(today, local_today, days),
            total_reviews=int(m.CardReview.select().count()),
            **self._states(),
        )

    def _forecast(
        self, today: dt.datetime, local_today: dt.date, days: int
    ) -> tuple[tuple[dt.date, int], ...]:
        start = seconds(today)
        end = start + days * 86_400
        day = pw.fn.MAX(0, (m.Card.due_at - start) / 86_400)
        query = (
            m.Card.select(day, pw.fn.COUNT(m.Card.id))
            .where(live() & (m.Card.phase != int(Phase.NEW)) & (m.Card.due_at < end))
            .group_by(day)
        )
        counts = dict.fromkeys(range(days), 0)
        for index, count in tuples(query):
            counts[int(index)] = counts.get(int(index), 0) + int(count)
        return tuple((local_today + dt.timedelta(days=i), counts[i]) for i in range(days))

    def _states(self) -> dict[str, int]:
        counts = {"new": 0, "learning": 0, "review": 0}
        query = (
            m.Card.select(m.Card.phase, pw.fn.COUNT(m.Card.id)).where(live()).group_by(m.Card.phase)
        )
        names = {0: "new", 1: "learning", 2: "review", 3: "learning"}
        for phase, count in tuples(query):
            counts[names[int(phase)]] += int(count)
        suspended = (
            m.Card.select()
            .where(
                m.Card.deleted_at.is_null()
                & ((m.Card.is_suspended == 1) | (m.Card.source_state != "ok"))
            )
            .count()
        )
        return {**counts, "suspended": int(suspended)}
