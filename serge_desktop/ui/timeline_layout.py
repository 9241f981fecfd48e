"""Where a timeline's labels, markers, ticks and legend go: pure geometry, no Qt, no painting."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass

PAD_Y = 6.0  # above the top lane and below the legend
POLE_OFFSET = 2.0  # a label starts just left of its pole, like a flag on a staff
TRACK_GAP = 3.0  # between stacked period bars
BAND_GAP = 8.0  # between the markers and the lowest lane of labels
MAJOR_TICK = 6.0
MINOR_TICK = 3.0
TICK_STEPS = (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000)


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


def year_of(day: dt.date) -> float:
    """Turn a date into a fractional year, so that dates of any precision share one axis."""
    start = dt.date(day.year, 1, 1)
    length = (dt.date(day.year + 1, 1, 1) - start).days
    return day.year + (day - start).days / length


@dataclass(frozen=True, slots=True)
class ItemSpec:
    """What the layout needs to know of one event: its time extent and its label's natural width."""

    key: int
    start: float  # fractional year of the earliest day
    end: float  # fractional year just after the latest day (the bounds are inclusive)
    is_period: bool
    is_fuzzy: bool  # a point whose date is uncertain: its extent is drawn faintly
    label_width: float

    @property
    def anchor(self) -> float:
        """Where the event meets the axis: a period's start, a point's middle."""
        return self.start if self.is_period else (self.start + self.end) / 2


@dataclass(frozen=True, slots=True)
class Metrics:
    """Sizes measured from the widget's fonts, so the layout follows the user's font size."""

    label_height: float
    marker_radius: float
    bar_height: float
    tick_label_width: float  # the widest year label
    tick_label_height: float
    legend_height: float
    legend_widths: tuple[float, ...]
    margin: float = 12.0
    gap: float = 8.0  # horizontal space between two labels of one lane
    lane_gap: float = 4.0


@dataclass(frozen=True, slots=True)
class Tick:
    x: float
    year: int
    major: bool


@dataclass(frozen=True, slots=True)
class Placement:
    key: int
    label: Box
    lane: int
    leftward: bool  # the label lies mostly left of its pole, which meets its right part
    anchor_x: float
    marker: Box  # the point's circle, or the period's bar
    extent: Box | None  # a fuzzy date's earliest..latest span


@dataclass(frozen=True, slots=True)
class TimelineLayout:
    width: float
    height: float  # the widget's height or, when larger, the height the content needs
    required_height: float
    axis_y: float
    axis_x0: float
    axis_x1: float
    ticks: tuple[Tick, ...]
    items: tuple[Placement, ...]  # in time order, left to right
    legend: tuple[Box, ...]
    lanes: int


Span = tuple[float, float, int]  # left, right, rank: lower ranks are taken where they fit


def assign_lanes(
    options: Sequence[Sequence[Span]], gap: float, *, from_right: bool = False
) -> list[tuple[int, int]]:
    """Give each item the lowest lane where one of its spans keeps `gap` from the others there.

    Items are in time order, each with its possible spans; the answer is (lane, index of the span
    chosen) for each. Within a lane the lowest rank wins, then, sweeping from the left, the span
    that ends soonest, leaving room for the items still to come; from the right, the one that
    starts latest.
    """
    lanes: list[list[Span]] = []
    chosen: dict[int, tuple[int, int]] = {}
    indices = range(len(options) - 1, -1, -1) if from_right else range(len(options))
    for item in indices:
        spans = options[item]
        for lane, placed in enumerate([*lanes, []]):
            free = [
                i
                for i, (left, right, _) in enumerate(spans)
                if all(right + gap <= a or b + gap <= left for a, b, _ in placed)
            ]
            if free:
                best = min(
                    free,
                    key=lambda i: (spans[i][2], -spans[i][0] if from_right else spans[i][1]),
                )
                if lane == len(lanes):
                    lanes.append([])
                lanes[lane].append(spans[best])
                chosen[item] = (lane, best)
                break
    return [chosen[item] for item in range(len(options))]


def lane_count(chosen: Sequence[tuple[int, int]]) -> int:
    return 1 + max((lane for lane, _ in chosen), default=-1)


def tick_step(px_per_year: float, label_width: float, span_years: float) -> int:
    """Decades, unless years are too cramped for their labels or the span is only a few years."""
    needed = label_width + 12.0
    smallest = 1 if span_years <= 20 else 10
    for step in TICK_STEPS:
        if step >= smallest and step * px_per_year >= needed:
            return step
    return TICK_STEPS[-1]


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


def compute_layout(
    specs: Sequence[ItemSpec], width: float, height: float, m: Metrics
) -> TimelineLayout:
    """Lay the events out in a `width` wide area at least `height` tall, axis near the bottom.

    Labels sit in lanes above all markers, so they can cover neither each other nor a marker;
    the content needs `required_height`, which grows with the number of lanes.
    """
    ordered = sorted(specs, key=lambda s: (s.anchor, s.start, s.key))
    r = m.marker_radius
    x0 = m.margin + max(r, m.tick_label_width / 2)
    x1 = max(x0 + 1.0, width - x0)
    if ordered:
        lo = min(s.start for s in ordered)
        hi = max(s.end for s in ordered)
    else:
        lo, hi = 0.0, 1.0
    pad = max(0.5, (hi - lo) * 0.02)
    first, last = lo - pad, hi + pad
    scale = (x1 - x0) / (last - first)

    def x_of(year: float) -> float:
        return x0 + (year - first) * scale

    # Horizontal placement: period bars into tracks, labels into lanes.
    bars = [(x_of(s.start), max(x_of(s.end), x_of(s.start) + 2 * r)) for s in ordered]
    periods = [[(*b, 0)] for b, s in zip(bars, ordered, strict=True) if s.is_period]
    period_tracks = [track for track, _ in assign_lanes(periods, TRACK_GAP)]
    tracks = iter(period_tracks)
    track_count = 1 + max(period_tracks, default=-1)
    # A label flies like a flag from its pole, to the right or to the left. Pushed in from a
    # margin, the pole meets it further along: a second choice, still better than a new lane.
    flags: list[list[Span]] = []
    for s in ordered:
        ax, w = x_of(s.anchor), min(s.label_width, width - 2 * m.margin)
        spans: list[Span] = []
        for left in (ax - POLE_OFFSET, ax + POLE_OFFSET - w):
            pushed = max(m.margin, min(left, width - m.margin - w))
            if (pushed, pushed + w) not in [(a, b) for a, b, _ in spans]:
                spans.append((pushed, pushed + w, int(pushed != left)))
        flags.append(spans)
    # Crowding differs at the two ends; sweep from both and keep the sweep needing fewer lanes.
    # On a tie the sweep from the right wins: it favours labels to the right of their poles.
    lanes = min(
        (assign_lanes(flags, m.gap, from_right=True), assign_lanes(flags, m.gap)), key=lane_count
    )

    # Vertical placement, measured upward from y = 0 at the bottom edge, then shifted down.
    legend_flow = flow(m.legend_widths, m.margin, width - m.margin, 18.0)
    legend_rows = 1 + max((row for row, _ in legend_flow), default=-1)
    legend_top = -PAD_Y - legend_rows * m.legend_height
    axis_y = legend_top - 6.0 - m.tick_label_height - 2.0 - MAJOR_TICK
    band_top = axis_y - r - (4.0 + track_count * (m.bar_height + TRACK_GAP) if track_count else 0)
    lane_pitch = m.label_height + m.lane_gap
    lanes_needed = lane_count(lanes)
    top = band_top - BAND_GAP - lanes_needed * lane_pitch + (m.lane_gap if lanes_needed else 0)
    required = PAD_Y - top
    total = max(height, required)
    if lanes_needed and height > required:  # spare height: air between lanes, within reason
        lane_pitch += min((height - required) / lanes_needed, m.label_height / 2)

    items = []
    for s, (bx0, bx1), spans, (lane, flag) in zip(ordered, bars, flags, lanes, strict=True):
        left, right, _ = spans[flag]
        ax = x_of(s.anchor)

        if s.is_period:
            track = next(tracks)
            bar_y = axis_y - r - 4.0 - (track + 1) * (m.bar_height + TRACK_GAP) + TRACK_GAP
            marker = Box(bx0, bar_y, bx1 - bx0, m.bar_height)
        else:
            marker = Box(ax - r, axis_y - r, 2 * r, 2 * r)
        extent = None
        if s.is_fuzzy and not s.is_period:
            extent = Box(bx0, axis_y - r / 2, bx1 - bx0, r)
        label_y = band_top - BAND_GAP - lane * lane_pitch - m.label_height
        items.append(
            Placement(
                key=s.key,
                label=Box(left, label_y + total, right - left, m.label_height),
                lane=lane,
                leftward=ax - left > right - ax,
                anchor_x=ax,
                marker=marker.shifted(total),
                extent=extent.shifted(total) if extent else None,
            )
        )

    ticks: list[Tick] = []
    if ordered:
        step = tick_step(scale, m.tick_label_width, hi - lo)
        minor = 1 if scale >= 4 else (10 if step > 10 and scale * 10 >= 4 else 0)
        every = minor or step
        year = math.ceil(first / every) * every
        while year <= last:
            if year % step == 0 or minor:
                ticks.append(Tick(x_of(year), year, major=year % step == 0))
            year += every

    legend = tuple(
        Box(x, total + legend_top + row * m.legend_height, w, m.legend_height)
        for (row, x), w in zip(legend_flow, m.legend_widths, strict=True)
    )
    return TimelineLayout(
        width=width,
        height=total,
        required_height=required,
        axis_y=total + axis_y,
        axis_x0=x0,
        axis_x1=x1,
        ticks=tuple(ticks),
        items=tuple(items),
        legend=legend,
        lanes=lanes_needed,
    )
