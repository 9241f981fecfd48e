"""A chart's events sorted once, so that each zoom finds those in view by bisection (no Qt).

With ten thousand events a zoom step cannot afford a pass that builds an object per event: the
index keeps the events' bounds in sorted lists, finds those in a stretch of time with `bisect`,
and gives period bars rows once per width, which every zoom then reuses.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate

from serge_desktop.ui.timeline.geometry.lanes import HIDDEN, Span, assign_lanes
from serge_desktop.ui.timeline.geometry.scale import Window, whole_window

TRACK_GAP = 3.0  # between stacked period bars
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
class InView:
    """The events in a stretch of time, as positions in the index, in time order.

    `before` are periods that began earlier and reach into the stretch; then come positions
    `lo` to `hi` (those whose anchor is in the stretch), less the few in `left_out` (periods
    starting exactly at its end).
    """

    before: tuple[int, ...]
    lo: int
    hi: int
    left_out: frozenset[int] = frozenset()

    def __len__(self) -> int:
        return len(self.before) + self.hi - self.lo - len(self.left_out)

    def __contains__(self, position: int) -> bool:
        if self.lo <= position < self.hi:
            return position not in self.left_out
        return position in self.before

    def positions(self) -> list[int]:
        inside = range(self.lo, self.hi)
        if self.left_out:
            return [*self.before, *(p for p in inside if p not in self.left_out)]
        return [*self.before, *inside]


class EventIndex:
    """Every event of a chart in time order (anchor, start, key), with sorted bounds by kind."""

    def __init__(self, specs: Sequence[ItemSpec]) -> None:
        self.specs = sorted(specs, key=lambda s: (s.anchor, s.start, s.key))
        self.anchors = [s.anchor for s in self.specs]
        self.position = {s.key: i for i, s in enumerate(self.specs)}
        self.point_positions = [i for i, s in enumerate(self.specs) if not s.is_period]
        self.point_anchors = [self.anchors[i] for i in self.point_positions]
        # Uncertain points, whose extents a crowd draws without visiting the other points.
        self.fuzzy_positions = [i for i in self.point_positions if self.specs[i].is_fuzzy]
        self.fuzzy_anchors = [self.anchors[i] for i in self.fuzzy_positions]
        # Periods are in start order already: a period's anchor is its start.
        self.period_positions = [i for i, s in enumerate(self.specs) if s.is_period]
        self.period_starts = [self.specs[i].start for i in self.period_positions]
        self.period_ends = [self.specs[i].end for i in self.period_positions]
        self.period_rank = {p: n for n, p in enumerate(self.period_positions)}
        # The latest end among each period and those begun before it: the periods reaching
        # into a view from before it are found walking back from its start, visiting no others.
        self.period_reach = list(accumulate(self.period_ends, max))
        self.narrowest = (
            min((s.short_width or s.label_width) for s in self.specs) if self.specs else 0.0,
            min(s.label_width for s in self.specs) if self.specs else 0.0,
        )  # the narrowest label without its date caption, and with it
        if self.specs:
            self.whole = whole_window(
                min(s.start for s in self.specs), max(s.end for s in self.specs)
            )
        else:
            self.whole = Window(0.0, 1.0)
        self._tracks: dict[tuple[float, float, int, Window], Tracks] = {}

    def __len__(self) -> int:
        return len(self.specs)

    def in_view(self, view: Window) -> InView:
        """The events in a stretch of time: points whose middle is in it, periods that meet it."""
        lo = bisect_left(self.anchors, view.start)
        hi = bisect_right(self.anchors, view.end)
        left_out = frozenset(
            p
            for p in range(bisect_left(self.anchors, view.end, lo, hi), hi)
            if self.specs[p].is_period
        )
        ends, reach, positions = self.period_ends, self.period_reach, self.period_positions
        before = []
        n = bisect_left(self.period_starts, view.start) - 1
        while n >= 0 and reach[n] > view.start:
            if ends[n] > view.start:
                before.append(positions[n])
            n -= 1
        before.reverse()
        return InView(tuple(before), lo, hi, left_out)

    def period_tracks(
        self,
        min_width: float,
        axis_px: float,
        max_tracks: int = MAX_TRACKS,
        whole: Window | None = None,
    ) -> Tracks:
        """Each period's track, laid out once for the whole span at this width.

        A bar is at least `min_width` pixels wide; tracks that keep bars apart at the whole span
        keep them apart at every closer zoom, so a zoom reuses them rather than laying out again.
        Periods beyond `max_tracks` overlapping ones share the top track. `whole` is the widest
        view there can be (a series chart's, wider than one band's events); None: this index's.
        """
        span = whole or self.whole
        key = (min_width, axis_px, max_tracks, span)
        tracks = self._tracks.get(key)
        if tracks is None:
            scale = axis_px / span.span
            start = span.start
            spans: list[list[Span]] = []
            for s, e in zip(self.period_starts, self.period_ends, strict=True):
                left = (s - start) * scale
                spans.append([(left, max((e - start) * scale, left + min_width), 0)])
            chosen = [
                max_tracks - 1 if track == HIDDEN else track
                for track, _ in assign_lanes(spans, TRACK_GAP, max_lanes=max_tracks)
            ]
            tracks = Tracks(self, chosen)
            if len(self._tracks) > 8:  # a splitter being dragged asks for many widths
                self._tracks.clear()
            self._tracks[key] = tracks
        return tracks


class Track:
    """One track's periods in start order, each with the latest end so far.

    The latest end finds the periods reaching into a view from before it, visiting no others.
    """

    def __init__(self) -> None:
        self.starts: list[float] = []
        self.ends: list[float] = []
        self.reach: list[float] = []  # the latest end among this and the earlier periods
        self.positions: list[int] = []

    def add(self, start: float, end: float, position: int) -> None:
        self.starts.append(start)
        self.ends.append(end)
        self.reach.append(max(end, self.reach[-1]) if self.reach else end)
        self.positions.append(position)

    def meeting(self, view: Window) -> tuple[list[int], int, int]:
        """The periods begun before `view` that reach into it, and those beginning in it.

        Indices into this track's lists: a list, then the range `lo` to `hi`.
        """
        lo = bisect_left(self.starts, view.start)
        hi = bisect_left(self.starts, view.end, lo)
        before = []
        at = lo - 1
        while at >= 0 and self.reach[at] > view.start:
            if self.ends[at] > view.start:
                before.append(at)
            at -= 1
        before.reverse()
        return before, lo, hi


class Tracks:
    """Every period's track (by period order), and each track's periods."""

    def __init__(self, index: EventIndex, chosen: list[int]) -> None:
        self.of_period = chosen
        self.lists: dict[int, Track] = {}
        for rank, track in enumerate(chosen):
            found = self.lists.get(track)
            if found is None:
                found = self.lists[track] = Track()
            found.add(
                index.period_starts[rank], index.period_ends[rank], index.period_positions[rank]
            )

    @property
    def count(self) -> int:
        """How many tracks the periods take at the whole span."""
        return len(self.lists)

    def in_view(self, view: Window) -> list[int]:
        """The tracks with a period in `view`, in order."""
        used = []
        for track, periods in sorted(self.lists.items()):
            before, lo, hi = periods.meeting(view)
            if before or hi > lo:
                used.append(track)
        return used
