"""Dates said in words, uncertainty included; any EDTF the app reads can be said."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from serge_desktop.core.date_words import DateVocabulary, date_in_words
from serge_desktop.core.fuzzy_date import FuzzyDateError, parse_edtf


@pytest.mark.parametrize(
    ("edtf", "words"),
    [
        ("1890", "1890"),
        ("1919-01", "January 1919"),
        ("1919-05-03", "3 May 1919"),
        ("1919-XX", "1919"),
        ("1919-05-XX", "May 1919"),
        ("1936~", "about 1936"),
        ("1936?", "perhaps 1936"),
        ("1936%", "perhaps about 1936"),
        ("192X", "the 1920s"),
        ("19XX", "the 1900s"),
        ("1920~/1923~", "the early 1920s"),
        ("1934~/1936~", "the mid-1930s"),
        ("1937~/1939~", "the late 1930s"),
        ("1920~/1924~", "about 1920 to about 1924"),
        ("1922/1926", "1922 to 1926"),
        ("1941-09/1947-11", "September 1941 to November 1947"),
        ("../1936", "before 1936"),
        ("/1936", "before 1936"),
        ("1933/..", "from 1933"),
        ("1924?/..", "from perhaps 1924"),
    ],
)
def test_each_form_in_english(edtf: str, words: str) -> None:
    assert date_in_words(edtf) == words


def test_a_vocabulary_gives_other_words() -> None:
    french = DateVocabulary(
        months=tuple(f"mois{n}" for n in range(1, 13)),
        about="vers {0}",
        before="avant {0}",
        early_decade="le début des années {0}",
    )
    assert date_in_words("1936~", french) == "vers 1936"
    assert date_in_words("../1919-02", french) == "avant mois2 1919"
    assert date_in_words("1920~/1923~", french) == "le début des années 1920"


def test_what_cannot_be_read_is_refused() -> None:
    with pytest.raises(FuzzyDateError):
        date_in_words("the nineties")


_year = st.integers(1, 9999).map(lambda y: f"{y:04d}")
_single = st.one_of(
    _year,
    st.builds(lambda y, mth: f"{y}-{mth:02d}", _year, st.integers(1, 12)),
    st.builds(lambda y, d: f"{y}-01-{d:02d}", _year, st.integers(1, 28)),
    st.integers(0, 999).map(lambda d: f"{d:03d}X").filter(lambda t: t != "000X"),
).flatmap(lambda d: st.sampled_from(["", "~", "?", "%"]).map(lambda q: d + q))


@given(st.one_of(_single, st.tuples(st.one_of(_single, st.just("..")), _single).map("/".join)))
def test_any_readable_date_has_words(edtf: str) -> None:
    try:
        parse_edtf(edtf)
    except FuzzyDateError:
        return  # an interval that ends before it starts: refused alike, never worded
    words = date_in_words(edtf)
    assert words.strip()
    assert "{" not in words


@given(st.text(max_size=30))
def test_no_string_makes_it_crash(text: str) -> None:
    with contextlib.suppress(FuzzyDateError):
        assert date_in_words(text)
