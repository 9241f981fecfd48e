"""French date phrases: each form, the readings of their English twins, no crash on any text."""

from __future__ import annotations

import contextlib
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from serge_desktop.core.date_phrases import DatePhraseError, find_date_phrases, read_date_phrase
from serge_desktop.core.french_historical_events import FRENCH_HISTORICAL_EVENTS
from serge_desktop.core.fuzzy_date import OPEN_START, FuzzyDateError, parse_edtf
from serge_desktop.core.historical_events import HISTORICAL_EVENTS
from serge_desktop.core.languages import Language

FR = Language.FRENCH


def _french(text: str, context: str | None = None) -> list[tuple[str, str]]:
    found = find_date_phrases(text, None if context is None else parse_edtf(context), FR)
    return [(phrase.text, phrase.edtf) for phrase in found]


@pytest.mark.parametrize(
    ("text", "words", "edtf"),
    [
        ("Serge naît à Bruxelles en 1890.", "en 1890", "1890"),
        ("En 1908, il part pour Paris.", "En 1908", "1908"),
        ("En janvier 1919, il arrive à Petrograd.", "En janvier 1919", "1919-01"),
        ("au mois d’août 1914", "au mois d’août 1914", "1914-08"),
        ("le 3 mars 1919", "le 3 mars 1919", "1919-03-03"),
        ("le 1er mai 1919", "le 1er mai 1919", "1919-05-01"),
        ("Au début des années 1920, il comprend", "Au début des années 1920", "1920~/1923~"),
        ("au milieu des années 1930", "au milieu des années 1930", "1934~/1936~"),
        ("à la fin des années 1930", "à la fin des années 1930", "1937~/1939~"),
        ("dans les années 1920", "dans les années 1920", "192X"),
        ("vers 1936", "vers 1936", "1936~"),
        ("en 1936 environ", "en 1936 environ", "1936~"),
        ("aux alentours de 1936", "aux alentours de 1936", "1936~"),
        ("avant 1936", "avant 1936", "../1936"),
        ("jusqu’en 1936", "jusqu’en 1936", "../1936"),
        ("jusqu'en 1936", "jusqu'en 1936", "../1936"),
        ("dès 1933", "dès 1933", "1933/.."),
        ("depuis 1933", "depuis 1933", "1933/.."),
        ("à partir de 1941", "à partir de 1941", "1941/.."),
        ("après 1936", "après 1936", "1936/.."),
        ("de 1922 à 1926", "de 1922 à 1926", "1922/1926"),
        ("entre 1922 et 1926", "entre 1922 et 1926", "1922/1926"),
        ("1936-1938", "1936-1938", "1936/1938"),
        ("1914-18", "1914-18", "1914/1918"),
        ("à la fin de 1947", "à la fin de 1947", "1947-09~/1947-12~"),
        ("fin 1947", "fin 1947", "1947-09~/1947-12~"),
        ("au début de l’année 1919", "au début de l’année 1919", "1919-01~/1919-04~"),
        ("à la mi-1936", "à la mi-1936", "1936-05~/1936-08~"),
        ("au printemps 1919", "au printemps 1919", "1919-03~/1919-05~"),
        ("à l’été 1919", "à l’été 1919", "1919-06~/1919-08~"),
        ("à l'automne 1919", "à l'automne 1919", "1919-09~/1919-11~"),
        ("pendant l’hiver 1919", "pendant l’hiver 1919", "1918-12~/1919-02~"),
        ("au XXe siècle", "au XXe siècle", "19XX"),
        ("au XIXᵉ siècle", "au XIXᵉ siècle", "18XX"),
        ("au 20e siècle", "au 20e siècle", "19XX"),
        ("peu avant 1936", "peu avant 1936", "1935~/1936~"),
        ("peu après 1936", "peu après 1936", "1936~/1937~"),
    ],
)
def test_each_french_phrase(text: str, words: str, edtf: str) -> None:
    [phrase] = find_date_phrases(text, None, FR)
    assert (phrase.text, phrase.edtf) == (words, edtf)
    assert text[phrase.start : phrase.end] == words
    assert phrase.date == parse_edtf(edtf)
    assert not phrase.guessed


# Each French phrase and its English twin: the same EDTF and so the same bounds.
TWINS = [
    ("en 1908", "in 1908", None),
    ("en janvier 1919", "in January 1919", None),
    ("le 3 mars 1919", "on 3 March 1919", None),
    ("en mai de la même année", "in May that year", "1919-01"),
    ("en mai cette année-là", "in May that year", "1919-01"),
    ("cette année-là", "that year", "1936"),
    ("l’année suivante", "the following year", "1936"),
    ("au début des années 1920", "in the early 1920s", None),
    ("au milieu des années 1930", "the mid-1930s", None),
    ("à la fin des années 1930", "the late 1930s", None),
    ("les années 1920", "the 1920s", None),
    ("vers 1936", "about 1936", None),
    ("avant 1936", "before 1936", None),
    ("jusqu’en 1936", "until 1936", None),
    ("dès 1933", "since 1933", None),
    ("à partir de 1941", "from 1941", None),
    ("de 1922 à 1926", "from 1922 to 1926", None),
    ("pendant quatre ans", "for four years", "1920~/1923~"),
    ("il passa six mois", "he spent six months", "1919-11"),
    ("à la fin de 1947", "at the end of 1947", None),
    ("fin 1947", "late 1947", None),
    ("au milieu de 1936", "mid-1936", None),
    ("au printemps 1919", "in the spring of 1919", None),
    ("l’hiver 1919", "the winter of 1919", None),
    ("au XXe siècle", "in the 20th century", None),
    ("peu avant 1936", "shortly before 1936", None),
    ("peu après la mort de Lénine", "shortly after the death of Lenin", None),
    ("peu avant que Staline ne déclenche une purge", "shortly before Stalin's purge", None),
    ("juste avant la Seconde Guerre mondiale", "just before the Second World War", None),
]


@pytest.mark.parametrize(("french", "english", "context"), TWINS)
def test_french_and_english_twins_read_alike(
    french: str, english: str, context: str | None
) -> None:
    given_context = None if context is None else parse_edtf(context)
    [fr] = find_date_phrases(french, given_context, FR)
    [en] = find_date_phrases(english, given_context, Language.ENGLISH)
    assert fr.edtf == en.edtf
    assert (fr.date.earliest, fr.date.latest) == (en.date.earliest, en.date.latest)
    assert fr.guessed == en.guessed


def test_that_year_reads_the_previous_date_in_french() -> None:
    text = "En janvier 1919, il arrive à Petrograd. En mai de la même année, il adhère au Parti."
    first, second = find_date_phrases(text, None, FR)
    assert first.edtf == "1919-01"
    assert (second.text, second.edtf) == ("En mai de la même année", "1919-05")
    assert _french("l’année précédente", "1936") == [("l’année précédente", "1935")]
    assert _french("l'année d'après", "1936") == [("l'année d'après", "1937")]


def test_a_duration_starts_at_the_context_in_french() -> None:
    text = "Au début des années 1920, il part. Il vit pendant quatre ans en Allemagne."
    _, period = find_date_phrases(text, None, FR)
    assert (period.text, period.edtf) == ("quatre ans", "1920~/1924~")
    assert _french("durant dix-huit mois", "1919-11") == [("dix-huit mois", "1919-11/1921-05")]


def test_relative_phrases_need_a_context_in_french() -> None:
    assert _french("en mai de la même année") == []
    assert _french("pendant quatre ans") == []
    assert _french("cette année-là") == []


def test_a_well_known_event_dates_shortly_before_in_french() -> None:
    [phrase] = find_date_phrases("peu avant que Staline ne déclenche une purge sanglante", None, FR)
    assert phrase.edtf == "1935-08~/1936-08~" and not phrase.guessed
    assert phrase.outside_note is not None and "procès de Moscou" in phrase.outside_note
    [guess] = find_date_phrases("peu avant la pluie", parse_edtf("1926"), FR)
    assert (guess.text, guess.edtf, guess.guessed) == ("peu avant", "1926?/..", True)


def test_the_french_events_keep_the_english_dates() -> None:
    assert [e.edtf for e in FRENCH_HISTORICAL_EVENTS] == [e.edtf for e in HISTORICAL_EVENTS]
    assert all(e.note and e.name for e in FRENCH_HISTORICAL_EVENTS)


def test_open_bounds_in_french() -> None:
    [until] = find_date_phrases("jusqu’en 1936", None, FR)
    assert (until.date.earliest, until.date.latest) == (OPEN_START, date(1936, 12, 31))


@pytest.mark.parametrize(
    "text",
    [
        "le n° 1929",
        "n°1929",
        "voir p. 1936",
        "il mai",
        "20 livres",
        "les premières années",
        "dix ans de captivité",
        "les écrivains du XXe siècle",
        "Mars 19",
    ],
)
def test_not_dates_in_french(text: str) -> None:
    assert _french(text) == []


def test_read_date_phrase_reads_french_and_falls_back_to_the_other_language() -> None:
    assert read_date_phrase(" au début des années 1920 ", language=FR).edtf == "1920~/1923~"
    # Typed in the interface's language rather than the article's: read all the same.
    assert read_date_phrase("vers 1936").edtf == "1936~"
    assert read_date_phrase("about 1936", language=FR).edtf == "1936~"
    assert read_date_phrase("../1936", language=FR).edtf == "../1936"
    with pytest.raises(DatePhraseError):
        read_date_phrase("mardi prochain", language=FR)


@given(st.text(), st.sampled_from([None, "1919", "1920~/1923~", "../1936"]))
def test_no_text_crashes_the_french_finder(text: str, context: str | None) -> None:
    found = find_date_phrases(text, None if context is None else parse_edtf(context), FR)
    for phrase in found:
        assert text[phrase.start : phrase.end] == phrase.text
        assert phrase.date.earliest <= phrase.date.latest


_FRENCH_WORDS = ["en ", "mai ", "de la même année", "au ", "début ", "des années ", "1920", "1936"]
_FRENCH_WORDS += ["vers ", "avant ", "jusqu’en ", "dès ", "fin ", "XXe ", "siècle", "pendant "]
_FRENCH_WORDS += ["quatre ", "ans", "printemps ", "l’année suivante", "le ", "3 ", "1er ", ", "]


@given(st.lists(st.sampled_from(_FRENCH_WORDS), max_size=12).map("".join))
def test_french_fragments_read_without_crashing(text: str) -> None:
    for phrase in find_date_phrases(text, parse_edtf("1919"), FR):
        assert text[phrase.start : phrase.end] == phrase.text
    with contextlib.suppress(DatePhraseError):
        read_date_phrase(text, language=FR)


@given(st.integers(1000, 2099), st.sampled_from(["début", "milieu", "fin"]))
def test_any_year_third_lies_inside_its_year(year: int, part: str) -> None:
    [phrase] = find_date_phrases(f"{part} {year}", None, FR)
    assert phrase.date.earliest.year == phrase.date.latest.year == year
    with contextlib.suppress(FuzzyDateError):
        assert parse_edtf(phrase.edtf).approximate
