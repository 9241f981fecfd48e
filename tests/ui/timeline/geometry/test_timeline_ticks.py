"""The time scale and its ticks, without Qt: limits of zoom and pan, labels that never touch."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from serge_desktop.ui.timeline.geometry.scale import (
    MIN_SPAN,
    Window,
    clamped,
    date_of,
    framing,
    panned,
    whole_window,
    year_of,
    zoomed,
)
from serge_desktop.ui.timeline.geometry.ticks import LABEL_GAP, Unit, choose_step, tick_marks

WIDTHS: dict[Unit, float] = {"year": 30.0, "month": 28.0, "day": 28.0}
WHOLE = whole_window(1890.0, 1948.0)


@given(st.dates(dt.date(1, 1, 1), dt.date(9998, 12, 31)))
def test_a_date_survives_the_round_trip_through_fractional_years(day: dt.date) -> None:
    assert date_of(year_of(day)) == day


def test_zoom_keeps_the_moment_under_the_pointer_and_stops_at_the_limits() -> None:
    window = zoomed(WHOLE, 4.0, 1919.0, WHOLE)
    share_before = (1919.0 - WHOLE.start) / WHOLE.span
    assert window.span == pytest.approx(WHOLE.span / 4)
    assert (1919.0 - window.start) / window.span == pytest.approx(share_before)
    deep = window
    for _ in range(100):
        deep = zoomed(deep, 2.0, 1919.5, WHOLE)
    assert deep.span == pytest.approx(MIN_SPAN)  # about a week, no less
    out = zoomed(window, 1 / 100, 1919.0, WHOLE)
    assert out == WHOLE  # never beyond the whole span and its margins


def test_pan_stops_at_the_ends_and_framing_fills_the_view() -> None:
    window = Window(1900.0, 1910.0)
    assert panned(window, -100, WHOLE) == Window(WHOLE.start, WHOLE.start + 10)
    assert panned(window, +100, WHOLE).end == pytest.approx(WHOLE.end)
    framed = framing(1922.0, 1927.0, WHOLE)
    assert framed.start < 1922.0 and framed.end > 1927.0
    assert 5 < framed.span < 5 * 1.5
    assert clamped(Window(1900, 1900), WHOLE).span == pytest.approx(MIN_SPAN)


@pytest.mark.parametrize(
    ("window", "unit", "count"),
    [
        (WHOLE, "year", 10),
        (Window(1918.9, 1927.1), "year", 1),
        (Window(1919.0, 1920.0), "month", 1),
        (Window(1919.3, 1919.4), "day", 7),
        (Window(1919.3, 1919.3 + MIN_SPAN), "day", 1),
    ],
)
def test_the_step_follows_the_zoom(window: Window, unit: str, count: int) -> None:
    step = choose_step(window.span, 1350, WIDTHS)
    assert (step.unit, step.count) == (unit, count)


@given(
    st.floats(1500, 2000),
    st.floats(MIN_SPAN, 400),
    st.floats(200, 3000),
)
def test_labelled_ticks_are_far_enough_apart_for_their_labels(
    start: float, span: float, width: float
) -> None:
    marks = tick_marks(start, start + span, width, WIDTHS)
    majors = [m for m in marks if m.major]
    assert all(start <= m.when <= start + span for m in marks)
    assert [m.when for m in marks] == sorted(m.when for m in marks)
    scale = width / span
    for a, b in itertools.pairwise(majors):
        assert (b.when - a.when) * scale >= WIDTHS[a.unit] + LABEL_GAP - 1e-6
