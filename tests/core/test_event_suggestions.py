"""Suggested events: sentence splitting with offsets, and every dated sentence of the seed."""

from __future__ import annotations

from serge_desktop.core.article_parser import parse_article
from serge_desktop.core.event_suggestions import (
    LABEL_CHARS,
    draft_for_passage,
    split_sentences,
    suggest_events,
)
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
        assert len(suggestion.label) <= LABEL_CHARS
    assert by_date["1890"].label == "Victor Serge was born in Brussels"
    assert by_date["1919-01"].label == "He reached Petrograd"
    assert by_date["1919-05"].label == "He joined the Communist Party"
    assert by_date["1947"].label == "He died of a heart attack"
    assert by_date["1920~/1924~"].evidence.startswith("He spent four years in Germany")
    assert by_date["1920~/1923~"].label == (
        "He realised that unless the revolution spread across Europe"
    )
    # A duration is part of what happened: "He spent four years", not "He spent in Germany".
    assert by_date["1920~/1924~"].label.startswith("He spent four years in Germany")


def test_every_seed_label_reads_as_a_short_title() -> None:
    for suggestion in suggest_events(seed_body()):
        words = suggestion.label.split()
        assert len(words) >= 3, suggestion.label
        assert words[-1].lower() not in {"that", "the", "of", "and", "to"}
        if suggestion.date_text != "four years":
            assert suggestion.date_text not in suggestion.label


def test_a_long_clause_is_cut_on_a_word_boundary() -> None:
    body = "In 1936 he wrote " + " ".join(["extraordinarily"] * 10) + " things."
    [suggestion] = suggest_events(body)
    assert len(suggestion.label) <= LABEL_CHARS
    assert suggestion.label.startswith("He wrote extraordinarily")
    assert all(word in {"He", "wrote", "extraordinarily"} for word in suggestion.label.split())


def test_shortly_before_an_undated_event_is_a_marked_guess() -> None:
    [guess] = [s for s in suggest_events(seed_body()) if s.guessed]
    assert guess.date_text == "shortly before"
    assert guess.date_edtf == "1924?/.."
    assert guess.label == "Serge was allowed to leave Russia"


def test_no_dates_no_suggestions() -> None:
    assert suggest_events("") == []
    assert suggest_events("Nothing here. Nor here!") == []


def test_a_click_in_a_sentence_offers_its_date_and_the_context_before_it() -> None:
    body = seed_body()
    sentence = "In May that year he joined the Communist Party"
    click = body.index(sentence) + 20
    draft = draft_for_passage(body, click, click)
    assert draft.evidence.startswith(sentence) and draft.evidence.endswith(".")
    assert [s.date_edtf for s in draft.suggestions] == ["1919-05"]
    assert draft.context is not None and draft.context.edtf == "1919-01"


def test_a_selection_is_the_evidence_and_dates_come_from_its_sentences() -> None:
    body = seed_body()
    start = body.index("he reached Petrograd")
    draft = draft_for_passage(body, start, start + len("he reached Petrograd"))
    assert draft.evidence == "he reached Petrograd"
    assert [s.date_edtf for s in draft.suggestions] == ["1919-01"]


def test_a_sentence_without_a_date_offers_no_date() -> None:
    body = "In 1919 he arrived. He read books."
    draft = draft_for_passage(body, body.index("read"), body.index("read"))
    assert (draft.evidence, draft.suggestions) == ("He read books.", ())
    assert draft.context is not None and draft.context.edtf == "1919"
    assert draft_for_passage("", 0, 0).evidence == ""
