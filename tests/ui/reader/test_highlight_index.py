"""The highlight index: buckets per paragraph, flattened runs, changes kept local (no Qt)."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from serge_desktop.ui.reader.highlight_index import HighlightIndex, Run, Strength, flatten

# Three paragraphs of the body: [0, 10), [12, 30), [32, 40).
PARAGRAPHS = [(0, 10), (12, 30), (32, 40)]


def index_with(*spans: tuple[int, tuple[int, int, str | None]]) -> HighlightIndex:
    index = HighlightIndex(PARAGRAPHS)
    index.update(spans, None)
    return index


def test_a_note_lands_in_the_paragraphs_it_covers() -> None:
    index = HighlightIndex(PARAGRAPHS)
    dirty = index.update([(1, (2, 5, "blue")), (2, (8, 20, "pink")), (3, (10, 12, None))], None)
    assert dirty == {0, 1}  # note 3 lies in the break between two paragraphs
    assert index.runs(0) == (
        Run(2, 5, 1, "blue", Strength.PLAIN),
        Run(8, 10, 2, "pink", Strength.PLAIN),
    )
    assert index.runs(1) == (Run(0, 8, 2, "pink", Strength.PLAIN),)  # offsets within it
    assert index.runs(2) == ()


def test_a_change_dirties_only_the_paragraphs_it_touches() -> None:
    index = index_with((1, (2, 5, "blue")), (2, (14, 20, "pink")), (3, (33, 35, None)))
    notes = [(1, (2, 5, "blue")), (2, (14, 20, "green")), (3, (33, 35, None))]
    assert index.update(notes, None) == {1}  # recoloured
    assert index.update(notes, None) == set()  # nothing changed: nothing to draw again
    moved = [(1, (2, 5, "blue")), (2, (14, 20, "green")), (3, (13, 16, None))]
    assert index.update(moved, None) == {1, 2}  # from the third paragraph to the second
    assert index.update(moved[:2], None) == {1}  # deleted
    assert len(index) == 2


def test_the_note_being_edited_is_drawn_stronger_and_on_top() -> None:
    index = index_with((1, (12, 30, "blue")), (2, (14, 16, "pink")))
    assert [r.note_id for r in index.runs(1)] == [1, 2, 1]  # the shorter one shows in the middle
    assert index.runs(1)[1].strength is Strength.NESTED
    assert index.update([(1, (12, 30, "blue")), (2, (14, 16, "pink"))], 1) == {1}
    assert index.runs(1) == (Run(0, 18, 1, "blue", Strength.ACTIVE),)
    assert index.note_at(15) == 1
    assert index.update([(1, (12, 30, "blue")), (2, (14, 16, "pink"))], None) == {1}
    assert index.note_at(15) == 2
    assert index.note_at(11) is None and index.note_at(41) is None


spans_strategy = st.lists(
    st.tuples(st.integers(0, 30), st.integers(1, 12), st.sampled_from(["blue", "pink", None])),
    max_size=12,
)


@given(spans_strategy, st.integers(-1, 11))
def test_runs_show_at_each_character_the_note_that_wins(
    raw: list[tuple[int, int, str | None]], active_index: int
) -> None:
    spans = [(note_id, (a, a + length, colour)) for note_id, (a, length, colour) in enumerate(raw)]
    active = active_index if 0 <= active_index < len(spans) else None
    runs = flatten(spans, active, 5, 35)
    drawn = {offset: run for run in runs for offset in range(run.start + 5, run.end + 5)}
    for offset in range(0, 40):
        covering = [(i, s) for i, s in spans if s[0] <= offset < s[1] and 5 <= offset < 35]
        if not covering:
            assert offset not in drawn
            continue
        ids = [i for i, _ in covering]
        winner = (
            active
            if active in ids
            else min(covering, key=lambda c: (min(c[1][1], 35) - max(c[1][0], 5), -c[0]))[0]
        )
        run = drawn[offset]
        assert run.note_id == winner
        assert run.colour == dict(spans)[winner][2]
        expected = (
            Strength.ACTIVE
            if winner == active
            else Strength.NESTED
            if len(covering) > 1
            else Strength.PLAIN
        )
        assert run.strength is expected
    assert all(a.end <= b.start for a, b in itertools.pairwise(runs))
