"""The lane sweep's shortcuts choose what trying every span in every lane in turn chooses."""

from __future__ import annotations

from collections.abc import Sequence

from hypothesis import given, settings
from hypothesis import strategies as st

from serge_desktop.ui.timeline.geometry.lanes import HIDDEN, Span, assign_lanes


def plainly(
    options: Sequence[Sequence[Span]], gap: float, from_right: bool, max_lanes: int | None
) -> list[tuple[int, int]]:
    """The sweep as `assign_lanes` documents it, each span tested against every one taken."""
    lanes: list[list[tuple[float, float]]] = []
    chosen: dict[int, tuple[int, int]] = {}
    order = range(len(options) - 1, -1, -1) if from_right else range(len(options))
    for item in order:
        chosen[item] = (HIDDEN, 0)
        for lane in range(len(lanes) + 1):
            if lane == len(lanes):
                if max_lanes is not None and lane >= max_lanes:
                    break
                lanes.append([])
            fitting = [
                (rank, -left if from_right else right, i)
                for i, (left, right, rank) in enumerate(options[item])
                if all(right + gap <= a or b + gap <= left for a, b in lanes[lane])
            ]
            if fitting:
                best = min(fitting)[2]
                lanes[lane].append(options[item][best][:2])
                chosen[item] = (lane, best)
                break
    return [chosen[item] for item in range(len(options))]


# Lefts on a coarse grid as well as anywhere, so that spans often start together or touch.
edges = st.one_of(st.floats(0, 600), st.integers(0, 60).map(lambda n: n * 10.0))
flag = st.tuples(edges, st.one_of(st.floats(5, 150), st.just(40.0)), st.integers(0, 1))


@settings(max_examples=300)
@given(
    st.lists(st.lists(flag, min_size=1, max_size=3), max_size=40),
    st.sampled_from([0.0, 4.0, 6.5]),
    st.booleans(),
    st.sampled_from([None, 1, 3, 8]),
)
def test_the_sweep_chooses_as_trying_every_span_would(
    items: list[list[tuple[float, float, int]]],
    gap: float,
    from_right: bool,
    max_lanes: int | None,
) -> None:
    options = [[(left, left + width, rank) for left, width, rank in spans] for spans in items]
    expected = plainly(options, gap, from_right, max_lanes)
    assert assign_lanes(options, gap, from_right=from_right, max_lanes=max_lanes) == expected
