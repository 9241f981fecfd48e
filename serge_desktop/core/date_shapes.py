"""What an EDTF date is shaped like, for saying it in words: a point, a period, an open end.

``core.date_words`` (English) and ``core.french_date_words`` say the same shapes, each with its
own grammar; this module only takes the EDTF apart, after ``parse_edtf`` has accepted it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from serge_desktop.core.fuzzy_date import parse_edtf

_POINT = re.compile(
    r"(?P<year>[0-9X]{4})(?:-(?P<month>[0-9]{2}|XX)(?:-(?P<day>[0-9]{2}|XX))?)?(?P<q>[~?%])?"
)
# "1920~/1923~": the thirds of a decade that the date readers give "the early 1920s".
_DECADE_PART = re.compile(r"(?P<d>[0-9]{3})(?P<a>[0-9])~/(?P=d)(?P<b>[0-9])~")
Part = Literal["early", "mid", "late"]
Season = Literal["spring", "summer", "autumn", "winter"]
_DECADE_THIRDS: dict[tuple[str, str], Part] = {
    ("0", "3"): "early",
    ("4", "6"): "mid",
    ("7", "9"): "late",
}
# "1947-09~/1947-12~": the thirds of a year ("late 1947", "à la fin de 1947").
_YEAR_PART = re.compile(r"(?P<y>[0-9]{4})-(?P<a>[0-9]{2})~/(?P=y)-(?P<b>[0-9]{2})~")
YEAR_THIRDS: dict[Part, tuple[str, str]] = {
    "early": ("01", "04"),
    "mid": ("05", "08"),
    "late": ("09", "12"),
}
# Seasons as approximate months (meteorological, northern hemisphere): "spring 1919" is
# 1919-03~/1919-05~; winter 1919 is the winter that ends in 1919, December 1918 to February.
SEASON_MONTHS: dict[Season, tuple[str, str]] = {
    "spring": ("03", "05"),
    "summer": ("06", "08"),
    "autumn": ("09", "11"),
}
_WINTER = re.compile(r"(?P<y0>[0-9]{4})-12~/(?P<y>[0-9]{4})-02~")
Qualifier = Literal["", "~", "?", "%"]
_QUALIFIERS: dict[str | None, Qualifier] = {None: "", "~": "~", "?": "?", "%": "%"}


@dataclass(frozen=True, slots=True)
class Point:
    """One end of a date: its year as written (X for unknown digits), month, day, qualifier."""

    year: str
    month: int | None
    day: int | None
    qualifier: Qualifier

    @property
    def unknown_digits(self) -> int:
        """How many of the year's last digits are unknown: 1 a decade, 2 a century, 3 more."""
        return self.year.count("X")


@dataclass(frozen=True, slots=True)
class Single:
    point: Point


@dataclass(frozen=True, slots=True)
class DecadePart:
    """The early, mid or late third of a decade; ``decade`` is its first year as written."""

    decade: str
    part: Part


@dataclass(frozen=True, slots=True)
class YearPart:
    year: str
    part: Part


@dataclass(frozen=True, slots=True)
class SeasonOf:
    year: str
    season: Season


@dataclass(frozen=True, slots=True)
class Before:
    """An interval whose start is open ("../1936") or unknown ("/1936")."""

    end: Point
    open: bool


@dataclass(frozen=True, slots=True)
class After:
    """An interval whose end is open ("1933/..") or unknown ("1933/")."""

    start: Point
    open: bool


@dataclass(frozen=True, slots=True)
class Span:
    start: Point
    end: Point


Shape = Single | DecadePart | YearPart | SeasonOf | Before | After | Span


def date_shape(edtf: str) -> Shape:
    """The shape of an EDTF date; raises FuzzyDateError for what ``parse_edtf`` cannot read."""
    parse_edtf(edtf)  # the same refusals as everywhere else, before any taking apart
    text = edtf.strip()
    named = _named_period(text)
    if named is not None:
        return named
    if "/" not in text:
        return Single(_point(text))
    start, _, end = text.partition("/")
    if start in ("", ".."):
        return Before(_point(end), open=start == "..")
    if end in ("", ".."):
        return After(_point(start), open=end == "..")
    return Span(_point(start), _point(end))


def _named_period(text: str) -> Shape | None:
    decade = _DECADE_PART.fullmatch(text)
    if decade is not None:
        part = _DECADE_THIRDS.get((decade.group("a"), decade.group("b")))
        return None if part is None else DecadePart(decade.group("d") + "0", part)
    year = _YEAR_PART.fullmatch(text)
    if year is not None:
        months = (year.group("a"), year.group("b"))
        third = next((p for p, m in YEAR_THIRDS.items() if m == months), None)
        if third is not None:
            return YearPart(year.group("y"), third)
        season = next((s for s, m in SEASON_MONTHS.items() if m == months), None)
        return None if season is None else SeasonOf(year.group("y"), season)
    winter = _WINTER.fullmatch(text)
    if winter is not None and int(winter.group("y")) == int(winter.group("y0")) + 1:
        return SeasonOf(winter.group("y"), "winter")
    return None


def _point(text: str) -> Point:
    match = _POINT.fullmatch(text)
    if match is None:  # parse_edtf has accepted it, so this cannot happen
        raise ValueError(f"{text!r} is not an EDTF date that parse_edtf accepts")
    month, day = match.group("month"), match.group("day")
    return Point(
        year=match.group("year"),
        month=None if month in (None, "XX") else int(month),
        day=None if day in (None, "XX") else int(day),
        qualifier=_QUALIFIERS[match.group("q")],
    )


def winter_edtf(year: int) -> str:
    """The EDTF of the winter that ends in ``year``."""
    return f"{year - 1:04d}-12~/{year:04d}-02~"
