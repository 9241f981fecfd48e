"""Thousands of events: a zoom step lays out and draws the crowd without an object per event."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from serge_desktop.ui.timeline.pane import TimelinePane
from tests.ui.timeline.crowd_events import crowd


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
