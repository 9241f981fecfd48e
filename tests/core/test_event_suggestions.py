"""Suggested events: sentence splitting with offsets, and every dated sentence of the seed."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from serge_desktop.core.article_parser import parse_article
from serge_desktop.core.event_suggestions import (
    LABEL_CHARS,
    draft_for_passage,
    split_sentences,
    suggest_events,
)
from serge_desktop.core.fuzzy_date import parse_edtf
from serge_desktop.core.historical_events import HISTORICAL_EVENTS, HistoricalEvent
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
        ("1935-08~/1936-08~", "shortly before Stalin unleashed a bloody purge"),
        ("1947", "In 1947"),
    ]
    assert found == expected


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


def test_leaving_russia_is_dated_by_the_purge_the_sentence_names() -> None:
    # "Serge was allowed to leave Russia shortly before Stalin unleashed a bloody purge": the
    # last date the text gave was the early 1920s, so reading "shortly before" from it gave
    # "1924?/..". The sentence itself says what it came shortly before; that was 1936.
    [left] = [s for s in suggest_events(seed_body()) if s.label.endswith("leave Russia")]
    assert left.label == "Serge was allowed to leave Russia"
    assert left.date_text == "shortly before Stalin unleashed a bloody purge"
    assert left.date.earliest.year >= 1935 and left.date.latest == date(1936, 8, 31)
    assert left.date.earliest <= date(1936, 4, 1) <= left.date.latest  # he left in April 1936
    assert not left.guessed
    # A date known from history, not from the article: marked as context, and saying whence.
    assert left.is_context
    assert "Moscow Trial" in left.description and "1936" in left.description


@given(
    st.sampled_from(["1890", "1919-05", "1920~/1924~", "1933/1936", "../1912", "1947"]),
    st.sampled_from(list(HISTORICAL_EVENTS)),
    st.sampled_from(["before", "after"]),
    st.sampled_from(["shortly", "just", "soon", "not long"]),
)
def test_a_named_event_wins_over_the_text_before_it(
    earlier: str, event: HistoricalEvent, direction: str, word: str
) -> None:
    # Whatever the text dated last, "shortly before <a known event>" is read from that event:
    # ending where it starts, or ("after") starting where it ends.
    name = _name_of(event)
    body = f"It happened in {earlier}. He left {word} {direction} {name}."
    suggestions = [s for s in suggest_events(body) if s.label.startswith("He left")]
    assert len(suggestions) == 1, (body, suggestions)
    [left] = suggestions
    assert left.is_context and left.description == event.note and not left.guessed
    if direction == "before":
        assert left.date.latest == _end_of_first(event)
    else:
        assert left.date.earliest == _start_of_last(event)
    assert (left.date.latest - left.date.earliest).days < 2 * 366


def _name_of(event: HistoricalEvent) -> str:
    """A way an article names the event, taken from the event's own name."""
    return {
        "Lenin’s death": "the death of Lenin",
        "Hitler’s coming to power": "Hitler came to power",
    }.get(event.name, event.name)


def _end_of_first(event: HistoricalEvent) -> date:
    first = event.edtf.partition("/")[0]
    return parse_edtf(first).latest


def _start_of_last(event: HistoricalEvent) -> date:
    first, _, last = event.edtf.partition("/")
    return parse_edtf(last or first).earliest


def test_an_undated_event_unknown_to_history_is_a_marked_guess() -> None:
    body = "In 1926 he was expelled. He left shortly before the rain came."
    [guess] = [s for s in suggest_events(body) if s.guessed]
    assert (guess.date_text, guess.date_edtf) == ("shortly before", "1926?/..")
    assert not guess.is_context and guess.description == ""


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
