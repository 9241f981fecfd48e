"""Stacking labels and bars into lanes where none overlaps: boxes and the lane sweep, no Qt."""

from __future__ import annotations

import math
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

HIDDEN = -1  # the lane of an item that fits in none of the lanes allowed

Span = tuple[float, float, int]  # left, right, rank: lower ranks are taken where they fit


@dataclass(frozen=True, slots=True)
class Box:
    """An axis-aligned rectangle in widget coordinates."""

    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    def intersects(self, other: Box) -> bool:
        return (
            self.x < other.right
            and other.x < self.right
            and self.y < other.bottom
            and other.y < self.bottom
        )

    def shifted(self, dy: float) -> Box:
        return Box(self.x, self.y + dy, self.w, self.h)


class _Lane:
    """The spans taken in one lane, kept sorted by their left edges (they never overlap)."""

    __slots__ = ("lefts", "rights")

    def __init__(self) -> None:
        self.lefts: list[float] = []
        self.rights: list[float] = []

    def fits(self, left: float, right: float, gap: float) -> bool:
        at = bisect_left(self.lefts, left)
        if at and self.rights[at - 1] + gap > left:
            return False
        return at == len(self.lefts) or right + gap <= self.lefts[at]

    def take(self, left: float, right: float) -> None:
        at = bisect_left(self.lefts, left)
        self.lefts.insert(at, left)
        self.rights.insert(at, right)


def assign_lanes(
    options: Sequence[Sequence[Span]],
    gap: float,
    *,
    from_right: bool = False,
    max_lanes: int | None = None,
    first: int | None = None,
    preferred: Sequence[tuple[int, int]] | None = None,
) -> list[tuple[int, int]]:
    """Give each item the lowest lane where one of its spans keeps `gap` from the others there.

    Items are in time order, each with its possible spans; the answer is (lane, index of the span
    chosen) for each, lane HIDDEN when `max_lanes` are full where it would go. Within a lane the
    lowest rank wins, then, sweeping from the left, the span that ends soonest, leaving room for
    the items still to come; from the right, the one that starts latest. Item `first`, if given,
    is placed before all others, so that it is never the one hidden.

    With `preferred` (each item's lane and span in an earlier layout, lane HIDDEN for none),
    every item first keeps its lane (and its side of the pole) where it still fits; only the
    others are swept into the lowest free lane, so that adding or removing one item moves no
    label that need not move. Lanes left empty close up.
    """
    lanes: list[_Lane] = []
    chosen: dict[int, tuple[int, int]] = {}
    indices = list(range(len(options) - 1, -1, -1) if from_right else range(len(options)))
    if first is not None and 0 <= first < len(options):
        indices.remove(first)
        indices.insert(0, first)
    if preferred is not None:
        indices = _keep_preferred(
            options, gap, preferred, max_lanes, from_right, indices, lanes, chosen
        )
    for item in indices:
        spans = options[item]
        chosen[item] = (HIDDEN, 0)
        for lane in range(len(lanes) + 1):
            if lane == len(lanes):
                if max_lanes is not None and lane >= max_lanes:
                    break
                lanes.append(_Lane())
            best = _best_span(spans, lanes[lane], gap, from_right)
            if best is not None:
                lanes[lane].take(spans[best][0], spans[best][1])
                chosen[item] = (lane, best)
                break
    answer = [chosen[item] for item in range(len(options))]
    return _closed_up(answer) if preferred is not None else answer


def _best_span(spans: Sequence[Span], lane: _Lane, gap: float, from_right: bool) -> int | None:
    # A loop rather than min() over a list, and _Lane.fits written out: this runs for every
    # label in every lane tried (two thousand times a zoom step in a crowd). A span starting
    # at or before the lane's first one needs no bisection (it would find 0): only that first
    # span can be in its way. That is most tests in a sweep from the right, and nearly every
    # one that fails (a label hidden tries every lane).
    lefts, rights = lane.lefts, lane.rights
    count = len(lefts)
    first = lefts[0] if count else math.inf
    best: int | None = None
    best_rank, best_end = 0, 0.0
    for i, (left, right, rank) in enumerate(spans):
        if left <= first:
            if right + gap > first:
                continue
        else:
            at = bisect_left(lefts, left)
            if rights[at - 1] + gap > left or (at < count and right + gap > lefts[at]):
                continue
        end = -left if from_right else right
        # (rank, end) compared as the tuples they were: the lower rank, then the sooner end.
        if best is None or rank < best_rank or (rank == best_rank and end < best_end):
            best, best_rank, best_end = i, rank, end
    return best


def _keep_preferred(
    options: Sequence[Sequence[Span]],
    gap: float,
    preferred: Sequence[tuple[int, int]],
    max_lanes: int | None,
    from_right: bool,
    indices: list[int],
    lanes: list[_Lane],
    chosen: dict[int, tuple[int, int]],
) -> list[int]:
    """Put each item in its preferred lane where it fits; the items left, in sweep order."""
    left_over = []
    for item in indices:
        want, side = preferred[item]
        if want == HIDDEN or (max_lanes is not None and want >= max_lanes):
            left_over.append(item)
            continue
        while len(lanes) <= want:
            lanes.append(_Lane())
        spans = options[item]
        best: int | None = None
        if 0 <= side < len(spans) and lanes[want].fits(spans[side][0], spans[side][1], gap):
            best = side
        else:
            best = _best_span(spans, lanes[want], gap, from_right)
        if best is None:
            left_over.append(item)
            continue
        lanes[want].take(options[item][best][0], options[item][best][1])
        chosen[item] = (want, best)
    return left_over


def _closed_up(chosen: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The same lanes with the empty ones removed, so no gap opens between lanes."""
    used = sorted({lane for lane, _ in chosen if lane != HIDDEN})
    if used == list(range(len(used))):
        return chosen
    rank = {lane: i for i, lane in enumerate(used)}
    return [(rank[lane], span) if lane != HIDDEN else (lane, span) for lane, span in chosen]


def lane_count(chosen: Sequence[tuple[int, int]]) -> int:
    return 1 + max((lane for lane, _ in chosen), default=-1)


def hidden_count(chosen: Sequence[tuple[int, int]]) -> int:
    return sum(1 for lane, _ in chosen if lane == HIDDEN)


def flow(
    widths: Sequence[float], left: float, right: float, spacing: float
) -> list[tuple[int, float]]:
    """(row, x) for each width, wrapping onto a new row when the next one would pass `right`."""
    placed = []
    row, x = 0, left
    for width in widths:
        if x > left and x + width > right:
            row, x = row + 1, left
        placed.append((row, x))
        x += width + spacing
    return placed
