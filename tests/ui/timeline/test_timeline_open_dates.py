"""Intervals open at one end ("from 1933", "until 1936") are drawn near their known end."""

from __future__ import annotations

import dataclasses
import datetime as dt

from pytestqt.qtbot import QtBot

from serge_desktop.core.fuzzy_date import parse_edtf
from serge_desktop.services.views import TimelineEventView
from serge_desktop.ui.timeline.captions import date_caption
from serge_desktop.ui.timeline.geometry.scale import OPEN_REACH, event_span, year_of
from tests.ui.timeline.test_timeline_view import event, serge_life, shown_pane


def open_event(edtf: str, label: str) -> TimelineEventView:
    """An event whose bounds come from the real date model (the sample's reader knows no "..")."""
    date = parse_edtf(edtf)
    return dataclasses.replace(
        event("1900", label),
        edtf=edtf,
        earliest=date.earliest,
        latest=date.latest,
        is_period=date.is_interval,
    )


def test_an_open_end_reaches_a_few_years_past_the_known_bound() -> None:
    start, end = event_span(dt.date(1933, 1, 1), dt.date.max)
    assert (start, end) == (1933.0, 1933.0 + OPEN_REACH)
    start, end = event_span(dt.date.min, dt.date(1936, 12, 31))
    assert abs(end - start - OPEN_REACH) < 1e-9 and abs(end - 1937.0) < 0.001
    start, end = event_span(dt.date(1919, 1, 1), dt.date(1919, 1, 31))
    assert start == year_of(dt.date(1919, 1, 1)) and end > year_of(dt.date(1919, 1, 31))


def test_open_intervals_are_captioned_from_their_known_end() -> None:
    assert date_caption(open_event("1933/..", "Deported")) == "from 1933"
    assert date_caption(open_event("../1936", "Purges")) == "until 1936"


def test_the_whole_span_stays_on_the_life_with_open_intervals(qtbot: QtBot) -> None:
    events = [*serge_life(), open_event("1933/..", "Exile"), open_event("../1890", "Family exile")]
    pane = shown_pane(qtbot, events, 1200)
    whole = pane.view.whole_window()
    assert 1880 < whole.start < 1890 and 1947 < whole.end < 1960
    labels = pane.view.event_rects()
    assert len(labels) == len(events)
