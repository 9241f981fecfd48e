"""Which ticks the time axis shows at a zoom: decades, years, months or days, labels never touching.

Pure Python: the caller measures its labels and says how wide the widest one of each unit is.
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Literal

from serge_desktop.ui.timeline.geometry.scale import year_of

Unit = Literal["year", "month", "day"]
LABEL_GAP = 12.0  # the least space between two tick labels
MIN_MINOR_PX = 4.0  # minor ticks closer than this would be a grey smudge
# The most labels one unit puts on the axis: a life reads best in decades, a year in months.
MAX_LABELS: Mapping[Unit, int] = {"year": 10, "month": 14, "day": 16}
# The shortest length of each unit in fractional years (February; a day of a leap year).
SHORTEST: Mapping[Unit, float] = {"year": 1.0, "month": 28 / 365, "day": 1 / 366}


@dataclass(frozen=True, slots=True)
class Step:
    unit: Unit
    count: int

    @property
    def shortest(self) -> float:
        return SHORTEST[self.unit] * self.count


STEPS = (
    *(Step("day", n) for n in (1, 2, 7)),
    *(Step("month", n) for n in (1, 3, 6)),
    *(Step("year", n) for n in (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000)),
)


def _finer(step: Step) -> tuple[Step, ...]:
    """Finer steps whose ticks include every tick of `step`, finest first."""
    same_unit = tuple(
        s
        for s in STEPS[: STEPS.index(step)]
        if s.unit == step.unit and step.count % s.count == 0 and s.count != 7
    )
    below = {
        "year": (Step("month", 1), Step("month", 3)),
        "month": (Step("day", 1), Step("day", 7)),
    }
    return (*below.get(step.unit, ()), *same_unit) if step.count == 1 else same_unit


@dataclass(frozen=True, slots=True)
class TickMark:
    when: float  # fractional year
    year: int
    month: int
    day: int
    unit: Unit  # the unit of the step that put the tick here
    major: bool  # labelled


def choose_step(span: float, axis_px: float, label_px: Mapping[Unit, float]) -> Step:
    """The finest step whose labels keep apart and are not too many for the unit."""
    px_per_year = axis_px / span if span > 0 else axis_px
    for step in STEPS:
        enough_room = step.shortest * px_per_year >= label_px[step.unit] + LABEL_GAP
        if enough_room and span / step.shortest <= MAX_LABELS[step.unit]:
            return step
    return STEPS[-1]


def minor_step(major: Step, span: float, axis_px: float) -> Step | None:
    px_per_year = axis_px / span if span > 0 else axis_px
    for finer in _finer(major):
        if finer.shortest * px_per_year >= MIN_MINOR_PX:
            return finer
    return None


def _dates(step: Step, first: float, last: float) -> Iterator[dt.date]:
    """The days on which a step puts its ticks, from `first` to `last` (fractional years)."""
    low = max(dt.MINYEAR, math.floor(first))
    high = min(dt.MAXYEAR - 1, math.ceil(last))
    if step.unit == "year":
        for year in range(math.ceil(low / step.count) * step.count, high + 1, step.count):
            if dt.MINYEAR <= year <= dt.MAXYEAR:
                yield dt.date(year, 1, 1)
        return
    for year in range(low, high + 1):
        for month in range(1, 13):
            if step.unit == "month":
                if (month - 1) % step.count == 0:
                    yield dt.date(year, month, 1)
                continue
            start = dt.date(year, month, 1)
            if year_of(start) > last or year_of(start) + 31 / 365 < first:
                continue
            length = calendar.monthrange(year, month)[1]
            for day in range(1, length + 1, step.count):
                if length - day + 1 >= step.count:  # never crowding the next month's 1st
                    yield dt.date(year, month, day)


def tick_marks(
    first: float, last: float, axis_px: float, label_px: Mapping[Unit, float]
) -> list[TickMark]:
    """The labelled (major) and unlabelled (minor) ticks between `first` and `last`, in order."""
    span = last - first
    major = choose_step(span, axis_px, label_px)
    minor = minor_step(major, span, axis_px)
    marks: dict[dt.date, TickMark] = {}
    for step, is_major in ((minor, False), (major, True)):
        if step is None:
            continue
        for day in _dates(step, first, last):
            when = year_of(day)
            if first <= when <= last:
                marks[day] = TickMark(when, day.year, day.month, day.day, major.unit, is_major)
    return [marks[day] for day in sorted(marks)]
