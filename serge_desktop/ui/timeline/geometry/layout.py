"""Where a timeline's labels, markers, ticks and legend go at a zoom: pure geometry, no Qt."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from serge_desktop.ui.timeline.geometry.event_index import (
    MAX_TRACKS,
    TRACK_GAP,
    EventIndex,
    ItemSpec,
)
from serge_desktop.ui.timeline.geometry.fitting import CROWD, MAX_LANES, LabelStyle, styles
from serge_desktop.ui.timeline.geometry.labels import (
    POLE_OFFSET,
    LabelPlan,
    LabelSizes,
    plan_labels,
)
from serge_desktop.ui.timeline.geometry.lanes import Box, assign_lanes, flow
from serge_desktop.ui.timeline.geometry.scale import Window, year_of
from serge_desktop.ui.timeline.geometry.strip import MARKER_GAP, MarkerStrip, rows_in_view
from serge_desktop.ui.timeline.geometry.ticks import Unit, tick_marks

__all__ = [
    "CROWD",
    "MAX_LANES",
    "MAX_TRACKS",
    "TRACK_GAP",
    "Box",
    "EventIndex",
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
BAND_GAP = 8.0  # between the markers and the lowest lane of labels
MAJOR_TICK = 6.0
MINOR_TICK = 3.0


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
    items: tuple[Placement, ...]  # the events whose labels show, in time order, left to right
    legend: tuple[Box, ...]
    lanes: int
    captions: bool = True  # the labels carry their date captions (dropped when room is short)
    callout_y: float = 0.0  # the top of the lowest lane, where a hidden label shows on demand
    label_height: float = 0.0
    margin: float = 0.0
    strip: MarkerStrip | None = None  # every event in view, markers found when asked

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

    def placement(self, key: int) -> Placement | None:
        """Any event in view, labelled or not (None for one out of view)."""
        return placement_in(self.items, self.strip, key)

    def placements(self) -> list[Placement]:
        """Every event in view, in time order: built when asked, never by a paint."""
        return placements_in(self.items, self.strip)


def placement_in(
    labelled: Sequence[Placement], strip: MarkerStrip | None, key: int
) -> Placement | None:
    """An event in view, among the labelled or from the strip; None for one out of view."""
    for item in labelled:
        if item.key == key:
            return item
    position = strip.index.position.get(key) if strip is not None else None
    if strip is None or position is None or position not in strip.in_view:
        return None
    return unlabelled(strip, position)


def placements_in(labelled: Sequence[Placement], strip: MarkerStrip | None) -> list[Placement]:
    """Every event in view, in time order."""
    if strip is None:
        return list(labelled)
    by_key = {item.key: item for item in labelled}
    specs = strip.index.specs
    return [by_key.get(specs[p].key) or unlabelled(strip, p) for p in strip.positions()]


def unlabelled(strip: MarkerStrip, position: int) -> Placement:
    return Placement(
        key=strip.index.specs[position].key,
        label=None,
        lane=-1,
        leftward=False,
        anchor_x=strip.anchor_x(position),
        marker=strip.marker_box(position),
        extent=strip.extent_box(position),
    )


def whole_span(specs: Sequence[ItemSpec]) -> Window:
    """What Fit all shows: every event, with air either side."""
    return EventIndex(specs).whole


def axis_ends(width: float, m: Metrics) -> tuple[float, float]:
    x0 = m.margin + max(m.marker_radius, max(m.tick_label_widths().values()) / 2)
    return x0, max(x0 + 1.0, width - x0)


@dataclass(frozen=True, slots=True)
class Footer:
    """The axis and the legend under a chart, measured upward from its bottom edge (y = 0)."""

    axis_y: float  # negative, like everything measured upward
    legend_top: float
    legend_flow: tuple[tuple[int, float], ...]

    @property
    def height(self) -> float:
        """From the axis' top (the markers sit on it) to the chart's bottom edge."""
        return -self.axis_y

    def legend(self, bottom: float, m: Metrics) -> tuple[Box, ...]:
        """The legend's entries, for a chart whose bottom edge is at `bottom`."""
        return tuple(
            Box(x, bottom + self.legend_top + row * m.legend_height, w, m.legend_height)
            for (row, x), w in zip(self.legend_flow, m.legend_widths, strict=True)
        )


def footer(width: float, m: Metrics) -> Footer:
    """Where the axis and the legend (wrapped to `width`) go, up from the bottom edge."""
    legend_flow = flow(m.legend_widths, m.margin, width - m.margin, 18.0)
    legend_rows = 1 + max((row for row, _ in legend_flow), default=-1)
    legend_top = -PAD_Y - legend_rows * m.legend_height
    axis_y = legend_top - 6.0 - m.tick_label_height - 2.0 - MAJOR_TICK
    return Footer(axis_y, legend_top, tuple(legend_flow))


def axis_ticks(view: Window, x0: float, x1: float, m: Metrics) -> tuple[Tick, ...]:
    """The ticks of an axis from x0 to x1 showing `view`."""
    scale = (x1 - x0) / view.span
    return tuple(
        Tick(x0 + (t.when - view.start) * scale, t.year, t.major, t.month, t.day, t.unit)
        for t in tick_marks(view.start, view.end, x1 - x0, m.tick_label_widths())
    )


def marker_strip(
    index: EventIndex,
    view: Window,
    x0: float,
    x1: float,
    axis_y: float,
    m: Metrics,
    max_tracks: int = MAX_TRACKS,
    whole: Window | None = None,
) -> MarkerStrip:
    """The events in `view` on an axis from x0 to x1, points centred on `axis_y`.

    `whole` is the widest view (None: the index's own), at which period rows are laid out.
    """
    in_view = index.in_view(view)
    tracks = index.period_tracks(2 * m.marker_radius, x1 - x0, max_tracks, whole)
    rows = rows_in_view(tracks, view)
    return MarkerStrip(
        index, in_view, view, x0, x1, axis_y, m.marker_radius, m.bar_height, tracks, rows
    )


def labelled_placements(
    plan: LabelPlan, strip: MarkerStrip, label_box: Callable[[float, float, int], Box]
) -> tuple[Placement, ...]:
    """The placements of the labelled events, their labels where `label_box` puts them."""
    specs = strip.index.specs
    return tuple(
        Placement(
            key=specs[e.position].key,
            label=label_box(e.left, e.right, e.lane),
            lane=e.lane,
            leftward=e.anchor_x - e.left > e.right - e.anchor_x,
            anchor_x=e.anchor_x,
            marker=strip.marker_box(e.position),
            extent=strip.extent_box(e.position),
            side=e.side,
        )
        for e in plan.labelled
    )


def label_sizes(m: Metrics) -> LabelSizes:
    return LabelSizes(m.label_height, m.lane_gap, m.gap, m.margin)


def compute_layout(
    specs: Sequence[ItemSpec] | EventIndex,
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
    still fits. Given an EventIndex (kept between zooms), nothing is sorted again.
    """
    index = specs if isinstance(specs, EventIndex) else EventIndex(specs)
    view = window or index.whole
    r = m.marker_radius
    x0, x1 = axis_ends(width, m)
    # Vertical placement, measured upward from y = 0 at the bottom edge, then shifted down.
    below = footer(width, m)
    axis_y = below.axis_y
    strip = marker_strip(index, view, x0, x1, axis_y, m)
    tracks = len(strip.rows)
    band_top = axis_y - r - (MARKER_GAP + tracks * (m.bar_height + TRACK_GAP) if tracks else 0)
    labels_bottom = band_top - BAND_GAP
    room = height - PAD_Y + labels_bottom if fit_height else None
    plan = plan_labels(strip, width, label_sizes(m), room, previous)
    style = plan.style
    lane_pitch = style.pitch
    top = labels_bottom - plan.lanes * lane_pitch + (style.lane_gap if plan.lanes else 0)
    required = PAD_Y - top
    total = max(height, required)
    if plan.lanes and height > required:  # spare height: air between lanes, within reason
        lane_pitch += min((height - required) / plan.lanes, style.label_height / 2)

    def label_box(left: float, right: float, lane: int) -> Box:
        label_y = labels_bottom - lane * lane_pitch - style.label_height
        return Box(left, max(0.0, label_y + total), right - left, style.label_height)

    shifted = MarkerStrip(
        index, strip.in_view, view, x0, x1, total + axis_y, r, m.bar_height, strip.tracks,
        strip.rows,
    )  # fmt: skip
    items = labelled_placements(plan, shifted, label_box)
    ticks = axis_ticks(view, x0, x1, m) if len(index) else ()
    legend = below.legend(total, m)
    return TimelineLayout(
        width=width,
        height=total,
        required_height=required,
        axis_y=total + axis_y,
        axis_x0=x0,
        axis_x1=x1,
        window=view,
        ticks=ticks,
        items=items,
        legend=legend,
        lanes=plan.lanes,
        captions=style.captions,
        callout_y=label_box(0.0, 0.0, 0).y,
        label_height=style.label_height,
        margin=m.margin,
        strip=shifted,
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
