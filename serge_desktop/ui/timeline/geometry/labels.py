"""Which events in view get a label, in which lane and on which side of its pole (no Qt).

A label flies like a flag from its pole, to the right or to the left; pushed in from a margin,
the pole meets it further along. Up to CROWD events in view, every label is tried in every
style (fitting.py); in a crowd, only the first labels of each stretch as wide as the narrowest
label are candidates, found by bisection, since no more could show there.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from serge_desktop.ui.timeline.geometry.event_index import ItemSpec
from serge_desktop.ui.timeline.geometry.fitting import (
    CROWD,
    MAX_LANES,
    LabelStyle,
    fitted_lanes,
    styles,
)
from serge_desktop.ui.timeline.geometry.lanes import HIDDEN, Span, assign_lanes
from serge_desktop.ui.timeline.geometry.strip import MarkerStrip

POLE_OFFSET = 2.0  # a label starts just left of its pole, like a flag on a staff


@dataclass(frozen=True, slots=True)
class LabelSizes:
    """What label placement needs of the measured fonts."""

    label_height: float
    lane_gap: float
    gap: float  # horizontal space between two labels of one lane
    margin: float


@dataclass(frozen=True, slots=True)
class LabelledEvent:
    position: int  # in the index
    anchor_x: float
    left: float
    right: float
    lane: int
    side: int  # which of its spans the label took (kept when the events change)


@dataclass(frozen=True, slots=True)
class LabelPlan:
    style: LabelStyle
    lanes: int  # lanes taken
    labelled: tuple[LabelledEvent, ...]  # in time order


def flags(
    specs: Sequence[ItemSpec], anchors: Sequence[float], width: float, margin: float, short: bool
) -> list[list[Span]]:
    """Each label's possible spans: flying right or left of its pole, pushed in from the margins.

    Pushed in from a margin, the pole meets the label further along: a second choice, still
    better than a new lane.
    """
    found: list[list[Span]] = []
    room = width - 2 * margin
    last = width - margin
    for s, ax in zip(specs, anchors, strict=True):
        w = min((s.short_width or s.label_width) if short else s.label_width, room)
        # Flying right of the pole, then left of it; each pushed in from a margin if need be.
        right_of = ax - POLE_OFFSET
        pushed = max(margin, min(right_of, last - w))
        spans = [(pushed, pushed + w, int(pushed != right_of))]
        left_of = ax + POLE_OFFSET - w
        other = max(margin, min(left_of, last - w))
        if other != pushed:
            spans.append((other, other + w, int(other != left_of)))
        found.append(spans)
    return found


def plan_labels(
    strip: MarkerStrip,
    width: float,
    sizes: LabelSizes,
    room: float | None,
    previous: Mapping[int, tuple[int, int]] | None = None,
) -> LabelPlan:
    """Lanes for the labels of the events in view, fitted to `room` pixels (None: any height).

    `previous` gives each event's (lane, side) before a change, kept where it still fits.
    """
    index, in_view = strip.index, strip.in_view
    all_styles = styles(sizes.label_height, sizes.lane_gap)
    if len(in_view) <= CROWD:
        ordered = in_view.positions()
        specs = [index.specs[p] for p in ordered]
        anchors = strip.anchors_x(ordered)
        compact = flags(specs, anchors, width, sizes.margin, True) if room is not None else []
        full = flags(specs, anchors, width, sizes.margin, False)
        wanted = [previous.get(s.key, (HIDDEN, 0)) for s in specs] if previous else None
        style, lanes = fitted_lanes((full, compact), anchors, sizes.gap, room, all_styles, wanted)
        chosen = full if style.captions else compact
    else:
        style = all_styles[0] if room is None else all_styles[-1]
        fit = MAX_LANES if room is None else min(MAX_LANES, style.lanes_in(room))
        ordered = crowd_candidates(strip, width, sizes, fit, short=room is not None)
        specs = [index.specs[p] for p in ordered]
        anchors = strip.anchors_x(ordered)
        chosen = flags(specs, anchors, width, sizes.margin, room is not None)
        wanted = [previous.get(s.key, (HIDDEN, 0)) for s in specs] if previous else None
        if fit > 0:  # one sweep, from the right: it favours labels right of their poles
            lanes = assign_lanes(
                chosen, sizes.gap, from_right=True, max_lanes=fit, preferred=wanted
            )
        else:
            lanes = [(HIDDEN, 0)] * len(ordered)
    labelled = []
    for i, (lane, side) in enumerate(lanes):
        if lane != HIDDEN:
            left, right, _ = chosen[i][side]
            labelled.append(LabelledEvent(ordered[i], anchors[i], left, right, lane, side))
    taken = 1 + max((lane for lane, _ in lanes), default=-1)
    return LabelPlan(style, taken, tuple(labelled))


def crowd_candidates(
    strip: MarkerStrip, width: float, sizes: LabelSizes, fit: int, *, short: bool
) -> list[int]:
    """The first `fit` events of each stretch as wide as the narrowest label, in time order.

    The stretches are found by bisection, so the work follows the width, not the crowd.
    """
    index, in_view = strip.index, strip.in_view
    if fit <= 0:
        return []
    narrowest = index.narrowest[0 if short else 1]
    stretch = max(sizes.gap, min(narrowest, width - 2 * sizes.margin), 1.0)
    x0, scale, start = strip.x0, strip.scale, strip.view.start
    chosen = list(in_view.before[:fit])
    first_stretch = int(x0 // stretch)
    taken = {first_stretch: len(chosen)}
    anchors = index.anchors
    at, hi = in_view.lo, in_view.hi
    while at < hi:
        number = int((x0 + (anchors[at] - start) * scale) // stretch)
        boundary = start + ((number + 1) * stretch - x0) / scale
        end = max(bisect_left(anchors, boundary, at, hi), at + 1)
        room = fit - taken.get(number, 0)
        for position in range(at, min(end, at + max(room, 0))):
            if position not in in_view.left_out:
                chosen.append(position)
        taken[number] = taken.get(number, 0) + max(0, min(room, end - at))
        at = end
    return chosen
