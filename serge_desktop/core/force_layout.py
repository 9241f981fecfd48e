"""A seeded, deterministic Fruchterman–Reingold force-directed layout of a small graph."""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Iterable
from dataclasses import dataclass

# Every pair of nodes repels every other, so one step costs n² / 2 pair visits in pure Python:
# 300 nodes lay out in well under a second, and a drawing of more names is unreadable anyway.
MAX_NODES = 300
ITERATIONS = 50
# Two nodes closer than this are treated as this far apart, so repulsion stays finite.
_MIN_DISTANCE = 1e-3
_GRAVITY = 4.0


class LayoutStoppedError(Exception):
    """The caller's ``between`` asked the layout to stop (the reader cancelled it)."""


@dataclass(frozen=True, slots=True)
class Edge:
    """An undirected link between two nodes, given by their positions in the node list."""

    source: int
    target: int
    weight: float = 1.0


def force_layout(
    count: int,
    edges: Iterable[Edge],
    *,
    seed: int = 1,
    iterations: int = ITERATIONS,
    between: Callable[[int, int], bool] | None = None,
) -> list[tuple[float, float]]:
    """Positions in the unit square for nodes 0 … count-1, linked nodes drawn near each other.

    Fruchterman and Reingold (1991): every pair repels with k²/d, every edge attracts with
    weight·d²/k, k being the ideal distance √(area / n); each step moves a node at most the
    current temperature, which cools linearly. In place of the paper's frame, a gravity towards
    the middle holds the drawing together (nodes pressed against a frame pile up on its edges).
    The start is drawn from ``random.Random(seed)`` and nothing else is random, so the same graph
    and seed give the same drawing on every machine. Edges are merged (weights added) and taken
    in sorted order, so their order in the input does not matter; loops are ignored.

    ``between(done, iterations)`` is called after each step: a worker thread gives the others
    the interpreter there (a pure-Python loop holds it otherwise), and stops the layout by
    returning False, which raises ``LayoutStoppedError``.
    """
    if count < 0 or count > MAX_NODES:
        raise ValueError(f"can lay out 0 to {MAX_NODES} nodes, not {count}")
    if iterations < 0:
        raise ValueError(f"iterations must not be negative, not {iterations}")
    links = _merged(count, edges)
    if count == 0:
        return []
    if count == 1:
        return [(0.5, 0.5)]
    draw = random.Random(seed)
    xs = [draw.random() for _ in range(count)]
    ys = [draw.random() for _ in range(count)]
    k = math.sqrt(1.0 / count)
    temperature = 0.1
    cooling = temperature / (iterations + 1)
    for iteration in range(iterations):
        dx_total, dy_total = _repulsion(xs, ys, k * k)
        for (i, j), weight in links:
            dx, dy = xs[i] - xs[j], ys[i] - ys[j]
            pull = weight * max(math.hypot(dx, dy), _MIN_DISTANCE) / k  # d²/k along (dx, dy)/d
            dx_total[i] -= dx * pull
            dy_total[i] -= dy * pull
            dx_total[j] += dx * pull
            dy_total[j] += dy * pull
        for i in range(count):
            # Gravity G·r towards the middle balances the n·k²/r = 1/r the others push an outer
            # node with at r = 1/√G = 0.5: the drawing keeps the frame's size, and a node with
            # no edges stays near the rest instead of drifting off (which would shrink everything
            # else when the drawing is fitted to the square).
            fx = dx_total[i] - _GRAVITY * (xs[i] - 0.5)
            fy = dy_total[i] - _GRAVITY * (ys[i] - 0.5)
            length = math.hypot(fx, fy)
            if length > 0.0:
                step = min(length, temperature) / length
                xs[i] += fx * step
                ys[i] += fy * step
        temperature -= cooling
        if between is not None and not between(iteration + 1, iterations):
            raise LayoutStoppedError
    return _fitted(xs, ys)


def _repulsion(xs: list[float], ys: list[float], k2: float) -> tuple[list[float], list[float]]:
    """The push every node gets from all the others, k²/d each, visiting each pair once."""
    count = len(xs)
    dx_total = [0.0] * count
    dy_total = [0.0] * count
    floor = _MIN_DISTANCE * _MIN_DISTANCE
    for i in range(count - 1):
        xi, yi = xs[i], ys[i]
        push_x = push_y = 0.0
        for j in range(i + 1, count):
            dx = xi - xs[j]
            dy = yi - ys[j]
            squared = dx * dx + dy * dy
            if squared < floor:
                squared = floor
            force = k2 / squared  # k²/d along the unit vector (dx, dy)/d
            fx = dx * force
            fy = dy * force
            push_x += fx
            push_y += fy
            dx_total[j] -= fx
            dy_total[j] -= fy
        dx_total[i] += push_x
        dy_total[i] += push_y
    return dx_total, dy_total


def _merged(count: int, edges: Iterable[Edge]) -> list[tuple[tuple[int, int], float]]:
    weights: dict[tuple[int, int], float] = {}
    for edge in edges:
        if not (0 <= edge.source < count and 0 <= edge.target < count):
            raise ValueError(f"edge {edge.source}–{edge.target} names a node not in 0…{count - 1}")
        if not (math.isfinite(edge.weight) and edge.weight > 0):
            raise ValueError(f"edge weight must be positive and finite, not {edge.weight}")
        if edge.source != edge.target:
            pair = (min(edge.source, edge.target), max(edge.source, edge.target))
            weights[pair] = weights.get(pair, 0.0) + edge.weight
    return sorted(weights.items())


def _fitted(xs: list[float], ys: list[float]) -> list[tuple[float, float]]:
    """Scaled to fill the unit square along the longer side, centred along the other.

    One scale for both axes keeps the distances the forces settled on, so a drawing's shape is
    the layout's, not the window's.
    """
    left, top = min(xs), min(ys)
    width, height = max(xs) - left, max(ys) - top
    span = max(width, height)
    if span == 0.0:
        return [(0.5, 0.5)] * len(xs)
    margin_x, margin_y = (1.0 - width / span) / 2, (1.0 - height / span) / 2
    return [
        (_unit(margin_x + (x - left) / span), _unit(margin_y + (y - top) / span))
        for x, y in zip(xs, ys, strict=True)
    ]


def _unit(value: float) -> float:
    # Rounding can leave a coordinate a hair outside [0, 1].
    return min(1.0, max(0.0, value))
