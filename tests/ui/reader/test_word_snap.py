"""Where words begin and end, for snapping a selection to whole words (no Qt)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from serge_desktop.ui.reader.word_snap import inside_word, snap_to_words

TEXT = "Victor Serge was born in Brussels in 1890. In 1908 he went to Paris, l’écrivain."


def span_of(words: str) -> tuple[int, int]:
    start = TEXT.index(words)
    return start, start + len(words)


@pytest.mark.parametrize(
    ("selected", "snapped"),
    [
        ("n 1908 he went to Paris", "In 1908 he went to Paris"),  # one character late
        ("In 1908 he went to Par", "In 1908 he went to Paris"),  # one character short
        ("n 1908 he went to Pari", "In 1908 he went to Paris"),
        ("In 1908 he went to Paris", "In 1908 he went to Paris"),  # already whole
        ("Paris, ", "Paris, "),  # punctuation and space are not words
        ("’écri", "l’écrivain"),  # an apostrophe inside a word is part of it
        ("89", "1890"),
    ],
)
def test_a_selection_widens_to_whole_words(selected: str, snapped: str) -> None:
    assert snap_to_words(TEXT, *span_of(selected)) == span_of(snapped)


def test_a_combining_accent_belongs_to_its_letter() -> None:
    text = "the cafe\u0301 opened"  # é written as e and a combining acute
    start = text.index("caf")
    assert snap_to_words(text, start, start + 3) == (start, start + 5)


def test_a_hyphen_joins_only_between_letters() -> None:
    text = "the anti-Stalinist left - at last"
    start = text.index("Stal")
    assert snap_to_words(text, start, start + 2) == (text.index("anti"), text.index(" left"))
    assert not inside_word(text, text.index("- at") + 1)


@given(st.text(alphabet="ab’-. \n1é", max_size=40), st.data())
def test_snapping_only_widens_and_lands_on_boundaries(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    low, high = snap_to_words(text, start, end)
    assert low <= start and end <= high
    if start < end:
        assert not inside_word(text, low) and not inside_word(text, high)
        assert snap_to_words(text, low, high) == (low, high)
