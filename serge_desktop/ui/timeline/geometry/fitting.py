"""Which lane each label takes, and how labels shrink when the lanes that fit run out (no Qt).

The chart never scrolls vertically: every lane, the axis and the legend are on screen. When the
labels need more lanes than the height holds, they first draw closer together, then drop their
date captions (the axis and the tooltip still say the date), and last the labels that still find
no room collapse to their markers; such a label shows on hover and on focus.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from serge_desktop.ui.timeline.geometry.lanes import (
    HIDDEN,
    Span,
    assign_lanes,
    hidden_count,
    lane_count,
)

MAX_LANES = 20  # beyond these, a crowded view shows markers without labels: zoom in to read them
CROWD = 400  # events in view beyond which labels are picked from a thinned crowd
TIGHT_PADDING = 4.0  # of a label's height, given up when lanes draw closer together
TIGHT_LANE_GAP = 2.0

Lanes = list[tuple[int, int]]


@dataclass(frozen=True, slots=True)
class LabelStyle:
    """How labels are drawn: their height, the space between lanes, and whether dates show."""

    label_height: float
    lane_gap: float
    captions: bool

    @property
    def pitch(self) -> float:
        return self.label_height + self.lane_gap

    def lanes_in(self, room: float) -> int:
        """How many lanes fit in `room` pixels (the last one needs no gap above it)."""
        return max(0, int((room + self.lane_gap) // self.pitch))


def styles(label_height: float, lane_gap: float) -> tuple[LabelStyle, LabelStyle, LabelStyle]:
    """From roomiest to most compact: as designed, closer together, without date captions."""
    tight = max(label_height - TIGHT_PADDING, label_height * 0.8)
    return (
        LabelStyle(label_height, lane_gap, True),
        LabelStyle(tight, min(lane_gap, TIGHT_LANE_GAP), True),
        LabelStyle(tight, min(lane_gap, TIGHT_LANE_GAP), False),
    )


def label_lanes(
    flags: Sequence[Sequence[Span]],
    anchors: Sequence[float],
    gap: float,
    max_lanes: int,
    preferred: Sequence[tuple[int, int]] | None = None,
) -> Lanes:
    """(lane, span chosen) of each label, HIDDEN for those the lanes have no room for.

    Crowding differs at the two ends; sweep from both and keep the sweep hiding fewer labels,
    then needing fewer lanes. On a tie the sweep from the right wins: it favours labels to the
    right of their poles. With `preferred` lanes (the layout before a change) one sweep keeps
    them. In a crowd (thousands of events in view), only the first `max_lanes` of each stretch
    as wide as the narrowest label can get a lane: no more could show there.
    """
    if max_lanes <= 0 or not flags:
        return [(HIDDEN, 0)] * len(flags)
    candidates = list(range(len(flags)))
    crowd = len(flags) > CROWD
    if crowd:
        narrowest = max(gap, min(right - left for left, right, _ in (f[0] for f in flags)))
        per_stretch: dict[int, int] = {}
        candidates = []
        for i, x in enumerate(anchors):
            stretch = int(x // narrowest)
            per_stretch[stretch] = per_stretch.get(stretch, 0) + 1
            if per_stretch[stretch] <= max_lanes:
                candidates.append(i)
    options = [flags[i] for i in candidates]
    wanted = [preferred[i] for i in candidates] if preferred is not None else None
    sweeps = (True,) if crowd or wanted is not None else (True, False)
    chosen = min(
        (
            assign_lanes(options, gap, from_right=r, max_lanes=max_lanes, preferred=wanted)
            for r in sweeps
        ),
        key=lambda lanes: (hidden_count(lanes), lane_count(lanes)),
    )
    if not crowd:
        return chosen
    lanes: Lanes = [(HIDDEN, 0)] * len(flags)
    for i, lane in zip(candidates, chosen, strict=True):
        lanes[i] = lane
    return lanes


def fitted_lanes(
    flag_sets: tuple[Sequence[Sequence[Span]], Sequence[Sequence[Span]]],
    anchors: Sequence[float],
    gap: float,
    room: float | None,
    all_styles: Sequence[LabelStyle],
    preferred: Sequence[tuple[int, int]] | None = None,
) -> tuple[LabelStyle, Lanes]:
    """The roomiest style whose lanes all fit in `room` pixels, and the lanes it gives.

    `flag_sets` are the labels' spans with their date captions and without. With `room` None the
    height grows with the lanes (an exported picture): the first style, up to MAX_LANES. When no
    style fits every label, the most compact one hides those that find no lane within the room.
    """
    if room is None:
        return all_styles[0], label_lanes(flag_sets[0], anchors, gap, MAX_LANES, preferred)
    if len(anchors) <= CROWD:
        for style in all_styles:
            fit = min(MAX_LANES, style.lanes_in(room))
            if fit == 0:
                continue
            flags = flag_sets[0 if style.captions else 1]
            lanes = label_lanes(flags, anchors, gap, fit, preferred)
            if not hidden_count(lanes):
                return style, lanes
    last = all_styles[-1]
    fit = min(MAX_LANES, last.lanes_in(room))
    return last, label_lanes(flag_sets[1], anchors, gap, fit, preferred)
