"""Zoom and pan on the timeline: wheel, pinch, drag, keys; readable labels and ticks at any zoom."""

from __future__ import annotations

import dataclasses
import itertools

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QAccessible, QNativeGestureEvent, QPointingDevice, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from serge_desktop.services.views import TimelineEventView
from serge_desktop.ui.timeline.geometry.scale import MIN_SPAN, Window, year_of
from serge_desktop.ui.timeline.view import TimelineView
from tests.ui.timeline.test_timeline_view import serge_life, shown_pane

ZOOMS = [None, Window(1915.0, 1930.0), Window(1918.9, 1927.1), Window(1919.0, 1920.0)]


@pytest.fixture
def events() -> list[TimelineEventView]:
    return serge_life()


def wheel(view: TimelineView, x: float, dy: int, modifiers: Qt.KeyboardModifier) -> None:
    pos = QPointF(x, view.height() / 2)
    event = QWheelEvent(
        pos,
        view.mapToGlobal(pos),
        QPoint(0, 0),
        QPoint(0, dy),
        Qt.MouseButton.NoButton,
        modifiers,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view, event)


@pytest.mark.parametrize("window", ZOOMS)
@pytest.mark.parametrize("width", [1200, 500])
def test_no_label_or_tick_label_overlaps_at_any_zoom(
    qtbot: QtBot, events: list[TimelineEventView], window: Window | None, width: int
) -> None:
    pane = shown_pane(qtbot, events, width)
    view = pane.view
    view.set_visible_window(window)
    qtbot.waitUntil(lambda: view.height() >= view.heightForWidth(view.width()))
    rects = view.event_rects()
    assert rects
    for (a, ra), (b, rb) in itertools.combinations(rects.items(), 2):
        assert not ra.adjusted(-2, -2, 2, 2).intersects(rb), (a, b)
    markers = view.marker_rects()
    for rect in rects.values():
        assert rect.left() >= 0 and rect.right() <= view.width()
        assert not any(rect.intersects(marker) for marker in markers.values())
    ticks = view.tick_label_rects()
    assert len(ticks) >= 2
    for (ta, ra), (tb, rb) in itertools.combinations(ticks, 2):
        assert not ra.intersects(rb), (ta, tb)
    shown = view.visible_window()
    for e in events:  # every event whose date is in view has its marker, and a label
        middle = (year_of(e.earliest) + year_of(e.latest) + 1 / 365.25) / 2
        in_view = shown.start < year_of(e.latest) and year_of(e.earliest) < shown.end
        if (e.is_period and in_view) or shown.contains(middle):
            assert e.id in markers and e.id in rects, e.label
        elif not in_view:
            assert e.id not in markers, e.label
    view.grab()


def test_ticks_go_from_decades_to_years_to_months(
    qtbot: QtBot, events: list[TimelineEventView]
) -> None:
    pane = shown_pane(qtbot, events, 1200)
    view = pane.view
    texts = [t for t, _ in view.tick_label_rects()]
    assert texts[:2] == ["1890", "1900"]
    view.set_visible_window(Window(1918.9, 1927.1))
    assert [t for t, _ in view.tick_label_rects()] == [str(y) for y in range(1919, 1928)]
    view.set_visible_window(Window(1919.0, 1920.0))
    texts = [t for t, _ in view.tick_label_rects()]
    assert texts[0] == "1919" and "Jun" in texts and len(texts) >= 12


def test_ctrl_wheel_zooms_around_the_pointer_and_plain_wheel_pans(
    qtbot: QtBot, events: list[TimelineEventView]
) -> None:
    pane = shown_pane(qtbot, events, 1000)
    view = pane.view
    whole = view.visible_window()
    x = view.width() * 0.3
    moment = view.frame().layout.year_at(x)
    wheel(view, x, 240, Qt.KeyboardModifier.ControlModifier)
    zoomed = view.visible_window()
    assert zoomed.span < whole.span / 1.5
    assert view.frame().layout.year_at(x) == pytest.approx(moment, abs=1e-6)
    wheel(view, x, -120, Qt.KeyboardModifier.NoModifier)  # down: later in time
    assert view.visible_window().start > zoomed.start
    assert view.visible_window().span == pytest.approx(zoomed.span)
    wheel(view, x, 120, Qt.KeyboardModifier.ShiftModifier)
    assert view.visible_window().start == pytest.approx(zoomed.start)
    for _ in range(30):  # out as far as it goes: the whole span, no further
        wheel(view, x, -120, Qt.KeyboardModifier.ControlModifier)
    assert view.visible_window() == whole and view.is_fit()


def test_zoom_in_stops_at_about_a_week(qtbot: QtBot, events: list[TimelineEventView]) -> None:
    pane = shown_pane(qtbot, events, 1000)
    view = pane.view
    for _ in range(80):
        QTest.keyClick(view, Qt.Key.Key_Plus)
    assert view.visible_window().span == pytest.approx(MIN_SPAN)
    texts = [t for t, _ in view.tick_label_rects()]
    assert all(t.isdigit() or t.isalpha() for t in texts) and len(texts) >= 3
    view.grab()


def test_pinch_zooms(qtbot: QtBot, events: list[TimelineEventView]) -> None:
    pane = shown_pane(qtbot, events, 1000)
    view = pane.view
    whole = view.visible_window()
    pos = QPointF(view.width() / 2, 50)
    pinch = QNativeGestureEvent(
        Qt.NativeGestureType.ZoomNativeGesture,
        QPointingDevice.primaryPointingDevice(),
        2,
        pos,
        pos,
        view.mapToGlobal(pos),
        0.5,
        QPointF(0, 0),
    )
    QApplication.sendEvent(view, pinch)
    assert view.visible_window().span == pytest.approx(whole.span / 1.5)


def test_drag_on_the_background_pans(qtbot: QtBot, events: list[TimelineEventView]) -> None:
    pane = shown_pane(qtbot, events, 1000)
    view = pane.view
    view.set_visible_window(Window(1915.0, 1925.0))
    empty = QPoint(view.width() // 2, 4)  # above every lane
    assert not any(r.contains(QPointF(empty)) for r in view.event_rects().values())
    QTest.mousePress(view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, empty)
    QTest.mouseMove(view, empty + QPoint(-200, 0))
    QTest.mouseRelease(
        view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, empty + QPoint(-200, 0)
    )
    moved = view.visible_window()
    assert moved.start == pytest.approx(
        1915.0 + 200 * 10 / (view.frame().layout.axis_x1 - view.frame().layout.axis_x0)
    )
    assert moved.span == pytest.approx(10.0)


def test_keys_zoom_pan_fit_and_zoom_to_selection(
    qtbot: QtBot, events: list[TimelineEventView]
) -> None:
    pane = shown_pane(qtbot, events, 1000)
    view = pane.view
    whole = view.visible_window()
    QTest.keyClick(view, Qt.Key.Key_Plus)
    QTest.keyClick(view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert view.visible_window().span == pytest.approx(whole.span / 1.25**2)
    QTest.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.visible_window().span == pytest.approx(whole.span / 1.25)
    before = view.visible_window()
    QTest.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert view.visible_window().start > before.start
    assert view.selected_event_id() is None  # Shift+arrows move in time, not between events
    QTest.keyClick(view, Qt.Key.Key_Home)
    assert view.is_fit() and view.selected_event_id() == events[0].id
    period = events[6]  # 1922–1926 in Germany and Austria
    view.select_event(period.id)
    QTest.keyClick(view, Qt.Key.Key_Z)
    shown = view.visible_window()
    assert shown.start < 1922.0 and shown.end > 1927.0 and shown.span < 8
    markers = view.marker_rects()
    assert markers[period.id].width() > view.width() * 0.5  # the period fills the view


def test_arrows_reach_events_out_of_view_and_bring_them_in(
    qtbot: QtBot, events: list[TimelineEventView]
) -> None:
    pane = shown_pane(qtbot, events, 1000)
    view = pane.view
    view.set_visible_window(Window(1889.0, 1895.0))
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Right)
    assert view.selected_event_id() == events[0].id
    with qtbot.waitSignal(view.event_selected) as selected:
        QTest.keyClick(view, Qt.Key.Key_Right)
    assert selected.args == [events[1].id]  # 1908: off screen until now
    assert view.visible_window().contains(1908.5)
    assert events[1].id in view.event_rects()
    assert view.visible_window().span == pytest.approx(6.0)  # the zoom is kept
    view.grab()


def test_note_badges_and_accessible_names(qtbot: QtBot, events: list[TimelineEventView]) -> None:
    noted = dataclasses.replace(events[3], note_count=3)
    plain = dataclasses.replace(events[4], note_count=0)
    pane = shown_pane(qtbot, [*events[:3], noted, plain, *events[5:]], 1200)
    view = pane.view
    frame = {d.event.id: d for d in view.frame().drawn}
    assert frame[noted.id].badge_width > 0 and frame[plain.id].badge_width == 0
    noted_rect = view.event_rects()[noted.id]
    assert noted_rect.width() > frame[noted.id].badge_width + 60  # room for the text too
    view.setFocus()
    view.select_event(noted.id)
    assert view.accessibleDescription() == f"{noted.date_text}: {noted.label}, 3 notes"
    assert view.accessibleName().endswith(f"{noted.label}, 3 notes")
    assert "January 1919" in view.accessibleName()  # the date in words
    QTest.keyClick(view, Qt.Key.Key_Right)
    assert "notes" not in view.accessibleDescription()
    assert QAccessible.queryAccessibleInterface(view).text(QAccessible.Text.Name) == (
        view.accessibleName()
    )
    image = view.grab().toImage()
    assert not image.isNull()


def test_ctrl_zoom_keys_are_the_timelines_while_it_has_focus(qtbot: QtBot) -> None:
    view = TimelineView()
    qtbot.addWidget(view)
    view.set_events(serge_life())
    view.resize(800, 300)
    view.show()
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert not view.is_fit()
