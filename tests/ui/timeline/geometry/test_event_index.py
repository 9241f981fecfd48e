"""The sorted index finds exactly the events a stretch of time shows; a crowd draws one per spot."""

from __future__ import annotations

import itertools
import random

from hypothesis import given, settings
from hypothesis import strategies as st

from serge_desktop.ui.timeline.geometry.event_index import MAX_TRACKS, EventIndex, ItemSpec
from serge_desktop.ui.timeline.geometry.layout import Metrics, compute_layout
from serge_desktop.ui.timeline.geometry.scale import Window
from serge_desktop.ui.timeline.geometry.strip import CROWD_STEP

METRICS = Metrics(
    label_height=22,
    marker_radius=5,
    bar_height=7,
    tick_label_width=30,
    tick_label_height=14,
    legend_height=20,
    legend_widths=(60, 60),
)


def crowd(seed: int, count: int) -> list[ItemSpec]:
    rng = random.Random(seed)
    specs = []
    for key in range(1, count + 1):
        start = 1800 + rng.random() * 200
        period = rng.random() < 0.25
        fuzzy = not period and rng.random() < 0.2
        end = start + (rng.uniform(0.1, 12) if period else 3 if fuzzy else 1 / 365)
        width = rng.uniform(40, 220)
        specs.append(ItemSpec(key, start, end, period, fuzzy, width, width * 0.7))
    return specs


def shown(spec: ItemSpec, view: Window) -> bool:
    """What the chart has always shown: points whose middle is in view, periods meeting it."""
    if spec.is_period:
        return spec.start < view.end and spec.end > view.start
    return view.contains(spec.anchor)


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 1000), st.floats(1790, 2010), st.floats(0.02, 250))
def test_the_events_in_view_are_exactly_those_shown(seed: int, start: float, span: float) -> None:
    specs = crowd(seed, 400)
    index = EventIndex(specs)
    view = Window(start, start + span)
    found = [index.specs[p].key for p in index.in_view(view).positions()]
    expected = [s.key for s in index.specs if shown(s, view)]
    assert sorted(found) == sorted(expected)
    assert len(index.in_view(view)) == len(expected)
    # In time order, as the labels are swept.
    assert found == sorted(found, key=lambda k: index.position[k])


def test_a_crowd_keeps_one_box_per_label_and_one_point_per_spot() -> None:
    specs = crowd(7, 8000)
    index = EventIndex(specs)
    layout = compute_layout(index, 1400, 300, METRICS)
    strip = layout.strip
    assert strip is not None and len(strip.in_view) == 8000
    assert len(layout.items) < 200  # boxes for the labelled events only
    spots = strip.point_spots()
    assert len(spots) <= (1400 // CROWD_STEP) + 2
    # Each spot is the last point drawn there: no later point lies before the next spot.
    xs = [strip.anchor_x(p) for p in index.point_positions]
    for (column, position), following in zip(spots, [*spots[1:], None], strict=True):
        assert round(strip.anchor_x(position)) == column
        later = index.point_positions.index(position) + 1
        if following is not None and later < len(xs):
            assert round(xs[later]) >= following[0] - CROWD_STEP
    # Any event in view still has its marker, built when asked.
    unlabelled = next(s.key for s in index.specs if s.key not in {i.key for i in layout.items})
    place = layout.placement(unlabelled)
    assert place is not None and place.label is None


def test_period_rows_are_laid_out_once_for_every_zoom() -> None:
    index = EventIndex(crowd(3, 3000))
    before = compute_layout(index, 1400, 300, METRICS, Window(1850, 1900))
    after = compute_layout(index, 1400, 300, METRICS, Window(1860, 1870))
    assert before.strip is not None and after.strip is not None
    assert after.strip.tracks is before.strip.tracks  # the same rows, not laid out again
    # Bars of one row never overlap at a closer zoom (but in the top row, which the periods
    # beyond the rows allowed share).
    overflow = after.strip.rows.get(MAX_TRACKS - 1)
    rows = after.strip.bars_by_row(10_000)
    assert len(rows) > 2
    for row, bars in rows.items():
        if row != overflow:
            for (_, right, _), (left, _, _) in itertools.pairwise(bars):
                assert right <= left + 1e-6
