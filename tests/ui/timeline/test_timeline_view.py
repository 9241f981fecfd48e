"""The timeline: every label readable at wide and narrow sizes, mouse and keyboard activation."""

from __future__ import annotations

import calendar
import datetime as dt
import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from serge_desktop.services.views import TimelineEventView
from serge_desktop.ui.timeline.geometry.layout import (
    ItemSpec,
    Metrics,
    assign_lanes,
    compute_layout,
    year_of,
)
from serge_desktop.ui.timeline.pane import TimelinePane
from serge_desktop.ui.timeline.view import TimelineView

_ids = itertools.count(1)


def bounds(edtf: str) -> tuple[dt.date, dt.date, bool]:
    """Just enough EDTF for the sample: YYYY, YYYY-MM, YYYX, YYYY~ and YYYY/YYYY."""
    if "/" in edtf:
        first, last = edtf.split("/")
        return dt.date(int(first), 1, 1), dt.date(int(last), 12, 31), True
    if edtf.endswith("X"):
        decade = int(edtf[:3]) * 10
        return dt.date(decade, 1, 1), dt.date(decade + 9, 12, 31), False
    if edtf.endswith("~"):
        year = int(edtf[:-1])
        return dt.date(year - 1, 1, 1), dt.date(year + 1, 12, 31), False
    if "-" in edtf:
        year, month = map(int, edtf.split("-"))
        last_day = calendar.monthrange(year, month)[1]
        return dt.date(year, month, 1), dt.date(year, month, last_day), False
    return dt.date(int(edtf), 1, 1), dt.date(int(edtf), 12, 31), False


def event(
    edtf: str, label: str, category: str = "life", *, context: bool = False
) -> TimelineEventView:
    earliest, latest, is_period = bounds(edtf)
    return TimelineEventView(
        id=next(_ids),
        edtf=edtf,
        date_text=edtf.replace("/", "–"),
        label=label,
        category=category,
        is_context=context,
        earliest=earliest,
        latest=latest,
        is_period=is_period,
        quote=f"Evidence for {label.lower()}.",
        start=0,
        end=10,
    )


def serge_life() -> list[TimelineEventView]:
    return [
        event("1890", "Born in Brussels"),
        event("1908", "Goes to Paris, edits an anarchist paper", "writing"),
        event("1917", "Russian Revolution", "politics"),
        event("1919-01", "Reaches Petrograd"),
        event("1919-05", "Joins the Communist Party", "politics"),
        event("192X", "Sees the revolution must spread", "politics"),
        event("1922/1926", "Journalist in Germany and Austria", "writing"),
        event("1923~", "Joins the Left Opposition", "politics"),
        event("1928", "Expelled from the party", "politics", context=True),
        event("1933/1936", "Deported to a remote area", "exile"),
        event("1936-04", "Allowed to leave Russia", "exile"),
        event("1936~", "Stalin's purges", "politics", context=True),
        event("1940-06", "Nazis occupy France", "politics", context=True),
        event("1941/1947", "Asylum in Mexico", "exile"),
        event("1943~", "Memoirs of a Revolutionary", "writing"),
        event("1947", "Dies of a heart attack"),
    ]


@pytest.fixture
def events() -> list[TimelineEventView]:
    return serge_life()


def shown_pane(qtbot: QtBot, events: list[TimelineEventView], width: int) -> TimelinePane:
    pane = TimelinePane()
    qtbot.addWidget(pane)
    pane.view.set_events(events)
    pane.resize(width, 360)
    pane.show()
    qtbot.waitExposed(pane)
    viewport = pane.scroll_area().viewport()
    qtbot.waitUntil(lambda: pane.view.size().width() == viewport.width())  # scroll bars settled
    pane.grab()  # forces a paint
    return pane


@pytest.mark.parametrize("width", [900, 420])
def test_labels_are_readable_and_in_time_order(
    qtbot: QtBot, events: list[TimelineEventView], width: int
) -> None:
    pane = shown_pane(qtbot, events, width)
    view = pane.view
    viewport = pane.scroll_area().viewport()
    assert view.width() == viewport.width()  # no horizontal scrolling
    rects = view.event_rects()
    markers = view.marker_rects()
    assert set(rects) == {e.id for e in events}
    for (a, ra), (b, rb) in itertools.combinations(rects.items(), 2):
        assert not ra.adjusted(-2, -2, 2, 2).intersects(rb), (a, b)
    for rect in rects.values():
        assert rect.left() >= 0 and rect.right() <= view.width()
        assert rect.top() >= 0 and rect.bottom() <= view.height()
        assert not any(rect.intersects(marker) for marker in markers.values())
    # Markers run left to right in date order; so do the labels within each lane.
    order = sorted(
        events,
        key=lambda e: e.earliest if e.is_period else e.earliest + (e.latest - e.earliest) / 2,
    )
    xs = [markers[e.id].left() if e.is_period else markers[e.id].center().x() for e in order]
    assert xs == sorted(xs)
    lanes: dict[float, list[float]] = {}
    for e in order:
        lanes.setdefault(rects[e.id].top(), []).append(rects[e.id].left())
    assert all(lefts == sorted(lefts) for lefts in lanes.values())


def test_narrow_view_grows_taller_and_scrolls(
    qtbot: QtBot, events: list[TimelineEventView]
) -> None:
    wide_pane = shown_pane(qtbot, events, 900)
    narrow_pane = shown_pane(qtbot, events, 420)
    assert narrow_pane.view.height() > wide_pane.view.height()
    bar = narrow_pane.scroll_area().verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == bar.maximum()  # the axis is in view


def test_axis_has_decade_ticks_and_yearly_minor_ticks() -> None:
    metrics = Metrics(
        label_height=22,
        marker_radius=5,
        bar_height=7,
        tick_label_width=30,
        tick_label_height=14,
        legend_height=20,
        legend_widths=(60, 60),
    )
    specs = [
        ItemSpec(1, year_of(dt.date(1890, 1, 1)), 1891.0, False, False, 150),
        ItemSpec(2, 1941.0, year_of(dt.date(1948, 1, 1)), True, False, 150),
    ]
    layout = compute_layout(specs, 900, 300, metrics)
    assert [t.year for t in layout.ticks if t.major] == [1890, 1900, 1910, 1920, 1930, 1940]
    assert len([t for t in layout.ticks if not t.major]) > 50
    narrow = compute_layout(specs, 240, 300, metrics)
    assert [t.year for t in narrow.ticks if t.major] == [1900, 1920, 1940]


def test_click_on_a_label_activates_its_event(
    qtbot: QtBot, events: list[TimelineEventView]
) -> None:
    pane = shown_pane(qtbot, events, 900)
    view = pane.view
    target = events[6]
    centre = view.event_rects()[target.id].center().toPoint()
    seen: list[int] = []
    view.event_selected.connect(seen.append)
    with qtbot.waitSignal(view.event_activated) as blocker:
        QTest.mouseClick(view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)
    assert blocker.args == [target.id]
    assert seen == [target.id]
    assert view.selected_event_id() == target.id
    assert view.accessibleDescription() == f"{target.date_text}: {target.label}"


def test_click_on_a_marker_activates_its_event(
    qtbot: QtBot, events: list[TimelineEventView]
) -> None:
    pane = shown_pane(qtbot, events, 900)
    view = pane.view
    target = events[0]
    centre = view.marker_rects()[target.id].center().toPoint()
    with qtbot.waitSignal(view.event_activated) as blocker:
        QTest.mouseClick(view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)
    assert blocker.args == [target.id]


def test_keyboard_moves_in_time_order_and_enter_activates(
    qtbot: QtBot, events: list[TimelineEventView]
) -> None:
    pane = shown_pane(qtbot, events, 900)
    view = pane.view
    view.select_event(events[3].id)
    with qtbot.waitSignal(view.event_selected) as selected:
        QTest.keyClick(view, Qt.Key.Key_Right)
    assert selected.args == [events[4].id]
    with qtbot.waitSignal(view.event_activated) as activated:
        QTest.keyClick(view, Qt.Key.Key_Return)
    assert activated.args == [events[4].id]
    QTest.keyClick(view, Qt.Key.Key_End)
    assert view.selected_event_id() == events[-1].id
    QTest.keyClick(view, Qt.Key.Key_Home)
    assert view.selected_event_id() == events[0].id
    view.grab()  # the focus ring paints


def test_select_event_is_silent_and_highlight_paints(
    qtbot: QtBot, events: list[TimelineEventView]
) -> None:
    pane = shown_pane(qtbot, events, 900)
    view = pane.view
    with qtbot.assertNotEmitted(view.event_selected):
        view.select_event(events[2].id)
    assert view.selected_event_id() == events[2].id
    view.highlight_events({events[5].id, events[6].id})
    view.grab()
    view.set_events(events[:2])  # the selected event is gone
    assert view.selected_event_id() is None


def test_empty_and_single_event_paint(qtbot: QtBot, events: list[TimelineEventView]) -> None:
    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(600, 300)
    view.set_events([])
    assert not view.event_rects()
    view.grab()
    view.set_events([events[3]])
    assert list(view.event_rects()) == [events[3].id]
    view.grab()
    QTest.keyClick(view, Qt.Key.Key_Right)
    assert view.selected_event_id() == events[3].id


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen tooltips
def test_tooltip_shows_the_evidence(qtbot: QtBot, events: list[TimelineEventView]) -> None:
    pane = shown_pane(qtbot, events, 900)
    view = pane.view
    target = next(e for e in events if e.is_context)
    point = view.event_rects()[target.id].center().toPoint()
    QApplication.sendEvent(view, QHelpEvent(QEvent.Type.ToolTip, point, view.mapToGlobal(point)))
    text = QToolTip.text()
    assert target.quote in text and target.edtf in text and "outside the article" in text
    QToolTip.hideText()


@given(st.lists(st.tuples(st.floats(0, 1000), st.floats(1, 300), st.floats(0, 300)), max_size=30))
def test_lanes_never_overlap(flags: list[tuple[float, float, float]]) -> None:
    options = [[(x, x + w, 0), (x - w2, x, 1)] for x, w, w2 in sorted(flags)]
    for from_right in (False, True):
        chosen = assign_lanes(options, 4.0, from_right=from_right)
        placed = [(lane, options[i][choice]) for i, (lane, choice) in enumerate(chosen)]
        for (lane_a, a), (lane_b, b) in itertools.combinations(placed, 2):
            if lane_a == lane_b:
                assert a[1] + 4.0 <= b[0] or b[1] + 4.0 <= a[0]
