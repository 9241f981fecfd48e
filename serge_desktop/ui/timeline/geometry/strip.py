"""Every event in view as compact geometry: markers, bars and extents worked out when asked (no Qt).

A chart shows thousands of markers without labels; building a box for each at every zoom was
most of a zoom step's time. The strip keeps what places them (the index, the view, the scale,
the rows) and answers the few questions a frame asks: where one event's marker is, which event
is under the pointer, and which markers a crowd draws, one per pixel column, since in a crowd
the last marker drawn on a pixel is the only one seen there.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from serge_desktop.ui.timeline.geometry.event_index import (
    TRACK_GAP,
    EventIndex,
    InView,
    Track,
    Tracks,
)
from serge_desktop.ui.timeline.geometry.lanes import Box
from serge_desktop.ui.timeline.geometry.scale import Window

MARKER_GAP = 4.0  # between the point markers and the lowest period bar
# In a crowd, one marker (or bar, or extent) is drawn per this many pixels: markers are ten
# pixels wide, so a later one two pixels on hides all but a sliver of the one before.
CROWD_STEP = 2

Bar = tuple[float, float, int]  # left, right, position in the index


@dataclass(frozen=True, slots=True)
class MarkerStrip:
    """The markers of the events in view: points on `axis_y`, period bars in rows above it."""

    index: EventIndex
    in_view: InView
    view: Window
    x0: float  # the axis' ends, between which the view's time runs
    x1: float
    axis_y: float  # the points' centre line
    radius: float
    bar_height: float
    tracks: Tracks  # each period's track (EventIndex.period_tracks)
    rows: Mapping[int, int]  # the tracks in view, each with its row (0 nearest the points)

    @property
    def scale(self) -> float:
        return (self.x1 - self.x0) / self.view.span

    def x_of(self, year: float) -> float:
        return self.x0 + (year - self.view.start) * self.scale

    def year_at(self, x: float) -> float:
        return self.view.start + (x - self.x0) / self.scale

    def positions(self) -> list[int]:
        return self.in_view.positions()

    def anchor_x(self, position: int) -> float:
        return self.x_of(max(self.index.anchors[position], self.view.start))

    def anchors_x(self, positions: Sequence[int]) -> list[float]:
        """`anchor_x` of each position, its sums in local names (every label candidate, a step)."""
        anchors, start, scale, x0 = self.index.anchors, self.view.start, self.scale, self.x0
        return [x0 + (max(anchors[p], start) - start) * scale for p in positions]

    def span_x(self, position: int) -> tuple[float, float]:
        """A period's bar, or an uncertain point's extent, cut at the edges of the view."""
        spec = self.index.specs[position]
        r, left = self.radius, self.x_of(spec.start)
        return max(left, self.x0 - r), min(max(self.x_of(spec.end), left + 2 * r), self.x1 + r)

    def bar_top(self, row: int) -> float:
        pitch = self.bar_height + TRACK_GAP
        return self.axis_y - self.radius - MARKER_GAP - (row + 1) * pitch + TRACK_GAP

    def row_of(self, position: int) -> int:
        return self.rows.get(self.tracks.of_period[self.index.period_rank[position]], 0)

    def marker_box(self, position: int) -> Box:
        """The point's circle, or the period's bar in its row."""
        r = self.radius
        if self.index.specs[position].is_period:
            left, right = self.span_x(position)
            return Box(left, self.bar_top(self.row_of(position)), right - left, self.bar_height)
        x = self.anchor_x(position)
        return Box(x - r, self.axis_y - r, 2 * r, 2 * r)

    def extent_box(self, position: int) -> Box | None:
        """An uncertain point's earliest..latest span, drawn faintly behind its marker."""
        spec = self.index.specs[position]
        if spec.is_period or not spec.is_fuzzy:
            return None
        left, right = self.span_x(position)
        return Box(left, self.axis_y - self.radius / 2, right - left, self.radius)

    # What a crowd draws ------------------------------------------------------------------------

    def _point_range(self) -> tuple[int, int]:
        anchors = self.index.point_anchors
        return bisect_left(anchors, self.view.start), bisect_right(anchors, self.view.end)

    def point_spots(self) -> list[tuple[int, int]]:
        """(pixel column, position) of the last point drawn on each column, left to right.

        With more points than columns each column is found by bisection, so the work follows
        the width, not the number of events.
        """
        lo, hi = self._point_range()
        anchors, positions = self.index.point_anchors, self.index.point_positions
        start, scale, x0 = self.view.start, self.scale, self.x0
        first, last = int(self.x0), int(self.x1) + 1
        if hi - lo <= last - first:
            spots = {
                round(x0 + (a - start) * scale): p
                for a, p in zip(anchors[lo:hi], positions[lo:hi], strict=True)
            }
            return list(spots.items())
        found = []
        previous = lo
        for column in range(first, last + CROWD_STEP, CROWD_STEP):
            # Points drawn up to this column have x below column + 0.5 (round() puts them there).
            end = bisect_left(anchors, start + (column + 0.5 - x0) / scale, previous, hi)
            if end > previous:
                found.append((round(x0 + (anchors[end - 1] - start) * scale), positions[end - 1]))
                previous = end
        return found

    def extent_spots(self) -> list[Bar]:
        """The uncertain points' extents in view, the last one in each CROWD_STEP pixels.

        Found by bisection on their middles when they outnumber the pixels; an extent is
        as wide as its date is uncertain, so the last middle in a stretch is (nearly always)
        the last start there too.
        """
        index = self.index
        anchors, positions = index.fuzzy_anchors, index.fuzzy_positions
        lo, hi = bisect_left(anchors, self.view.start), bisect_right(anchors, self.view.end)
        start, scale, x0 = self.view.start, self.scale, self.x0
        chosen: list[int] = []
        if hi - lo <= (self.x1 - self.x0) / CROWD_STEP:
            chosen = positions[lo:hi]
        else:
            at = lo
            for column in range(int(x0), int(self.x1) + CROWD_STEP, CROWD_STEP):
                end = bisect_left(anchors, start + (column + 0.5 - x0) / scale, at, hi)
                if end > at:
                    chosen.append(positions[end - 1])
                    at = end
        specs, r = index.specs, self.radius
        low, high = x0 - r, self.x1 + r
        found: dict[int, Bar] = {}  # extents starting together: the last one hides the rest
        for position in chosen:  # `span_x` written out, as in `bars_by_row`
            spec = specs[position]
            left = x0 + (spec.start - start) * scale
            right = min(max(x0 + (spec.end - start) * scale, left + 2 * r), high)
            left = max(left, low)
            found[round(left) // CROWD_STEP] = (left, right, position)
        return list(found.values())

    def period_positions(self) -> list[int]:
        """The periods in view, in time order."""
        index = self.index
        lo = bisect_left(index.period_starts, self.view.start)
        hi = bisect_left(index.period_starts, self.view.end)
        return [*self.in_view.before, *index.period_positions[lo:hi]]

    def bars_by_row(self, columns: int) -> dict[int, list[Bar]]:
        """Each row's bars in time order; a row with more bars than `columns` / 2 is thinned.

        In a thinned row only the last bar to start in each CROWD_STEP pixels is kept, and each is
        cut a pixel short of the next one's start: what drawing them all in turn would leave
        visible, less the slivers too thin to see. It is found by bisection, column by column.
        """
        view = self.view
        # `span_x` written out in local names: this runs for every bar in view, a step.
        x0, x1, scale, start, r = self.x0, self.x1, self.scale, view.start, self.radius
        low, high = x0 - r, x1 + r
        rows: dict[int, list[Bar]] = {}
        for track, row in self.rows.items():
            periods = self.tracks.lists[track]
            before, lo, hi = periods.meeting(view)
            count = len(before) + hi - lo
            if count > columns // 2:
                chosen = [*before[-1:], *self._last_per_column(periods, lo, hi)]
            else:
                chosen = [*before, *range(lo, hi)]
            starts, ends, positions = periods.starts, periods.ends, periods.positions
            bars = []
            for at in chosen:
                left = x0 + (starts[at] - start) * scale
                right = min(max(x0 + (ends[at] - start) * scale, left + 2 * r), high)
                bars.append((max(left, low), right, positions[at]))
            rows[row] = _cut(bars) if count > columns // 2 else bars
        return rows

    def _last_per_column(self, periods: Track, lo: int, hi: int) -> list[int]:
        starts, start, scale, x0 = periods.starts, self.view.start, self.scale, self.x0
        found = []
        at = lo
        for column in range(int(self.x0), int(self.x1) + 2, CROWD_STEP):
            end = bisect_left(starts, start + (column + 0.5 - x0) / scale, at, hi)
            if end > at:
                found.append(end - 1)
                at = end
            if at >= hi:
                break
        return found

    # Pointing ---------------------------------------------------------------------------------

    def hit(self, x: float, y: float, slack: float = 3.0) -> int | None:
        """The position of the event whose marker is under (x, y), the last drawn if several."""
        reach = self.radius + slack
        found: list[int] = []
        if abs(y - self.axis_y) <= reach:
            lo, hi = self._point_range()
            anchors = self.index.point_anchors
            first = bisect_left(anchors, self.year_at(x - reach), lo, hi)
            last = bisect_right(anchors, self.year_at(x + reach), lo, hi)
            found += self.index.point_positions[first:last]
        top = self.bar_top(max(self.rows.values(), default=-1)) - slack
        if top <= y <= self.axis_y - self.radius:
            for position in self.period_positions():
                box = self.marker_box(position)
                if (
                    box.x - slack <= x <= box.right + slack
                    and box.y - slack <= y <= box.bottom + slack
                ):
                    found.append(position)
        return max(found, default=None)


def _cut(bars: list[Bar]) -> list[Bar]:
    """Each bar cut a pixel short of the next one's start; slivers left out."""
    cut = []
    for bar, following in zip(bars, [*bars[1:], None], strict=True):
        left, right, position = bar
        if following is not None and following[0] - 1 < right:
            right = following[0] - 1
        if right - left >= 1:
            cut.append((left, right, position))
    return cut


def rows_in_view(tracks: Tracks, view: Window) -> dict[int, int]:
    """The tracks of the periods in view, closed up from row 0 in their order."""
    return {track: row for row, track in enumerate(tracks.in_view(view))}
