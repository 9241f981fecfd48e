"""FSRS scheduling through any sequence of grades: sane memories, buttons that tell the truth."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from serge_desktop.core.cards_scheduling import (
    CardScheduler,
    Grade,
    Memory,
    Phase,
    SchedulerSettings,
)

START = dt.datetime(2025, 1, 1, 9, 0, tzinfo=dt.UTC)
grades = st.sampled_from(list(Grade))
# A review session: each grade given some minutes to some months after the card fell due.
sessions = st.lists(st.tuples(grades, st.integers(0, 60 * 24 * 120)), min_size=1, max_size=30)
retentions = st.floats(0.7, 0.99)


@given(sessions, retentions)
def test_memories_stay_sane_whatever_the_grades(
    session: list[tuple[Grade, int]], retention: float
) -> None:
    scheduler = CardScheduler(SchedulerSettings(retention))
    memory, now = Memory.new(START), START
    for number, (grade, late_minutes) in enumerate(session, start=1):
        now = max(now, memory.due) + dt.timedelta(minutes=late_minutes)
        before = memory
        memory = scheduler.grade(memory, grade, now, seed="card")
        assert memory.due > now and memory.last_review == now
        assert memory.reps == number
        assert memory.stability is not None and memory.stability > 0
        assert memory.difficulty is not None and 1 <= memory.difficulty <= 10
        assert memory.lapses == before.lapses + int(
            before.phase is Phase.REVIEW and grade is Grade.AGAIN
        )
        assert memory.phase is not Phase.NEW
        if memory.phase is Phase.REVIEW:
            assert (memory.due - now) >= dt.timedelta(days=1)


@given(sessions)
def test_the_preview_is_what_the_grade_gives(session: list[tuple[Grade, int]]) -> None:
    scheduler = CardScheduler()
    memory, now = Memory.new(START), START
    for grade, late_minutes in session:
        now = max(now, memory.due) + dt.timedelta(minutes=late_minutes)
        preview = scheduler.preview(memory, now, seed="card")
        memory = scheduler.grade(memory, grade, now, seed="card")
        assert preview[grade] == memory


@given(sessions)
def test_in_review_a_better_grade_never_means_an_earlier_day(
    session: list[tuple[Grade, int]],
) -> None:
    scheduler = CardScheduler()
    memory, now = Memory.new(START), START
    for grade, late_minutes in session:
        now = max(now, memory.due) + dt.timedelta(minutes=late_minutes)
        if memory.phase is Phase.REVIEW:
            days = [
                scheduler.grade(memory, g, now, seed="card").due
                for g in (Grade.HARD, Grade.GOOD, Grade.EASY)
            ]
            # The fuzz spreads each interval by a few per cent, so neighbours may meet.
            assert days[0] <= days[2]
        memory = scheduler.grade(memory, grade, now, seed="card")


def test_higher_retention_means_shorter_intervals() -> None:
    memory = Memory.new(START)
    for grade in (Grade.GOOD, Grade.GOOD):
        memory = CardScheduler().grade(memory, grade, memory.due, seed="x")
    low = CardScheduler(SchedulerSettings(0.8)).grade(memory, Grade.GOOD, memory.due, seed="x")
    high = CardScheduler(SchedulerSettings(0.97)).grade(memory, Grade.GOOD, memory.due, seed="x")
    assert high.due < low.due


def test_scheduling_refuses_a_time_without_its_zone() -> None:
    with pytest.raises(ValueError, match="aware"):
        CardScheduler().grade(Memory.new(START), Grade.GOOD, dt.datetime(2025, 1, 1), seed="x")
