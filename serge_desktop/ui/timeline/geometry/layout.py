"""Where a timeline's labels, markers, ticks and legend go at a zoom: pure geometry, no Qt."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from serge_desktop.ui.timeline.geometry.fitting import (
    CROWD,
    MAX_LANES,
    LabelStyle,
    fitted_lanes,
    styles,
)
from serge_desktop.ui.timeline.geometry.lanes import (
    HIDDEN,
    Box,
    Span,
    assign_lanes,
    flow,
)
from serge_desktop.ui.timeline.geometry.scale import Window, whole_window, year_of
from serge_desktop.ui.timeline.geometry.ticks import Unit, tick_marks

__all__ = [
    "CROWD",
    "MAX_LANES",
    "Box",
    "ItemSpec",
    "LabelStyle",
    "Metrics",
    "Placement",
    "Tick",
    "TimelineLayout",
    "assign_lanes",
    "compute_layout",
    "minimum_height",
    "whole_span",
    "year_of",
]

PAD_Y = 6.0  # above the top lane and below the legend
POLE_OFFSET = 2.0  # a label starts just left of its pole, like a flag on a staff
TRACK_GAP = 3.0  # between stacked period bars
BAND_GAP = 8.0  # between the markers and the lowest lane of labels
MAJOR_TICK = 6.0
MINOR_TICK = 3.0
MAX_TRACKS = 8  # of period bars; more overlapping periods share the top track


@dataclass(frozen=True, slots=True)
class ItemSpec:
    """What the layout needs to know of one event: its time extent and its label's natural width."""

    key: int
    start: float  # fractional year of the earliest day
    end: float  # fractional year just after the latest day (the bounds are inclusive)
    is_period: bool
    is_fuzzy: bool  # a point whose date is uncertain: its extent is drawn faintly
    label_width: float
    short_width: float = 0.0  # the label without its date caption (0: as wide as with it)

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
    side: int = 0  # which of its spans the label took (kept when the events change)


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
    captions: bool = True  # the labels carry their date captions (dropped when room is short)
    callout_y: float = 0.0  # the top of the lowest lane, where a hidden label shows on demand
    label_height: float = 0.0
    margin: float = 0.0

    def callout(self, anchor_x: float, label_width: float) -> Box:
        """Where a hidden label shows on hover or focus: in the lowest lane, over the others."""
        w = min(label_width, self.width - 2 * self.margin)
        left = max(self.margin, min(anchor_x - POLE_OFFSET, self.width - self.margin - w))
        return Box(left, self.callout_y, w, self.label_height)

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


def _flags(
    ordered: Sequence[ItemSpec], anchors: Sequence[float], width: float, m: Metrics, short: bool
) -> list[list[Span]]:
    """Each label's possible spans: flying right or left of its pole, pushed in from the margins.

    A label flies like a flag from its pole, to the right or to the left. Pushed in from a
    margin, the pole meets it further along: a second choice, still better than a new lane.
    """
    flags: list[list[Span]] = []
    for s, ax in zip(ordered, anchors, strict=True):
        natural = (s.short_width or s.label_width) if short else s.label_width
        w = min(natural, width - 2 * m.margin)
        spans: list[Span] = []
        for left in (ax - POLE_OFFSET, ax + POLE_OFFSET - w):
            pushed = max(m.margin, min(left, width - m.margin - w))
            if (pushed, pushed + w) not in [(a, b) for a, b, _ in spans]:
                spans.append((pushed, pushed + w, int(pushed != left)))
        flags.append(spans)
    return flags


def compute_layout(
    specs: Sequence[ItemSpec],
    width: float,
    height: float,
    m: Metrics,
    window: Window | None = None,
    *,
    fit_height: bool = True,
    previous: Mapping[int, tuple[int, int]] | None = None,
) -> TimelineLayout:
    """Lay out the events in `window` (all of them if None) in a `width` by `height` area.

    Labels sit in lanes above all markers, so they can cover neither each other nor a marker.
    With `fit_height` every lane fits in `height` (labels shrink, then collapse to markers);
    without it the content needs `required_height`, which grows with the lanes (at most
    MAX_LANES). `previous` gives each event's (lane, side) before a change, kept where it
    still fits.
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

    # Vertical placement, measured upward from y = 0 at the bottom edge, then shifted down.
    legend_flow = flow(m.legend_widths, m.margin, width - m.margin, 18.0)
    legend_rows = 1 + max((row for row, _ in legend_flow), default=-1)
    legend_top = -PAD_Y - legend_rows * m.legend_height
    axis_y = legend_top - 6.0 - m.tick_label_height - 2.0 - MAJOR_TICK
    band_top = axis_y - r - (4.0 + track_count * (m.bar_height + TRACK_GAP) if track_count else 0)
    labels_bottom = band_top - BAND_GAP
    room = height - PAD_Y + labels_bottom if fit_height else None
    crowd = room is not None and len(ordered) > CROWD  # straight to the most compact labels
    compact = _flags(ordered, anchors, width, m, short=True) if room is not None else []
    full = compact if crowd else _flags(ordered, anchors, width, m, short=False)
    wanted = [previous.get(s.key, (HIDDEN, 0)) for s in ordered] if previous else None
    style, lanes = fitted_lanes(
        (full, compact), anchors, m.gap, room, styles(m.label_height, m.lane_gap), wanted
    )
    flags = full if style.captions else compact
    lane_pitch = style.pitch
    lanes_needed = 1 + max((lane for lane, _ in lanes), default=-1)
    top = labels_bottom - lanes_needed * lane_pitch + (style.lane_gap if lanes_needed else 0)
    required = PAD_Y - top
    total = max(height, required)
    if lanes_needed and height > required:  # spare height: air between lanes, within reason
        lane_pitch += min((height - required) / lanes_needed, style.label_height / 2)

    def label_box(left: float, right: float, lane: int) -> Box:
        label_y = labels_bottom - lane * lane_pitch - style.label_height
        return Box(left, max(0.0, label_y + total), right - left, style.label_height)

    items = []
    for i, (s, ax, (bx0, bx1), (lane, flag)) in enumerate(
        zip(ordered, anchors, bars, lanes, strict=True)
    ):
        left, right, _ = flags[i][flag]
        if s.is_period:
            track = next(tracks)
            bar_y = axis_y - r - 4.0 - (track + 1) * (m.bar_height + TRACK_GAP) + TRACK_GAP
            marker = Box(bx0, bar_y, bx1 - bx0, m.bar_height)
        else:
            marker = Box(ax - r, axis_y - r, 2 * r, 2 * r)
        extent = None
        if s.is_fuzzy and not s.is_period:
            extent = Box(bx0, axis_y - r / 2, bx1 - bx0, r)
        label = label_box(left, right, lane) if lane != HIDDEN else None
        items.append(
            Placement(
                key=s.key,
                label=label,
                lane=lane,
                leftward=ax - left > right - ax,
                anchor_x=ax,
                marker=marker.shifted(total),
                extent=extent.shifted(total) if extent else None,
                side=flag,
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
        captions=style.captions,
        callout_y=label_box(0.0, 0.0, 0).y,
        label_height=style.label_height,
        margin=m.margin,
    )


def minimum_height(m: Metrics, legend_rows: int = 1) -> float:
    """The height of the axis, the legend and one lane of labels: less would hide them."""
    style = styles(m.label_height, m.lane_gap)[-1]
    axis_part = 6.0 + m.tick_label_height + 2.0 + MAJOR_TICK + m.marker_radius + 4.0
    periods = 2 * (m.bar_height + TRACK_GAP)
    return (
        2 * PAD_Y
        + legend_rows * m.legend_height
        + axis_part
        + periods
        + BAND_GAP
        + (style.label_height)
    )
