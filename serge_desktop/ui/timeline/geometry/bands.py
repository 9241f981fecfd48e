"""The series chart's bands: stacked one under another, each laid out as a small chart (no Qt).

A band is a title line, lanes of labels, rows of period bars and a row of point markers, all on
the chart's one time axis. Its height is fixed while zooming (its lanes and period rows are
counted at the whole span), so zooming never moves a band; labels that find no room in its
lanes fold into their markers, as on an article's chart.
"""

from __future__ import annotations

import heapq
from bisect import bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from serge_desktop.ui.timeline.geometry.event_index import TRACK_GAP, EventIndex
from serge_desktop.ui.timeline.geometry.labels import POLE_OFFSET, plan_labels
from serge_desktop.ui.timeline.geometry.lanes import Box
from serge_desktop.ui.timeline.geometry.layout import (
    BAND_GAP,
    Metrics,
    Placement,
    axis_ends,
    label_sizes,
    labelled_placements,
    marker_strip,
    placement_in,
    placements_in,
)
from serge_desktop.ui.timeline.geometry.scale import Window
from serge_desktop.ui.timeline.geometry.strip import MARKER_GAP, MarkerStrip

MAX_BAND_LANES = 8  # a band's lanes of labels at most, however tall the chart
MAX_BAND_TRACKS = 3  # rows of period bars in a band; more overlapping periods share the top one
BAND_PAD = 6.0  # under a band's markers


@dataclass(frozen=True, slots=True)
class BandShape:
    """How a band's height is shared out, measured down from its top edge (y = 0)."""

    lanes: int
    tracks: int
    title_height: float
    labels_bottom: float  # the bottom of the lowest lane of labels
    axis_y: float  # the point markers' centre line
    height: float
    spread: float = 0.0  # air added between lanes, when the chart has height to spare


def band_shape(
    lanes: int, tracks: int, title_height: float, m: Metrics, spread: float = 0.0
) -> BandShape:
    pitch = m.label_height + m.lane_gap + spread
    labels_bottom = title_height + lanes * pitch - (m.lane_gap + spread if lanes else 0.0)
    bars = tracks * (m.bar_height + TRACK_GAP) + MARKER_GAP if tracks else 0.0
    axis_y = labels_bottom + BAND_GAP + bars + m.marker_radius
    height = axis_y + m.marker_radius + BAND_PAD
    return BandShape(lanes, tracks, title_height, labels_bottom, axis_y, height, spread)


def band_tracks(index: EventIndex, width: float, m: Metrics, whole: Window) -> int:
    """The rows of period bars a band needs at the chart's whole span (and so at any zoom)."""
    x0, x1 = axis_ends(width, m)
    return index.period_tracks(2 * m.marker_radius, x1 - x0, MAX_BAND_TRACKS, whole).count


def natural_lanes(index: EventIndex, width: float, m: Metrics, whole: Window) -> int:
    """The lanes a band's labels take at the whole span with their dates, at most MAX_BAND_LANES."""
    x0, x1 = axis_ends(width, m)
    strip = marker_strip(index, whole, x0, x1, 0.0, m, MAX_BAND_TRACKS, whole)
    return max(1, min(MAX_BAND_LANES, plan_labels(strip, width, label_sizes(m), None).lanes))


def allot_lanes(
    items: Sequence[int],
    tracks: Sequence[int],
    room: float,
    title_height: float,
    m: Metrics,
    wanted: Sequence[int] | None = None,
) -> list[int]:
    """Each band's lanes: one each, then the room left shared out, the most crowded first.

    A band gets a lane more while the bands fit in `room` pixels, the band with the most events
    per lane first, never more lanes than events, than it `wanted` (its natural lanes, when
    known) or than MAX_BAND_LANES. With many bands the room runs out at once and each keeps one
    lane (the chart scrolls).
    """
    lanes = [1 if count else 0 for count in items]
    pitch = m.label_height + m.lane_gap
    used = sum(band_shape(n, t, title_height, m).height for n, t in zip(lanes, tracks, strict=True))
    waiting = [(-count / n, i) for i, (count, n) in enumerate(zip(items, lanes, strict=True)) if n]
    heapq.heapify(waiting)
    while waiting and used + pitch <= room:
        _, i = heapq.heappop(waiting)
        most = min(MAX_BAND_LANES, items[i], wanted[i] if wanted is not None else MAX_BAND_LANES)
        if lanes[i] >= most:
            continue
        lanes[i] += 1
        used += pitch
        heapq.heappush(waiting, (-items[i] / lanes[i], i))
    return lanes


def spread_for(lanes: Sequence[int], used: float, room: float, m: Metrics) -> float:
    """Air to add between lanes so that the bands fill `room`, within reason."""
    total = sum(lanes)
    if not total or used >= room:
        return 0.0
    return min((room - used) / total, m.label_height / 2)


@dataclass(frozen=True, slots=True)
class BandLayout:
    """One band laid out at one zoom: labelled events, and every marker in its strip."""

    shape: BandShape
    width: float
    items: tuple[Placement, ...]  # the events whose labels show, y from the band's top
    strip: MarkerStrip
    captions: bool
    label_height: float
    margin: float

    def callout(self, anchor_x: float, label_width: float) -> Box:
        """Where a hidden label shows on hover or focus: in the lowest lane, over the others."""
        w = min(label_width, self.width - 2 * self.margin)
        left = max(self.margin, min(anchor_x - POLE_OFFSET, self.width - self.margin - w))
        return Box(left, self.shape.labels_bottom - self.label_height, w, self.label_height)

    def placement(self, key: int) -> Placement | None:
        return placement_in(self.items, self.strip, key)

    def placements(self) -> list[Placement]:
        return placements_in(self.items, self.strip)


def layout_band(
    index: EventIndex,
    view: Window,
    width: float,
    m: Metrics,
    shape: BandShape,
    whole: Window,
    previous: Mapping[int, tuple[int, int]] | None = None,
) -> BandLayout:
    """The band's events in `view`, labels in its lanes, markers on its own line.

    `whole` is the chart's whole span, at which the band's period rows were counted.
    """
    x0, x1 = axis_ends(width, m)
    strip = marker_strip(index, view, x0, x1, shape.axis_y, m, MAX_BAND_TRACKS, whole)
    room = shape.lanes * (m.label_height + m.lane_gap) - m.lane_gap
    plan = plan_labels(strip, width, label_sizes(m), room, previous)
    style = plan.style

    def label_box(left: float, right: float, lane: int) -> Box:
        top = shape.labels_bottom - lane * (style.pitch + shape.spread) - style.label_height
        return Box(left, top, right - left, style.label_height)

    items = labelled_placements(plan, strip, label_box)
    return BandLayout(shape, width, items, strip, style.captions, style.label_height, m.margin)


@dataclass(frozen=True, slots=True)
class Stack:
    """Bands one under another: each one's top, in the chart's content (before scrolling)."""

    tops: tuple[float, ...]
    heights: tuple[float, ...]

    @property
    def total(self) -> float:
        return self.tops[-1] + self.heights[-1] if self.tops else 0.0

    def band_at(self, y: float) -> int | None:
        """The band at content height `y`, if any."""
        at = bisect_right(self.tops, y) - 1
        if 0 <= at < len(self.tops) and y < self.tops[at] + self.heights[at]:
            return at
        return None

    def meeting(self, top: float, bottom: float) -> range:
        """The bands that show between content heights `top` and `bottom`."""
        first = max(0, bisect_right(self.tops, top) - 1)
        last = bisect_right(self.tops, bottom)
        return range(first, min(last, len(self.tops)))


def stack(heights: Sequence[float]) -> Stack:
    tops = []
    y = 0.0
    for height in heights:
        tops.append(y)
        y += height
    return Stack(tuple(tops), tuple(heights))
