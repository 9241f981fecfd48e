"""Fuzzy dates: the subset of EDTF (levels 0 and 1) that the curated timeline uses."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from serge_desktop.core.errors import SergeError

# An open ("..") or unknown ("") interval end gets the widest bound datetime.date can hold, so
# it sorts before or after every real date. Callers that draw should test for these sentinels.
OPEN_START = date.min  # 0001-01-01
OPEN_END = date.max  # 9999-12-31

# ASCII classes on purpose: \d would accept other scripts' digits, which EDTF does not allow.
_DATE_RE = re.compile(
    r"(?P<year>[0-9X]{4})"
    r"(?:-(?P<month>[0-9]{2}|XX)(?:-(?P<day>[0-9]{2}|XX))?)?"
    r"(?P<qualifier>[~?%])?"
)
_EXPECTED = "expected YYYY, YYYY-MM or YYYY-MM-DD (X for unspecified digits), then ~, ? or %"


class FuzzyDateError(SergeError):
    """A date string is not EDTF that this app can read."""


@dataclass(frozen=True, slots=True)
class FuzzyDate:
    """A date or interval as written in EDTF, with the calendar range it can cover.

    ``earliest``/``latest`` are inclusive. ``approximate`` (~) and ``uncertain`` (?) only flag
    the value; the bounds are not widened here because how much to widen is a drawing decision.
    """

    edtf: str
    earliest: date
    latest: date
    approximate: bool = False
    uncertain: bool = False
    is_interval: bool = False

    def __post_init__(self) -> None:
        # Every consumer (sorting, drawing) relies on ordered bounds; fail at construction.
        if self.earliest > self.latest:
            raise ValueError(
                f"{self.edtf!r}: earliest {self.earliest} is after latest {self.latest}"
            )

    def __str__(self) -> str:
        return self.edtf

    @classmethod
    def parse(cls, text: str) -> FuzzyDate:
        return parse_edtf(text)


def parse_edtf(text: str) -> FuzzyDate:
    """Read an EDTF date or interval; raise FuzzyDateError for anything outside the subset."""
    edtf = text.strip()
    if not edtf:
        raise FuzzyDateError("cannot read an empty string as an EDTF date")
    if "/" not in edtf:
        return _parse_single(edtf, edtf)
    return _parse_interval(edtf)


def _error(whole: str, reason: str) -> FuzzyDateError:
    return FuzzyDateError(f"cannot read {whole!r} as an EDTF date: {reason}")


def _parse_interval(edtf: str) -> FuzzyDate:
    start_text, _, end_text = edtf.partition("/")
    if "/" in end_text:
        raise _error(edtf, "an interval has exactly one '/'")
    # ".." (open) and "" (unknown) mean different things in EDTF, but both leave the range
    # unbounded on that side; the original text keeps the distinction.
    start_open = start_text in ("", "..")
    end_open = end_text in ("", "..")
    if start_open and end_open:
        raise _error(edtf, "an interval needs at least one known end")
    start = None if start_open else _parse_single(start_text, edtf)
    end = None if end_open else _parse_single(end_text, edtf)
    earliest = OPEN_START if start is None else start.earliest
    latest = OPEN_END if end is None else end.latest
    if earliest > latest:
        raise _error(edtf, "the interval ends before it starts")
    parts = [p for p in (start, end) if p is not None]
    return FuzzyDate(
        edtf=edtf,
        earliest=earliest,
        latest=latest,
        approximate=any(p.approximate for p in parts),
        uncertain=any(p.uncertain for p in parts),
        is_interval=True,
    )


def _parse_single(part: str, whole: str) -> FuzzyDate:
    match = _DATE_RE.fullmatch(part)
    if match is None:
        raise _error(whole, _EXPECTED)
    year, month, day, qualifier = match.group("year", "month", "day", "qualifier")
    digits = year + (month or "") + (day or "")
    first_x = digits.find("X")
    # Level 1 only leaves the trailing digits unspecified ("192X", "1919-XX"); "19X5" is level 2.
    if first_x >= 0 and digits[first_x:].strip("X"):
        raise _error(whole, "unspecified digits (X) must come after every specified digit")

    year_lo, year_hi = int(year.replace("X", "0")), int(year.replace("X", "9"))
    if year_lo < 1:
        raise _error(whole, "years before 0001 are not supported")

    if month is None or month == "XX":
        month_lo, month_hi = 1, 12
    else:
        month_lo = month_hi = int(month)
        if not 1 <= month_lo <= 12:
            # EDTF level 1 seasons (21-24) land here too; the timeline has no use for them yet.
            raise _error(whole, f"month {month} is not 01-12")

    last_day = calendar.monthrange(year_hi, month_hi)[1]
    if day is None or day == "XX":
        day_lo, day_hi = 1, last_day
    else:
        day_lo = day_hi = int(day)
        if not 1 <= day_lo <= last_day:
            raise _error(whole, f"day {day} does not exist in {year}-{month}")

    return FuzzyDate(
        edtf=part,
        earliest=date(year_lo, month_lo, day_lo),
        latest=date(year_hi, month_hi, day_hi),
        approximate=qualifier in ("~", "%"),
        uncertain=qualifier in ("?", "%"),
    )
