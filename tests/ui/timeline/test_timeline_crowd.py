"""Thousands of events: a zoom step lays out and draws the crowd without an object per event."""

from __future__ import annotations

import datetime as dt
import random

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from serge_desktop.services.views import TimelineEventView
from serge_desktop.ui.timeline.pane import TimelinePane


def crowd(count: int) -> list[TimelineEventView]:
    """Points, periods and uncertain years over two centuries, as the benchmark draws."""
    rng = random.Random(1890)
    events = []
    for i in range(count):
        first = dt.date(1800, 1, 1) + dt.timedelta(days=rng.randrange(200 * 365))
        kind = rng.random()
        if kind < 0.25:
            last, edtf, period = first + dt.timedelta(days=rng.randrange(30, 3000)), "a/b", True
        elif kind < 0.4:
            first = dt.date(first.year - 1, 1, 1)
            last, edtf, period = dt.date(first.year + 2, 12, 31), f"{first.year + 1}~", False
        else:
            last, edtf, period = first, first.isoformat(), False
        events.append(
            TimelineEventView(
                id=i + 1, edtf=edtf, date_text=edtf, label=f"Event {i}", category="life",
                is_context=i % 10 == 0, earliest=first, latest=last, is_period=period,
                quote="", start=0, end=0,
            )
        )  # fmt: skip
    return events


def test_zoom_steps_lay_out_the_labelled_events_only(qtbot: QtBot) -> None:
    pane = TimelinePane()
    qtbot.addWidget(pane)
    pane.resize(1400, 340)
    pane.show()
    qtbot.waitExposed(pane)
    view = pane.view
    view.set_events(crowd(4000))
    view.repaint()
    tracks = view.frame().layout.strip
    assert tracks is not None
    for _ in range(4):
        view.zoom_in()
        view.repaint()
        frame = view.frame()
        assert "drawn" not in frame.__dict__  # painting built no DrawnEvent for the crowd
        assert 0 < len(frame.labelled) < 200
        strip = frame.layout.strip
        assert strip is not None and len(strip.in_view) > 1000
        assert strip.tracks is tracks.tracks  # the period rows laid out once, for every zoom
    # A repaint copies the cached layer: it lays out nothing again.
    layout = view.frame().layout
    view.repaint()
    assert view.frame().layout is layout


def test_a_folded_label_s_marker_is_found_under_the_pointer(qtbot: QtBot) -> None:
    pane = TimelinePane()
    qtbot.addWidget(pane)
    pane.resize(1400, 340)
    pane.show()
    qtbot.waitExposed(pane)
    view = pane.view
    view.set_events(crowd(150))
    markers = view.marker_rects()
    labels = view.event_rects()
    alone = next(
        key
        for key, rect in markers.items()
        if key not in labels
        and rect.width() == rect.height()
        and not any(
            r.intersects(rect.adjusted(-4, -4, 4, 4)) for k, r in markers.items() if k != key
        )
    )
    QTest.mouseClick(view, Qt.MouseButton.LeftButton, pos=markers[alone].center().toPoint())
    assert view.selected_event_id() == alone
    assert list(view.callout_rects()) == [alone]  # its folded label shows while selected
