"""Suggested events: sentence splitting with offsets, and every dated sentence of the seed."""

from __future__ import annotations

from serge_desktop.core.article_parser import parse_article
from serge_desktop.core.event_suggestions import split_sentences, suggest_events
from serge_desktop.core.source_text import decode_source
from tests.core.seed import SEED_PATH


def seed_body() -> str:
    return parse_article(decode_source(SEED_PATH.read_bytes()).text).body


def test_sentences_split_on_stops_and_paragraphs_but_not_abbreviations() -> None:
    body = "Born c. 1890 in Issue No. 1929. Why? “Quoted!” Then\n\nA new paragraph"
    sentences = [body[s:e] for s, e in split_sentences(body)]
    assert sentences == [
        "Born c. 1890 in Issue No. 1929.",
        "Why?",
        "“Quoted!”",
        "Then",
        "A new paragraph",
    ]


def test_the_seed_yields_every_dated_sentence() -> None:
    body = seed_body()
    found = [(s.date_edtf, s.date_text) for s in suggest_events(body)]
    expected = [
        ("1890", "in 1890"),
        ("1908", "In 1908"),
        ("1917", "of 1917"),
        ("1919-01", "In January 1919"),
        ("1919-05", "In May that year"),
        ("1920~/1923~", "In the early 1920s"),
        ("1920~/1924~", "four years"),
        ("1947", "In 1947"),
    ]
    assert [f for f in found if f[1] != "shortly before"] == expected


def test_suggestions_carry_labels_and_evidence_offsets() -> None:
    body = seed_body()
    by_date = {s.date_edtf: s for s in suggest_events(body)}
    for suggestion in by_date.values():
        assert body[suggestion.start : suggestion.end] == suggestion.evidence
        assert suggestion.date_text in suggestion.evidence
        assert suggestion.date_text not in suggestion.label
        assert 1 <= len(suggestion.label.split()) <= 6
    assert by_date["1890"].label == "Victor Serge was born in Brussels"
    assert by_date["1919-01"].label == "He reached Petrograd"
    assert by_date["1919-05"].label == "He joined the Communist Party"
    assert by_date["1947"].label == "He died of a heart attack"
    assert by_date["1920~/1924~"].evidence.startswith("He spent four years in Germany")


def test_shortly_before_an_undated_event_is_a_marked_guess() -> None:
    [guess] = [s for s in suggest_events(seed_body()) if s.guessed]
    assert guess.date_text == "shortly before"
    assert guess.date_edtf == "1924?/.."
    assert guess.label == "Serge was allowed to leave Russia"


def test_no_dates_no_suggestions() -> None:
    assert suggest_events("") == []
    assert suggest_events("Nothing here. Nor here!") == []
