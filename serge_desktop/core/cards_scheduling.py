"""FSRS-6 scheduling of one card (the ``fsrs`` package): its stored memory in, the next one out.

The package's own fuzz draws from the process's random numbers, so the interval shown on a grade
button could differ from the one the grade then gives. Here the package schedules without fuzz
and the same spread (its ``FUZZ_RANGES``) is drawn from a generator seeded by the card and its
review count, as Anki does: the preview and the grade agree, and a redo gives the same day.
"""

from __future__ import annotations

import datetime as dt
import enum
import random
from dataclasses import dataclass, replace

from fsrs import Card, Rating, Scheduler, State
from fsrs.scheduler import DEFAULT_PARAMETERS, FUZZ_RANGES

DEFAULT_RETENTION = 0.9
# Anki's bounds for desired retention: below 0.7 forgetting is the rule, above 0.99 the
# reviews grow without end for almost nothing.
MIN_RETENTION = 0.7
MAX_RETENTION = 0.99
MAXIMUM_INTERVAL_DAYS = 36_500
LEARNING_STEPS = (dt.timedelta(minutes=1), dt.timedelta(minutes=10))
RELEARNING_STEPS = (dt.timedelta(minutes=10),)


class Grade(enum.IntEnum):
    """The four answers, numbered as their keys 1 to 4 (and as FSRS numbers its ratings)."""

    AGAIN = 1
    HARD = 2
    GOOD = 3
    EASY = 4


class Phase(enum.IntEnum):
    """Where a card stands: never reviewed, in its first steps, in review, or relearning."""

    NEW = 0
    LEARNING = 1
    REVIEW = 2
    RELEARNING = 3


@dataclass(frozen=True, slots=True)
class Memory:
    """A card's scheduling state, as stored; times are aware and in UTC."""

    phase: Phase
    step: int | None
    stability: float | None
    difficulty: float | None
    due: dt.datetime
    last_review: dt.datetime | None
    reps: int = 0
    lapses: int = 0

    @classmethod
    def new(cls, due: dt.datetime) -> Memory:
        return cls(Phase.NEW, None, None, None, due, None)


@dataclass(frozen=True, slots=True)
class SchedulerSettings:
    desired_retention: float = DEFAULT_RETENTION
    parameters: tuple[float, ...] = DEFAULT_PARAMETERS


class CardScheduler:
    """Grades cards with one FSRS scheduler; ``settings`` come from the library."""

    def __init__(self, settings: SchedulerSettings = SchedulerSettings()) -> None:
        self.settings = settings
        self._fsrs = Scheduler(
            parameters=settings.parameters,
            desired_retention=settings.desired_retention,
            learning_steps=LEARNING_STEPS,
            relearning_steps=RELEARNING_STEPS,
            maximum_interval=MAXIMUM_INTERVAL_DAYS,
            enable_fuzzing=False,
        )

    def grade(self, memory: Memory, grade: Grade, now: dt.datetime, *, seed: str) -> Memory:
        """The memory after answering ``grade`` at ``now``; ``seed`` names the card."""
        now = _utc(now)
        card, _log = self._fsrs.review_card(_to_fsrs(memory), Rating(int(grade)), now)
        due = card.due
        if card.state == State.Review:
            due = now + dt.timedelta(days=self._fuzzed_days((due - now).days, seed, memory.reps))
        lapsed = memory.phase is Phase.REVIEW and grade is Grade.AGAIN
        return Memory(
            phase=Phase(int(card.state)),
            step=card.step,
            stability=card.stability,
            difficulty=card.difficulty,
            due=due,
            last_review=now,
            reps=memory.reps + 1,
            lapses=memory.lapses + int(lapsed),
        )

    def preview(self, memory: Memory, now: dt.datetime, *, seed: str) -> dict[Grade, Memory]:
        """What each of the four grades would give, for the buttons; nothing is stored."""
        return {grade: self.grade(memory, grade, now, seed=seed) for grade in Grade}

    def retrievability(self, memory: Memory, now: dt.datetime) -> float:
        """The chance of recalling the card at ``now`` (0 for a card never reviewed)."""
        return float(self._fsrs.get_card_retrievability(_to_fsrs(memory), _utc(now)))

    def _fuzzed_days(self, days: int, seed: str, reps: int) -> int:
        if days < 3:  # FSRS leaves intervals under two and a half days as they are
            return days
        delta = 1.0
        for band in FUZZ_RANGES:
            delta += band["factor"] * max(min(float(days), band["end"]) - band["start"], 0.0)
        low = max(2, round(days - delta))
        high = min(round(days + delta), MAXIMUM_INTERVAL_DAYS)
        low = min(low, high)
        # One draw per card and review, placed at the same share of each grade's range: a better
        # grade's range lies no earlier, so its day does too (randint would not keep that once
        # the ranges differ in size, as they do near the maximum). A spread, not a secret.
        share = random.Random(f"{seed}/{reps}").random()
        return round(low + share * (high - low))


def reset_memory(now: dt.datetime) -> Memory:
    """A card forgotten on purpose: new again, due at once."""
    return Memory.new(_utc(now))


def with_due(memory: Memory, due: dt.datetime) -> Memory:
    return replace(memory, due=_utc(due))


def _to_fsrs(memory: Memory) -> Card:
    if memory.phase is Phase.NEW:
        return Card(card_id=0, state=State.Learning, step=0, due=memory.due)
    return Card(
        card_id=0,
        state=State(int(memory.phase)),
        step=memory.step,
        stability=memory.stability,
        difficulty=memory.difficulty,
        due=memory.due,
        last_review=memory.last_review,
    )


def _utc(moment: dt.datetime) -> dt.datetime:
    if moment.tzinfo is None:
        raise ValueError("scheduling needs an aware time")
    return moment.astimezone(dt.UTC)
