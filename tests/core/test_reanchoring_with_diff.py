"""Re-anchoring that follows the words through a diff of the two texts, checked against search."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from serge_desktop.core.anchor_pattern import AnchorPattern
from serge_desktop.core.anchoring import make_anchor
from serge_desktop.core.reanchoring import (
    MIN_QUOTE_SIMILARITY,
    MIN_SCORE,
    TRUSTED_SCORE,
    PlacementKind,
    Reanchorer,
)
from serge_desktop.core.token_alignment import tokenize
from serge_desktop.core.token_diff import TokenDiff

# Words, punctuation and spacing of every kind the tokenizer tells apart, long words included
# (a quote inside a word longer than its context is the awkward case).
PIECES = st.sampled_from(
    ["Serge", "in", "Petrograd", "1919", ",", ".", " ", " ", "  ", "\n\n", "é", "l'", "—",
     "Kibalchich", "a" * 40, "revolution", "(", ")", "the", "the", "-", "x"]
)  # fmt: skip


@st.composite
def text_and_span(draw: st.DrawFn) -> tuple[str, int, int]:
    text = "".join(draw(st.lists(PIECES, min_size=1, max_size=80)))
    start = draw(st.integers(min_value=0, max_value=len(text) - 1))
    end = draw(st.integers(min_value=start + 1, max_value=len(text)))
    return text, start, end


@settings(max_examples=400)
@given(text_and_span())
def test_the_pattern_from_the_text_s_tokens_is_the_pattern_from_the_anchor(
    case: tuple[str, int, int],
) -> None:
    text, start, end = case
    anchor = make_anchor(text, start, end)
    own = AnchorPattern.of(anchor)
    found = AnchorPattern.within(anchor, tokenize(text))
    if found is None:
        return  # the reanchorer then uses ``of`` itself
    pattern, low = found
    assert own is not None
    base = start - len(anchor.prefix)
    assert pattern.keys == own.keys
    assert (pattern.first, pattern.stop) == (own.first, own.stop)
    assert pattern.starts == tuple(base + offset for offset in own.starts)
    assert pattern.ends == tuple(base + offset for offset in own.ends)
    assert pattern.quote_start == base + own.quote_start
    assert pattern.quote_end == base + own.quote_end
    assert tokenize(text).keys[low : low + len(pattern.keys)] == pattern.keys


@st.composite
def edited(draw: st.DrawFn) -> tuple[str, str, int, int]:
    """A text, a version with some pieces replaced, added or removed, and a span of the first."""
    pieces = draw(st.lists(PIECES, min_size=2, max_size=80))
    changed = list(pieces)
    for _ in range(draw(st.integers(min_value=0, max_value=6))):
        at = draw(st.integers(min_value=0, max_value=len(changed)))
        action = draw(st.sampled_from(["replace", "insert", "delete"]))
        if action == "insert" or at == len(changed):
            changed.insert(at, draw(PIECES))
        elif action == "replace":
            changed[at] = draw(PIECES)
        elif len(changed) > 1:
            del changed[at]
    text = "".join(pieces)
    start = draw(st.integers(min_value=0, max_value=len(text) - 1))
    end = draw(st.integers(min_value=start + 1, max_value=len(text)))
    return text, "".join(changed), start, end


@settings(max_examples=400)
@given(edited())
def test_a_placement_through_the_diff_is_a_real_span_above_the_thresholds(
    case: tuple[str, str, int, int],
) -> None:
    old, new, start, end = case
    anchor = make_anchor(old, start, end)
    placement = Reanchorer(new, previous=old).place(anchor)
    if placement.kind is PlacementKind.UNPLACED:
        assert (placement.start, placement.end) == (start, end)
        return
    assert 0 <= placement.start < placement.end <= len(new)
    assert placement.score >= MIN_SCORE
    if placement.kind is not PlacementKind.APPROXIMATE:
        assert new[placement.start : placement.end] == anchor.quote


@settings(max_examples=300)
@given(edited())
def test_the_diff_places_what_search_places_as_well_or_better(
    case: tuple[str, str, int, int],
) -> None:
    old, new, start, end = case
    anchor = make_anchor(old, start, end)
    searched = Reanchorer(new).place(anchor)
    followed = Reanchorer(new, previous=old).place(anchor)
    if searched.kind is not PlacementKind.UNPLACED:
        # Search found a place: following the words finds one that scores as well (perhaps
        # another, equally good, where the same words repeat).
        assert followed.kind is not PlacementKind.UNPLACED
        assert followed.score >= min(searched.score - 1e-9, TRUSTED_SCORE)


@given(text_and_span())
def test_an_unchanged_text_keeps_every_anchor_where_it_was(case: tuple[str, int, int]) -> None:
    text, start, end = case
    placement = Reanchorer(text, previous=text).place(make_anchor(text, start, end))
    assert (placement.kind, placement.start, placement.end) == (PlacementKind.EXACT, start, end)


def test_an_anchor_made_in_another_text_is_searched_for_as_before() -> None:
    old = "An older revision: Serge reached Petrograd in January 1919, in the cold."
    new = "Serge, the writer, reached Petrograd in January 1919, in the cold."
    other = "Serge reached Petrograd in January 1919, in the cold winter."  # not the previous
    anchor = make_anchor(other, 6, 23)
    assert Reanchorer(new, previous=old).place(anchor) == Reanchorer(new).place(anchor)


def test_a_replaced_word_follows_its_replacement() -> None:
    old = "In January 1919 he reached Petrograd. In May that year he joined the Party."
    new = "In January 1919 he reached Leningrad. In May that year he joined the Party."
    start = old.index("he reached Petrograd")
    anchor = make_anchor(old, start, start + len("he reached Petrograd"))
    placement = Reanchorer(new, previous=old).place(anchor)
    assert placement.kind is PlacementKind.APPROXIMATE
    assert new[placement.start : placement.end] == "he reached Leningrad"
    assert MIN_SCORE <= placement.score < 1.0


def test_the_diff_maps_each_old_token_to_its_new_place() -> None:
    old, new = tokenize("a b c d e"), tokenize("a x c e f")
    assert TokenDiff(old, new).target == [0, 1, 2, -1, 3]
    assert MIN_QUOTE_SIMILARITY <= 1.0
