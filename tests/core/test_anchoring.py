"""Text anchors: made from a span, found again after the text moves, None when the quote is gone."""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from serge_desktop.core.anchoring import (
    CONTEXT_CHARS,
    TextAnchor,
    find_sentence,
    locate_anchor,
    make_anchor,
)

BODY = (
    "Victor Serge was born in Brussels in 1890. In 1908 he went to Paris, where he edited an "
    "anarchist paper.\n\nOnce he heard about the Russian Revolution of 1917, he aimed to get "
    "involved. In January 1919 he reached Petrograd."
)


def test_make_anchor_keeps_quote_and_context() -> None:
    start, end = find_sentence(BODY, "In January 1919 he reached Petrograd.") or (0, 0)
    anchor = make_anchor(BODY, start, end)
    assert anchor.quote == "In January 1919 he reached Petrograd."
    assert anchor.prefix == BODY[start - CONTEXT_CHARS : start]
    assert len(anchor.prefix) == CONTEXT_CHARS
    assert anchor.suffix == ""  # the passage ends the text
    assert (anchor.start, anchor.end) == (start, end)


def test_context_is_clipped_at_the_text_edges() -> None:
    anchor = make_anchor(BODY, 0, 6)
    assert anchor.prefix == ""
    assert anchor.suffix == BODY[6 : 6 + CONTEXT_CHARS]


@pytest.mark.parametrize(("start", "end"), [(3, 3), (5, 2), (-1, 4), (0, len(BODY) + 1)])
def test_make_anchor_rejects_empty_or_out_of_range_spans(start: int, end: int) -> None:
    with pytest.raises(ValueError, match="span"):
        make_anchor(BODY, start, end)


def test_find_sentence_is_exact() -> None:
    assert find_sentence(BODY, "In 1908 he went to Paris") == (43, 67)
    assert find_sentence(BODY, "in 1908 he went to paris") is None
    assert find_sentence(BODY, "") is None


def test_locate_at_the_stored_offsets() -> None:
    span = find_sentence(BODY, "he reached Petrograd")
    assert span is not None
    assert locate_anchor(BODY, make_anchor(BODY, *span)) == span


def test_locate_after_words_are_inserted_before_the_passage() -> None:
    span = find_sentence(BODY, "he aimed to get involved")
    assert span is not None
    anchor = make_anchor(BODY, *span)
    moved = "A new opening sentence, added by an editor. " + BODY
    found = locate_anchor(moved, anchor)
    assert found is not None
    assert found != span
    assert moved[found[0] : found[1]] == anchor.quote


def test_duplicated_quote_chooses_the_occurrence_whose_context_matches() -> None:
    text = "Red flags in Paris, he said. Later, red flags in Petrograd, he said. The end."
    second = text.index("he said", text.index("Petrograd"))
    anchor = make_anchor(text, second, second + len("he said"))
    # Shift everything so the stored offsets no longer hold the quote.
    edited = "Preface. " + text
    found = locate_anchor(edited, anchor)
    assert found == (second + len("Preface. "), second + len("Preface. ") + len("he said"))


def test_context_beats_nearness_to_the_old_offset() -> None:
    anchor = TextAnchor(quote="he said", prefix="in Petrograd, ", suffix=".", start=0, end=7)
    text = "Paris, he said! Then in Petrograd, he said."
    found = locate_anchor(text, anchor)
    assert found == (text.rindex("he said"), text.rindex("he said") + 7)


def test_missing_quote_gives_none() -> None:
    anchor = make_anchor(BODY, 0, 12)
    assert locate_anchor("A different article altogether.", anchor) is None


def test_empty_quote_gives_none() -> None:
    assert locate_anchor(BODY, TextAnchor(quote="", prefix="", suffix="", start=0, end=0)) is None


@st.composite
def text_and_span(draw: st.DrawFn) -> tuple[str, int, int]:
    text = draw(st.text(min_size=1, max_size=200))
    start = draw(st.integers(min_value=0, max_value=len(text) - 1))
    end = draw(st.integers(min_value=start + 1, max_value=len(text)))
    return text, start, end


@given(text_and_span())
def test_locate_returns_the_span_it_was_made_from(case: tuple[str, int, int]) -> None:
    text, start, end = case
    assert locate_anchor(text, make_anchor(text, start, end)) == (start, end)


@given(text_and_span(), st.text(min_size=1, max_size=50))
def test_locate_follows_a_unique_quote_when_text_is_prepended(
    case: tuple[str, int, int], added: str
) -> None:
    text, start, end = case
    anchor = make_anchor(text, start, end)
    moved = added + text
    # str.count skips overlapping matches ("000" in "0000"), so count every start position.
    starts = [i for i in range(len(moved)) if moved.startswith(anchor.quote, i)]
    assume(len(starts) == 1)
    assert locate_anchor(moved, anchor) == (start + len(added), end + len(added))


@given(text_and_span(), st.text(min_size=1, max_size=50))
def test_located_span_always_holds_the_quote(case: tuple[str, int, int], added: str) -> None:
    text, start, end = case
    anchor = make_anchor(text, start, end)
    moved = added + text
    found = locate_anchor(moved, anchor)
    assert found is not None  # the quote is still in the text, so it must be found
    assert moved[found[0] : found[1]] == anchor.quote
