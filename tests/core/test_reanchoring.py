"""Re-anchoring: each placement kind, the thresholds, and properties over generated texts."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from serge_desktop.core.anchoring import TextAnchor, make_anchor
from serge_desktop.core.reanchoring import (
    MIN_QUOTE_SIMILARITY,
    MIN_SCORE,
    Placement,
    PlacementKind,
    Reanchorer,
    place_anchor,
)

BODY = (
    "Victor Serge was born in Brussels in 1890. In 1908 he went to Paris, where he edited an "
    "anarchist paper.\n\nOnce he heard about the Russian Revolution of 1917, he aimed to get "
    "involved. In January 1919 he reached Petrograd. In May that year he joined the Communist "
    "Party, a brave choice, since the city was besieged by armies."
)


def anchor_on(text: str, words: str) -> TextAnchor:
    start = text.index(words)
    return make_anchor(text, start, start + len(words))


def placed_words(text: str, placement: Placement) -> str:
    return text[placement.start : placement.end]


def test_an_unchanged_text_places_every_anchor_exactly() -> None:
    anchor = anchor_on(BODY, "he reached Petrograd")
    placement = place_anchor(BODY, anchor)
    assert placement == Placement(PlacementKind.EXACT, anchor.start, anchor.end, 1.0)


def test_words_added_before_the_passage_move_it() -> None:
    anchor = anchor_on(BODY, "he reached Petrograd")
    changed = BODY.replace("Victor Serge was born", "Victor Serge, the writer, was born")
    placement = place_anchor(changed, anchor)
    assert placement.kind is PlacementKind.MOVED
    assert placed_words(changed, placement) == "he reached Petrograd"
    assert placement.start == anchor.start + len(", the writer,")


def test_a_repeated_quote_goes_where_its_context_is() -> None:
    text = "Red flags in Paris, he said. Later, red flags in Petrograd, he said. The end."
    second = text.index("he said", text.index("Petrograd"))
    anchor = make_anchor(text, second, second + len("he said"))
    placement = place_anchor("Preface. " + text, anchor)
    assert placement.kind is PlacementKind.MOVED
    assert placement.start == second + len("Preface. ")


def test_a_changed_word_inside_the_quote_is_placed_approximately() -> None:
    anchor = anchor_on(BODY, "he joined the Communist Party, a brave choice")
    changed = "Foreword. " + BODY.replace("a brave choice", "a courageous choice")
    placement = place_anchor(changed, anchor)
    assert placement.kind is PlacementKind.APPROXIMATE
    assert placed_words(changed, placement) == "he joined the Communist Party, a courageous choice"
    assert MIN_SCORE <= placement.score < 1.0


def test_a_replaced_first_or_last_word_is_covered_by_the_new_passage() -> None:
    anchor = anchor_on(BODY, "Serge was born in Brussels")
    changed = BODY.replace("Serge was born in Brussels", "Kibalchich was born in Ixelles")
    placement = place_anchor(changed, anchor)
    assert placement.kind is PlacementKind.APPROXIMATE
    assert placed_words(changed, placement) == "Kibalchich was born in Ixelles"


def test_a_short_quote_with_a_changed_word_is_carried_by_its_context() -> None:
    anchor = anchor_on(BODY, "he went to Paris")
    changed = BODY.replace("he went to Paris", "he moved to Paris")
    placement = place_anchor(changed, anchor)
    assert placement.kind is PlacementKind.APPROXIMATE
    assert placed_words(changed, placement) == "he moved to Paris"


def test_a_selection_starting_mid_word_keeps_its_offset_in_the_word() -> None:
    anchor = anchor_on(BODY, "archist paper")
    changed = "Intro. " + BODY.replace("an\nanarchist", "an anarchist").replace("paper", "weekly")
    placement = place_anchor(changed, anchor)
    assert placed_words(changed, placement) == "archist weekly"


def test_an_approximate_passage_in_context_beats_the_same_words_out_of_context() -> None:
    text = "The city was besieged. Much later, in a book, the city was besieged again by critics."
    anchor = anchor_on(text, "The city was besieged")
    changed = text.replace("The city was besieged.", "The town was besieged.")
    placement = place_anchor(changed, anchor)
    assert placement.kind is PlacementKind.APPROXIMATE
    assert placed_words(changed, placement) == "The town was besieged"


def test_a_passage_whose_words_are_mostly_gone_is_unplaced_with_its_old_offsets() -> None:
    anchor = anchor_on(BODY, "he heard about the Russian Revolution of 1917")
    changed = BODY.replace("he heard about the Russian Revolution of 1917", "it began")
    placement = place_anchor(changed, anchor)
    assert placement.kind is PlacementKind.UNPLACED
    assert (placement.start, placement.end) == (anchor.start, anchor.end)


def test_a_different_text_leaves_the_anchor_unplaced() -> None:
    anchor = anchor_on(BODY, "he joined the Communist Party")
    placement = place_anchor("A different article altogether, about gardening.", anchor)
    assert placement.kind is PlacementKind.UNPLACED
    assert placement.score < MIN_SCORE


def test_a_quote_of_spaces_is_exact_where_it_was_and_unplaced_elsewhere() -> None:
    anchor = make_anchor("one  two", 3, 5)
    assert place_anchor("one  two", anchor).kind is PlacementKind.EXACT
    assert place_anchor("uno dos", anchor).kind is PlacementKind.UNPLACED


def test_the_thresholds_are_what_the_documentation_says() -> None:
    assert (MIN_QUOTE_SIMILARITY, MIN_SCORE) == (0.5, 0.6)


@pytest.mark.parametrize(
    "words", ["Victor Serge was born", "since the city was besieged by armies."]
)
def test_passages_at_the_edges_of_the_text_move_with_it(words: str) -> None:
    anchor = anchor_on(BODY, words)
    changed = "A new first line.\n\n" + BODY + "\n\nA new last line."
    placement = place_anchor(changed, anchor)
    assert placement.kind is PlacementKind.MOVED
    assert placed_words(changed, placement) == words


def test_one_reanchorer_places_many_anchors_in_the_same_text() -> None:
    changed = BODY.replace("Brussels", "Ixelles").replace("1908", "1909")
    placer = Reanchorer(changed)
    kinds = [
        placer.place(anchor_on(BODY, words)).kind
        for words in ("born in Brussels in 1890", "In 1908 he went", "he reached Petrograd")
    ]
    assert kinds == [PlacementKind.APPROXIMATE, PlacementKind.APPROXIMATE, PlacementKind.MOVED]


@st.composite
def text_and_span(draw: st.DrawFn) -> tuple[str, int, int]:
    text = draw(st.text(min_size=1, max_size=300))
    start = draw(st.integers(min_value=0, max_value=len(text) - 1))
    end = draw(st.integers(min_value=start + 1, max_value=len(text)))
    return text, start, end


@given(text_and_span())
def test_an_anchor_is_exact_in_the_text_it_was_made_on(case: tuple[str, int, int]) -> None:
    text, start, end = case
    assert place_anchor(text, make_anchor(text, start, end)) == Placement(
        PlacementKind.EXACT, start, end, 1.0
    )


# Texts of words, so edits are the kind editors make: words replaced, added or removed.
VOCABULARY = ("the", "a", "Serge", "Paris", "revolution", "he", "went", ",", ".", "1917", "party")
WORDS = st.lists(st.sampled_from(VOCABULARY))


@given(WORDS.filter(bool), st.data())
def test_any_placement_is_a_real_span_of_the_new_text(
    words: list[str], data: st.DataObject
) -> None:
    text = " ".join(words)
    start = data.draw(st.integers(min_value=0, max_value=len(text) - 1))
    end = data.draw(st.integers(min_value=start + 1, max_value=len(text)))
    anchor = make_anchor(text, start, end)
    edited = " ".join(data.draw(WORDS))
    placement = place_anchor(edited, anchor)
    if placement.kind is PlacementKind.UNPLACED:
        assert (placement.start, placement.end) == (start, end)
    else:
        assert 0 <= placement.start < placement.end <= len(edited)
        assert 0.0 <= placement.score <= 1.0
    if placement.kind in (PlacementKind.EXACT, PlacementKind.MOVED):
        assert edited[placement.start : placement.end] == anchor.quote


@given(WORDS.filter(bool), WORDS, WORDS, st.data())
def test_a_passage_of_whole_words_survives_text_added_around_it(
    words: list[str], before: list[str], after: list[str], data: st.DataObject
) -> None:
    first = data.draw(st.integers(min_value=0, max_value=len(words) - 1))
    stop = data.draw(st.integers(min_value=first + 1, max_value=len(words)))
    text = " ".join(words)
    start = len(" ".join(words[:first])) + (1 if first else 0)
    anchor = make_anchor(text, start, len(" ".join(words[:stop])))
    edited = " ".join(before + words + after)
    placement = place_anchor(edited, anchor)
    assert edited[placement.start : placement.end] == anchor.quote
