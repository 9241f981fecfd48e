"""Where a timeline's labels, markers, ticks and legend go at a zoom: pure geometry, no Qt."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from serge_desktop.ui.timeline.geometry.lanes import (
    HIDDEN,
    Box,
    Span,
    assign_lanes,
    flow,
    hidden_count,
    lane_count,
)
from serge_desktop.ui.timeline.geometry.scale import Window, whole_window, year_of
from serge_desktop.ui.timeline.geometry.ticks import Unit, tick_marks

__all__ = [
    "Box",
    "ItemSpec",
    "Metrics",
    "Placement",
    "Tick",
    "TimelineLayout",
    "assign_lanes",
    "compute_layout",
    "whole_span",
    "year_of",
]

PAD_Y = 6.0  # above the top lane and below the legend
POLE_OFFSET = 2.0  # a label starts just left of its pole, like a flag on a staff
TRACK_GAP = 3.0  # between stacked period bars
BAND_GAP = 8.0  # between the markers and the lowest lane of labels
MAJOR_TICK = 6.0
MINOR_TICK = 3.0
MAX_LANES = 20  # beyond these, a crowded view shows markers without labels: zoom in to read them
MAX_TRACKS = 8  # of period bars; more overlapping periods share the top track
CROWD = 400  # events in view beyond which labels are picked from a thinned crowd


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
    month_label_width: float = 0.0  # the widest month label (0: as wide as a year's)
    day_label_width: float = 0.0

    def tick_label_widths(self) -> dict[Unit, float]:
        year = self.tick_label_width
        month = max(year, self.month_label_width)
        return {"year": year, "month": month, "day": max(month, self.day_label_width)}


@dataclass(frozen=True, slots=True)
class Tick:
    x: float
    year: int
    major: bool
    month: int = 1
    day: int = 1
    unit: Unit = "year"


@dataclass(frozen=True, slots=True)
class Placement:
    key: int
    label: Box | None  # None when the lanes allowed are full there: the marker alone is drawn
    lane: int
    leftward: bool  # the label lies mostly left of its pole, which meets its right part
    anchor_x: float
    marker: Box  # the point's circle, or the period's bar (cut at the edges of the view)
    extent: Box | None  # a fuzzy date's earliest..latest span


@dataclass(frozen=True, slots=True)
class TimelineLayout:
    width: float
    height: float  # the widget's height or, when larger, the height the content needs
    required_height: float
    axis_y: float
    axis_x0: float
    axis_x1: float
    window: Window  # the time from axis_x0 to axis_x1
    ticks: tuple[Tick, ...]
    items: tuple[Placement, ...]  # the events in view, in time order, left to right
    legend: tuple[Box, ...]
    lanes: int

    def year_at(self, x: float) -> float:
        share = (x - self.axis_x0) / (self.axis_x1 - self.axis_x0)
        return self.window.start + share * self.window.span

    def x_of(self, year: float) -> float:
        share = (year - self.window.start) / self.window.span
        return self.axis_x0 + share * (self.axis_x1 - self.axis_x0)


def whole_span(specs: Sequence[ItemSpec]) -> Window:
    """What Fit all shows: every event, with air either side."""
    if not specs:
        return Window(0.0, 1.0)
    return whole_window(min(s.start for s in specs), max(s.end for s in specs))


def axis_ends(width: float, m: Metrics) -> tuple[float, float]:
    x0 = m.margin + max(m.marker_radius, max(m.tick_label_widths().values()) / 2)
    return x0, max(x0 + 1.0, width - x0)


def _in_view(s: ItemSpec, view: Window) -> bool:
    if s.is_period:
        return s.start < view.end and s.end > view.start
    return view.contains(s.anchor)


def _label_lanes(
    flags: list[list[Span]], anchors: list[float], m: Metrics, focus: int | None
) -> list[tuple[int, int]]:
    """(lane, span chosen) of each label, HIDDEN for those the lanes have no room for.

    Crowding differs at the two ends; sweep from both and keep the sweep hiding fewer labels,
    then needing fewer lanes. On a tie the sweep from the right wins: it favours labels to the
    right of their poles. In a crowd (thousands of events in view), only the first MAX_LANES
    of each stretch as wide as the narrowest label can get a lane: no more could show there.
    """
    candidates = list(range(len(flags)))
    if len(flags) > CROWD:
        narrowest = max(m.gap, min(right - left for left, right, _ in (f[0] for f in flags)))
        per_stretch: dict[int, int] = {}
        candidates = []
        for i, x in enumerate(anchors):
            stretch = int(x // narrowest)
            per_stretch[stretch] = per_stretch.get(stretch, 0) + 1
            if per_stretch[stretch] <= MAX_LANES or i == focus:
                candidates.append(i)
    options = [flags[i] for i in candidates]
    first = candidates.index(focus) if focus in candidates else None
    sweeps = (True,) if len(flags) > CROWD else (True, False)
    chosen = min(
        (
            assign_lanes(options, m.gap, from_right=r, max_lanes=MAX_LANES, first=first)
            for r in sweeps
        ),
        key=lambda lanes: (hidden_count(lanes), lane_count(lanes)),
    )
    lanes = [(HIDDEN, 0)] * len(flags)
    for i, lane in zip(candidates, chosen, strict=True):
        lanes[i] = lane
    return lanes


def compute_layout(
    specs: Sequence[ItemSpec],
    width: float,
    height: float,
    m: Metrics,
    window: Window | None = None,
    *,
    focus: int | None = None,
) -> TimelineLayout:
    """Lay out the events in `window` (all of them if None) in a `width` wide area.

    Labels sit in lanes above all markers, so they can cover neither each other nor a marker;
    the content needs `required_height`, which grows with the number of lanes (at most
    MAX_LANES; labels that find no room are left out, the event `focus` never).
    """
    view = window or whole_span(specs)
    ordered = sorted(
        (s for s in specs if _in_view(s, view)), key=lambda s: (s.anchor, s.start, s.key)
    )
    r = m.marker_radius
    x0, x1 = axis_ends(width, m)
    scale = (x1 - x0) / view.span

    def x_of(year: float) -> float:
        return x0 + (year - view.start) * scale

    anchors = [x_of(max(s.anchor, view.start)) for s in ordered]
    # Horizontal placement: period bars into tracks, labels into lanes.
    bars = [
        (max(x_of(s.start), x0 - r), min(max(x_of(s.end), x_of(s.start) + 2 * r), x1 + r))
        for s in ordered
    ]
    periods = [[(*b, 0)] for b, s in zip(bars, ordered, strict=True) if s.is_period]
    period_tracks = [
        MAX_TRACKS - 1 if track == HIDDEN else track
        for track, _ in assign_lanes(periods, TRACK_GAP, max_lanes=MAX_TRACKS)
    ]
    tracks = iter(period_tracks)
    track_count = 1 + max(period_tracks, default=-1)
    # A label flies like a flag from its pole, to the right or to the left. Pushed in from a
    # margin, the pole meets it further along: a second choice, still better than a new lane.
    flags: list[list[Span]] = []
    for s, ax in zip(ordered, anchors, strict=True):
        w = min(s.label_width, width - 2 * m.margin)
        spans: list[Span] = []
        for left in (ax - POLE_OFFSET, ax + POLE_OFFSET - w):
            pushed = max(m.margin, min(left, width - m.margin - w))
            if (pushed, pushed + w) not in [(a, b) for a, b, _ in spans]:
                spans.append((pushed, pushed + w, int(pushed != left)))
        flags.append(spans)
    focus_index = next((i for i, s in enumerate(ordered) if s.key == focus), None)
    lanes = _label_lanes(flags, anchors, m, focus_index)

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
    for s, ax, (bx0, bx1), spans, (lane, flag) in zip(
        ordered, anchors, bars, flags, lanes, strict=True
    ):
        left, right, _ = spans[flag]
        if s.is_period:
            track = next(tracks)
            bar_y = axis_y - r - 4.0 - (track + 1) * (m.bar_height + TRACK_GAP) + TRACK_GAP
            marker = Box(bx0, bar_y, bx1 - bx0, m.bar_height)
        else:
            marker = Box(ax - r, axis_y - r, 2 * r, 2 * r)
        extent = None
        if s.is_fuzzy and not s.is_period:
            extent = Box(bx0, axis_y - r / 2, bx1 - bx0, r)
        label = None
        if lane != HIDDEN:
            label_y = band_top - BAND_GAP - lane * lane_pitch - m.label_height
            label = Box(left, label_y + total, right - left, m.label_height)
        items.append(
            Placement(
                key=s.key,
                label=label,
                lane=lane,
                leftward=ax - left > right - ax,
                anchor_x=ax,
                marker=marker.shifted(total),
                extent=extent.shifted(total) if extent else None,
            )
        )

    ticks = tuple(
        Tick(x_of(t.when), t.year, t.major, t.month, t.day, t.unit)
        for t in (tick_marks(view.start, view.end, x1 - x0, m.tick_label_widths()) if specs else [])
    )
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
        window=view,
        ticks=ticks,
        items=tuple(items),
        legend=legend,
        lanes=lanes_needed,
    )
