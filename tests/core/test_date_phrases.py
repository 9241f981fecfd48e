"""English date phrases: each supported form, context resolution, and no crash on any text."""

from __future__ import annotations

import contextlib
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from serge_desktop.core.date_phrases import DatePhraseError, find_date_phrases, read_date_phrase
from serge_desktop.core.fuzzy_date import OPEN_END, OPEN_START, FuzzyDateError, parse_edtf
from tests.core.test_fuzzy_date import edtf_dates


@pytest.mark.parametrize(
    ("text", "words", "edtf"),
    [
        ("Serge was born in Brussels in 1890.", "in 1890", "1890"),
        ("In January 1919 he reached Petrograd.", "In January 1919", "1919-01"),
        ("the Russian Revolution of 1917", "of 1917", "1917"),
        ("In the early 1920s he realised", "In the early 1920s", "1920~/1923~"),
        ("the mid-1930s", "the mid-1930s", "1934~/1936~"),
        ("the late 1930s", "the late 1930s", "1937~/1939~"),
        ("during the 1920s", "during the 1920s", "192X"),
        ("c. 1936", "c. 1936", "1936~"),
        ("about 1936", "about 1936", "1936~"),
        ("around 1936", "around 1936", "1936~"),
        ("by 1936", "by 1936", "../1936"),
        ("before 1936", "before 1936", "../1936"),
        ("after 1936", "after 1936", "1936/.."),
        ("shortly before 1936", "shortly before 1936", "1935~/1936~"),
        ("soon after 1936", "soon after 1936", "1936~/1937~"),
        ("from 1922 to 1926", "from 1922 to 1926", "1922/1926"),
        ("1936–38", "1936–38", "1936/1938"),
        ("on 3 May 1919", "on 3 May 1919", "1919-05-03"),
        ("May 3, 1919", "May 3, 1919", "1919-05-03"),
        ("In 1947, exhausted", "In 1947", "1947"),
    ],
)
def test_each_phrase(text: str, words: str, edtf: str) -> None:
    [phrase] = find_date_phrases(text)
    assert (phrase.text, phrase.edtf) == (words, edtf)
    assert text[phrase.start : phrase.end] == words
    assert phrase.date == parse_edtf(edtf)
    assert not phrase.guessed


def test_may_that_year_reads_the_previous_date() -> None:
    text = "In January 1919 he reached Petrograd. In May that year he joined the Party."
    first, second = find_date_phrases(text)
    assert (second.text, second.edtf) == ("In May that year", "1919-05")
    assert text[second.start : second.end] == "In May that year"
    assert first.edtf == "1919-01"


def test_that_year_comes_from_the_given_context() -> None:
    [phrase] = find_date_phrases("May that year", context=parse_edtf("1936"))
    assert phrase.edtf == "1936-05"
    [following] = find_date_phrases("the following year", context=parse_edtf("1936"))
    assert following.edtf == "1937"


def test_a_relative_phrase_needs_a_context() -> None:
    assert find_date_phrases("May that year") == []
    assert find_date_phrases("He spent four years in Germany") == []
    assert find_date_phrases("shortly before the rain came") == []
    # A well-known event needs no context: the sentence dates itself by it.
    [purge] = find_date_phrases("shortly before Stalin's purge")
    assert purge.edtf == "1935-08~/1936-08~" and purge.outside_note is not None


def test_a_duration_starts_at_the_context_start() -> None:
    text = "In the early 1920s he left. He spent four years in Germany and Austria."
    _, period = find_date_phrases(text)
    assert (period.text, period.edtf) == ("four years", "1920~/1924~")
    assert period.date.is_interval and period.date.approximate
    [months] = find_date_phrases("for six months", context=parse_edtf("1919-11"))
    assert months.edtf == "1919-11/1920-05"


def test_shortly_before_an_undated_event_is_an_uncertain_guess() -> None:
    [phrase] = find_date_phrases("He left shortly before the purge", context=parse_edtf("1926"))
    assert (phrase.text, phrase.edtf, phrase.guessed) == ("shortly before", "1926?/..", True)
    assert phrase.date.uncertain
    assert phrase.date.latest == OPEN_END


def test_open_bounds() -> None:
    [by] = find_date_phrases("by 1936")
    assert (by.date.earliest, by.date.latest) == (OPEN_START, date(1936, 12, 31))


@pytest.mark.parametrize(
    "text",
    ["Issue No. 1929", "he may go", "20 books", "the first few years", "ten years of captivity"],
)
def test_not_dates(text: str) -> None:
    assert find_date_phrases(text) == []


def test_an_impossible_reading_is_skipped() -> None:
    # The backwards range is not read; the smaller readings inside it still are.
    assert [p.edtf for p in find_date_phrases("between 1950 and 1920")] == ["1950", "1920"]
    assert [p.edtf for p in find_date_phrases("on 31 February 1919")] == ["1919-02"]


def test_read_date_phrase_takes_phrases_and_edtf() -> None:
    assert read_date_phrase(" the early 1920s ").edtf == "1920~/1923~"
    assert read_date_phrase("1936~").date.approximate
    with pytest.raises(DatePhraseError, match="cannot read"):
        read_date_phrase("next Tuesday")
    with pytest.raises(DatePhraseError):
        read_date_phrase("in 1919 and in 1920")


@pytest.mark.parametrize(
    ("typed", "edtf"),
    [("../1936", "../1936"), (" 1933/.. ", "1933/.."), ("/1936", "/1936"), ("1933/", "1933/")],
)
def test_open_and_unknown_ends_are_kept_as_typed(typed: str, edtf: str) -> None:
    # "../1936" (open: before 1936) was trimmed to "/1936" (start unknown) by the punctuation
    # trimming meant for phrases such as "in 1919.".
    assert read_date_phrase(typed).edtf == edtf
    assert read_date_phrase("before 1936").edtf == "../1936"


_ends = st.one_of(edtf_dates(), st.just(".."), st.just(""))


@given(
    st.one_of(edtf_dates(), st.tuples(_ends, _ends).map("/".join)),
    st.sampled_from(["", " ", "\t"]),
)
def test_any_edtf_typed_is_read_as_itself(text: str, space: str) -> None:
    try:
        parse_edtf(text)
    except FuzzyDateError:
        return  # a backwards interval, or no date at either end: not EDTF to keep
    assert read_date_phrase(f"{space}{text}{space}").edtf == text


@given(st.text(), st.one_of(st.none(), st.sampled_from(["1919", "1920~/1923~", "../1936"])))
def test_no_text_crashes_the_finder(text: str, context: str | None) -> None:
    found = find_date_phrases(text, None if context is None else parse_edtf(context))
    for phrase in found:
        assert text[phrase.start : phrase.end] == phrase.text
        assert phrase.date.earliest <= phrase.date.latest


@given(st.text(alphabet=st.sampled_from(list("0123456789 -–/.~?XMayinthe early0s,c"))))
def test_read_fails_only_with_our_error(text: str) -> None:
    with contextlib.suppress(DatePhraseError):
        read_date_phrase(text)


@pytest.mark.parametrize(
    ("text", "words", "edtf"),
    [
        ("late 1947", "late 1947", "1947-09~/1947-12~"),
        ("in early 1919", "in early 1919", "1919-01~/1919-04~"),
        ("mid-1936", "mid-1936", "1936-05~/1936-08~"),
        ("at the end of 1947", "at the end of 1947", "1947-09~/1947-12~"),
        ("in the spring of 1919", "in the spring of 1919", "1919-03~/1919-05~"),
        ("the winter of 1919", "the winter of 1919", "1918-12~/1919-02~"),
        ("in the 20th century", "in the 20th century", "19XX"),
    ],
)
def test_thirds_of_a_year_seasons_and_centuries(text: str, words: str, edtf: str) -> None:
    [phrase] = find_date_phrases(text)
    assert (phrase.text, phrase.edtf) == (words, edtf)


def test_a_century_named_as_a_quality_is_not_a_date() -> None:
    # The seed's "one of the great writers of the 20th century" is no event.
    assert find_date_phrases("the great writers of the 20th century") == []
    assert [p.edtf for p in find_date_phrases("the late 1940s")] == ["1947~/1949~"]
