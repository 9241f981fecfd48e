from __future__ import annotations

import math
import random
from itertools import combinations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from serge_desktop.core.force_layout import MAX_NODES, Edge, LayoutStoppedError, force_layout


def distance(a: tuple[float, float], b: tuple[float, float]) -> float:
    return math.hypot(a[0] - b[0], a[1] - b[1])


def mean(values: list[float]) -> float:
    return sum(values) / len(values)


@st.composite
def graphs(draw: st.DrawFn) -> tuple[int, list[Edge]]:
    count = draw(st.integers(min_value=0, max_value=24))
    if count == 0:
        return 0, []
    node = st.integers(min_value=0, max_value=count - 1)
    weight = st.integers(min_value=1, max_value=40).map(float)
    edges = draw(st.lists(st.builds(Edge, node, node, weight), max_size=60))
    return count, edges


@settings(max_examples=60, deadline=None)
@given(graphs(), st.integers(min_value=0, max_value=2**32), st.randoms(use_true_random=False))
def test_every_node_lands_apart_in_the_unit_square_the_same_way_every_time(
    graph: tuple[int, list[Edge]], seed: int, shuffler: random.Random
) -> None:
    count, edges = graph
    placed = force_layout(count, edges, seed=seed)
    assert len(placed) == count
    assert all(0.0 <= x <= 1.0 and 0.0 <= y <= 1.0 for x, y in placed)
    assert all(math.isfinite(x) and math.isfinite(y) for x, y in placed)
    # Nodes never sit on one another, however heavy the edges between them.
    assert all(distance(a, b) > 1e-4 for a, b in combinations(placed, 2))
    if count > 1:  # fitted to the square: the longer side spans it
        xs, ys = [x for x, _ in placed], [y for _, y in placed]
        assert max(max(xs) - min(xs), max(ys) - min(ys)) == pytest.approx(1.0)
    # The same graph gives the same drawing, whatever order its edges come in.
    shuffled = list(edges)
    shuffler.shuffle(shuffled)
    assert force_layout(count, shuffled, seed=seed) == placed


def test_linked_nodes_are_drawn_closer_than_strangers() -> None:
    # Two groups of five, each linked all round, and one thin link between them.
    group_a, group_b = range(5), range(5, 10)
    edges = [Edge(a, b) for group in (group_a, group_b) for a, b in combinations(group, 2)]
    edges.append(Edge(0, 5))
    placed = force_layout(10, edges, seed=7)
    pairs = [pair for group in (group_a, group_b) for pair in combinations(group, 2)]
    within = [distance(placed[a], placed[b]) for a, b in pairs]
    between = [distance(placed[a], placed[b]) for a in group_a for b in group_b]
    assert mean(within) < 0.6 * mean(between)


def test_a_heavier_edge_pulls_its_ends_closer() -> None:
    # A star whose centre shares one passage with each leaf, then many with one of them.
    star = [Edge(0, leaf) for leaf in range(1, 8)]
    light = force_layout(8, star, seed=3)
    heavy = force_layout(8, [*star, Edge(0, 1, 29.0)], seed=3)
    assert distance(heavy[0], heavy[1]) < 0.6 * distance(light[0], light[1])
    assert all(distance(heavy[0], heavy[1]) < distance(heavy[0], heavy[n]) for n in range(2, 8))


def test_a_node_without_edges_stays_near_the_rest() -> None:
    # Without gravity a lone node drifts off and the fitted drawing squeezes the others together.
    edges = [Edge(a, b) for a, b in combinations(range(6), 2)]
    placed = force_layout(7, edges, seed=1)
    cluster = [distance(placed[a], placed[b]) for a, b in combinations(range(6), 2)]
    assert min(cluster) > 0.15


def test_the_seed_chooses_the_drawing() -> None:
    edges = [Edge(0, 1), Edge(1, 2), Edge(2, 3)]
    assert force_layout(4, edges, seed=1) == force_layout(4, edges, seed=1)
    assert force_layout(4, edges, seed=1) != force_layout(4, edges, seed=2)


def test_small_graphs() -> None:
    assert force_layout(0, []) == []
    assert force_layout(1, [Edge(0, 0)]) == [(0.5, 0.5)]
    # Two nodes end at opposite ends of the longer side, centred along the other.
    (a, b) = force_layout(2, [Edge(0, 1)])
    assert max(abs(a[0] - b[0]), abs(a[1] - b[1])) == pytest.approx(1.0)
    assert mean([a[0], b[0]]) == pytest.approx(0.5) and mean([a[1], b[1]]) == pytest.approx(0.5)


def test_duplicate_edges_add_up_and_loops_are_ignored() -> None:
    merged = force_layout(3, [Edge(0, 1, 3.0), Edge(1, 2)], seed=5)
    assert force_layout(3, [Edge(1, 0), Edge(0, 1, 2.0), Edge(2, 1), Edge(2, 2)], seed=5) == merged


def test_zero_iterations_give_the_seeded_start_fitted() -> None:
    placed = force_layout(5, [], seed=4, iterations=0)
    assert len(set(placed)) == 5


@pytest.mark.parametrize(
    ("count", "edges", "iterations"),
    [
        (-1, [], 10),
        (MAX_NODES + 1, [], 10),
        (3, [Edge(0, 3)], 10),
        (3, [Edge(-1, 0)], 10),
        (3, [Edge(0, 1, 0.0)], 10),
        (3, [Edge(0, 1, math.nan)], 10),
        (3, [Edge(0, 1, math.inf)], 10),
        (3, [], -1),
    ],
)
def test_bad_input_is_refused(count: int, edges: list[Edge], iterations: int) -> None:
    with pytest.raises(ValueError):
        force_layout(count, edges, iterations=iterations)


def test_between_steps_sees_each_step_leaves_the_drawing_alone_and_can_stop_it() -> None:
    edges = [Edge(i, (i * 7) % 40, 1.0) for i in range(40)]
    seen: list[tuple[int, int]] = []

    def between(done: int, total: int) -> bool:
        seen.append((done, total))
        return True

    assert force_layout(40, edges, seed=5, between=between) == force_layout(40, edges, seed=5)
    assert seen == [(i, 50) for i in range(1, 51)]
    with pytest.raises(LayoutStoppedError):
        force_layout(40, edges, seed=5, between=lambda done, _total: done < 3)
