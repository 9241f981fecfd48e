"""Dates said in French words, each shape the English words cover; any EDTF has French words."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from serge_desktop.core.date_words import date_in_words
from serge_desktop.core.fuzzy_date import FuzzyDateError, parse_edtf
from serge_desktop.core.languages import Language
from tests.core.test_fuzzy_date import edtf_dates


@pytest.mark.parametrize(
    ("edtf", "words"),
    [
        ("1890", "1890"),
        ("1919-01", "janvier 1919"),
        ("1919-05-03", "3 mai 1919"),
        ("1919-03-01", "1er mars 1919"),
        ("1919-XX", "1919"),
        ("1919-05-XX", "mai 1919"),
        ("1936~", "vers 1936"),
        ("1936?", "peut-être 1936"),
        ("1936%", "peut-être vers 1936"),
        ("1919-03-03~", "vers le 3 mars 1919"),
        ("192X", "dans les années 1920"),
        ("192X~", "vers les années 1920"),
        ("19XX", "au XXe siècle"),
        ("18XX?", "peut-être au XIXe siècle"),
        ("1XXX", "au IIe millénaire"),
        ("1920~/1923~", "au début des années 1920"),
        ("1934~/1936~", "au milieu des années 1930"),
        ("1937~/1939~", "à la fin des années 1930"),
        ("1947-01~/1947-04~", "au début de 1947"),
        ("1947-05~/1947-08~", "au milieu de 1947"),
        ("1947-09~/1947-12~", "à la fin de 1947"),
        ("1919-03~/1919-05~", "au printemps 1919"),
        ("1919-06~/1919-08~", "à l’été 1919"),
        ("1919-09~/1919-11~", "à l’automne 1919"),
        ("1918-12~/1919-02~", "à l’hiver 1919"),
        ("1920~/1924~", "de 1920 environ à 1924 environ"),
        ("1933/1936", "de 1933 à 1936"),
        ("1941-09/1947-11", "de septembre 1941 à novembre 1947"),
        ("1933-04/1936-05", "d’avril 1933 à mai 1936"),
        ("1933-03-03/1936-05-05", "du 3 mars 1933 au 5 mai 1936"),
        ("192X/193X", "des années 1920 aux années 1930"),
        ("1933?/1936", "de 1933 peut-être à 1936"),
        ("../1936", "avant 1936"),
        ("../1936-03-03", "avant le 3 mars 1936"),
        ("../1936~", "avant 1936 environ"),
        ("/1936", "jusqu’en 1936"),
        ("/1936-03", "jusqu’en mars 1936"),
        ("/1936-03-03", "jusqu’au 3 mars 1936"),
        ("/192X", "jusqu’aux années 1920"),
        ("/19XX", "jusqu’au XXe siècle"),
        ("/1936~", "jusque vers 1936"),
        ("/1936?", "peut-être jusqu’en 1936"),
        ("1933/..", "à partir de 1933"),
        ("1933/", "à partir de 1933"),
        ("1933-04/..", "à partir d’avril 1933"),
        ("1933-03-03/..", "à partir du 3 mars 1933"),
        ("192X/..", "à partir des années 1920"),
        ("1933~/..", "à partir de 1933 environ"),
        ("1924?/..", "peut-être à partir de 1924"),
    ],
)
def test_each_form_in_french(edtf: str, words: str) -> None:
    assert date_in_words(edtf, Language.FRENCH) == words


@pytest.mark.parametrize(
    ("edtf", "words"),
    [
        ("1947-01~/1947-04~", "early 1947"),
        ("1947-05~/1947-08~", "mid-1947"),
        ("1947-09~/1947-12~", "late 1947"),
        ("1919-03~/1919-05~", "spring 1919"),
        ("1918-12~/1919-02~", "winter 1919"),
        # Not a named third or season: said as the span it is.
        ("1947-02~/1947-12~", "about February 1947 to about December 1947"),
        ("1917-12~/1919-02~", "about December 1917 to about February 1919"),
    ],
)
def test_the_thirds_of_a_year_and_the_seasons_in_english(edtf: str, words: str) -> None:
    assert date_in_words(edtf, Language.ENGLISH) == words


def test_english_stays_the_default() -> None:
    assert date_in_words("1936~") == "about 1936"
    assert date_in_words("1920~/1923~") == "the early 1920s"


def test_what_cannot_be_read_is_refused_in_french_too() -> None:
    with pytest.raises(FuzzyDateError):
        date_in_words("les années folles", Language.FRENCH)


_ends = st.one_of(edtf_dates(), st.just(".."), st.just(""))


@given(st.one_of(edtf_dates(), st.tuples(_ends, _ends).map("/".join)))
def test_any_readable_date_has_french_words(edtf: str) -> None:
    try:
        parse_edtf(edtf)
    except FuzzyDateError:
        return  # a backwards interval, or no date at either end: refused alike, never worded
    words = date_in_words(edtf, Language.FRENCH)
    assert words.strip() and words == " ".join(words.split())
    assert "{" not in words and "None" not in words and "'" not in words
    # Every year the date names is said (a century by its numeral, a decade by its years).
    assert any(char.isdigit() for char in words) or "siècle" in words or "millénaire" in words


@given(st.text(max_size=30))
def test_no_string_makes_the_french_words_crash(text: str) -> None:
    with contextlib.suppress(FuzzyDateError):
        assert date_in_words(text, Language.FRENCH)
