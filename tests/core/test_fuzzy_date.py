"""EDTF subset: every accepted form, its bounds, and that bad input fails only as FuzzyDateError."""

from __future__ import annotations

import calendar
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from serge_desktop.core.errors import SergeError
from serge_desktop.core.fuzzy_date import (
    OPEN_END,
    OPEN_START,
    FuzzyDate,
    FuzzyDateError,
    parse_edtf,
)


@pytest.mark.parametrize(
    ("text", "earliest", "latest"),
    [
        ("1919", date(1919, 1, 1), date(1919, 12, 31)),
        ("1919-05", date(1919, 5, 1), date(1919, 5, 31)),
        ("1919-02", date(1919, 2, 1), date(1919, 2, 28)),
        ("1920-02", date(1920, 2, 1), date(1920, 2, 29)),
        ("1947-11-17", date(1947, 11, 17), date(1947, 11, 17)),
        ("192X", date(1920, 1, 1), date(1929, 12, 31)),
        ("19XX", date(1900, 1, 1), date(1999, 12, 31)),
        ("1919-XX", date(1919, 1, 1), date(1919, 12, 31)),
        ("1919-05-XX", date(1919, 5, 1), date(1919, 5, 31)),
        ("1919-XX-XX", date(1919, 1, 1), date(1919, 12, 31)),
    ],
)
def test_single_dates_cover_their_whole_unit(text: str, earliest: date, latest: date) -> None:
    parsed = parse_edtf(text)
    assert (parsed.earliest, parsed.latest) == (earliest, latest)
    assert not parsed.is_interval
    assert not parsed.approximate
    assert not parsed.uncertain
    assert str(parsed) == text


@pytest.mark.parametrize(
    ("text", "approximate", "uncertain"),
    [("1936~", True, False), ("1943?", False, True), ("1941%", True, True)],
)
def test_qualifiers_flag_without_widening(text: str, approximate: bool, uncertain: bool) -> None:
    parsed = parse_edtf(text)
    assert (parsed.approximate, parsed.uncertain) == (approximate, uncertain)
    assert (parsed.earliest, parsed.latest) == (
        date(int(text[:4]), 1, 1),
        date(int(text[:4]), 12, 31),
    )


def test_interval_takes_earliest_start_and_latest_end() -> None:
    parsed = parse_edtf("1922/1926")
    assert parsed.is_interval
    assert (parsed.earliest, parsed.latest) == (date(1922, 1, 1), date(1926, 12, 31))
    months = parse_edtf("1941-09/1947-11")
    assert (months.earliest, months.latest) == (date(1941, 9, 1), date(1947, 11, 30))


def test_interval_qualifiers_come_from_either_end() -> None:
    assert parse_edtf("1923~/1928").approximate
    assert parse_edtf("1933/1936?").uncertain
    plain = parse_edtf("1933/1936")
    assert not plain.approximate
    assert not plain.uncertain


@pytest.mark.parametrize(
    ("text", "earliest", "latest"),
    [
        ("../1936", OPEN_START, date(1936, 12, 31)),
        ("/1936", OPEN_START, date(1936, 12, 31)),
        ("1941/..", date(1941, 1, 1), OPEN_END),
        ("1941/", date(1941, 1, 1), OPEN_END),
    ],
)
def test_open_and_unknown_ends_use_the_sentinels(text: str, earliest: date, latest: date) -> None:
    parsed = parse_edtf(text)
    assert parsed.is_interval
    assert (parsed.earliest, parsed.latest) == (earliest, latest)


def test_sentinels_are_the_widest_dates() -> None:
    assert OPEN_START.isoformat() == "0001-01-01"
    assert OPEN_END.isoformat() == "9999-12-31"


def test_surrounding_whitespace_is_ignored() -> None:
    assert parse_edtf("  1890\n").edtf == "1890"


def test_classmethod_parses_too() -> None:
    assert FuzzyDate.parse("1890") == parse_edtf("1890")


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "1890s",
        "890",
        "1919-13",
        "1919-00",
        "1919-02-30",
        "1919-04-31",
        "1919-5",
        "19X5",
        "192X-05",
        "1919-1X",
        "0000",
        "0XXX",
        "1936/1933",
        "/",
        "../..",
        "1919/1920/1921",
        "1919~?",
        "1919-21",
        "1985-04-12T23:20:30",
        "１９１９",  # full-width digits are digits to Python, not to EDTF
        "١٩١٩",
    ],
)
def test_unreadable_text_raises_fuzzy_date_error(text: str) -> None:
    with pytest.raises(FuzzyDateError, match="EDTF"):
        parse_edtf(text)


def test_fuzzy_date_error_is_a_serge_error() -> None:
    assert issubclass(FuzzyDateError, SergeError)


def test_bounds_must_be_ordered() -> None:
    with pytest.raises(ValueError, match="after latest"):
        FuzzyDate("x", earliest=date(1920, 1, 1), latest=date(1919, 1, 1))


@given(st.text())
def test_arbitrary_text_raises_nothing_but_fuzzy_date_error(text: str) -> None:
    try:
        parsed = parse_edtf(text)
    except FuzzyDateError:
        return
    assert parsed.earliest <= parsed.latest


@given(st.text(alphabet="0123456789X-/.~?% ", max_size=24))
def test_edtf_like_text_raises_nothing_but_fuzzy_date_error(text: str) -> None:
    # Plain st.text() rarely builds anything near a date; this alphabet reaches the deep checks.
    try:
        parsed = parse_edtf(text)
    except FuzzyDateError:
        return
    assert parsed.earliest <= parsed.latest


@st.composite
def edtf_dates(draw: st.DrawFn) -> str:
    """A valid single EDTF date of the supported subset."""
    year = draw(st.integers(min_value=1, max_value=9999))
    precision = draw(st.sampled_from(["year", "decade", "century", "month", "day", "xx-month"]))
    if precision == "decade":
        text = f"{year:04d}"[:3] + "X"
        if text == "000X":
            text = "001X"  # keep the earliest possible year at 1 or later
    elif precision == "century":
        text = f"{max(year, 100):04d}"[:2] + "XX"
    elif precision == "month":
        text = f"{year:04d}-{draw(st.integers(1, 12)):02d}"
    elif precision == "day":
        month = draw(st.integers(1, 12))
        day = draw(st.integers(1, calendar.monthrange(year, month)[1]))
        text = f"{year:04d}-{month:02d}-{day:02d}"
    elif precision == "xx-month":
        text = f"{year:04d}-XX"
    else:
        text = f"{year:04d}"
    return text + draw(st.sampled_from(["", "~", "?", "%"]))


@given(edtf_dates())
def test_generated_dates_parse_with_ordered_bounds_and_round_trip(text: str) -> None:
    parsed = parse_edtf(text)
    assert parsed.earliest <= parsed.latest
    assert str(parsed) == text
    assert parse_edtf(str(parsed)) == parsed


@given(edtf_dates(), edtf_dates())
def test_generated_intervals_are_ordered_or_rejected(first: str, second: str) -> None:
    a, b = parse_edtf(first), parse_edtf(second)
    text = f"{first}/{second}"
    if a.earliest > b.latest:
        with pytest.raises(FuzzyDateError):
            parse_edtf(text)
        return
    parsed = parse_edtf(text)
    assert parsed.is_interval
    assert (parsed.earliest, parsed.latest) == (a.earliest, b.latest)
    assert parsed.approximate == (a.approximate or b.approximate)
    assert str(parsed) == text
