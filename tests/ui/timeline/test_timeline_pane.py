"""The timeline pane in the window: its controls, its time bar, another view, the menu, export."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QStandardItemModel
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from serge_desktop.ui.features.timeline_viewing import TimelineViewing
from serge_desktop.ui.shell.main_window import MainWindow
from serge_desktop.ui.timeline.geometry.scale import Window
from tests.ui.timeline.test_timeline_view import serge_life, shown_pane


def test_buttons_zoom_and_the_range_is_said_in_words(qtbot: QtBot) -> None:
    pane = shown_pane(qtbot, serge_life(), 1000)
    controls, view = pane.controls, pane.view
    assert not controls.zoom_out.isEnabled() and not controls.fit_all.isEnabled()
    assert not controls.zoom_to_selection.isEnabled()
    assert controls.range_label.text() == "1889 – 1948"
    assert not pane.time_bar().isVisible()
    zoom_in = next(b for b in controls.buttons if b.defaultAction() is controls.zoom_in)
    assert zoom_in.accessibleName() == "Zoom In Timeline" and "Ctrl+=" in zoom_in.toolTip()
    QTest.mouseClick(zoom_in, Qt.MouseButton.LeftButton)
    assert not view.is_fit() and controls.fit_all.isEnabled()
    assert pane.time_bar().isVisible()
    view.set_visible_window(Window(1918.9, 1927.1))
    assert controls.range_label.text() == "1919 – 1926"
    view.set_visible_window(Window(1919.35, 1919.6))
    assert controls.range_label.text() == "May – Aug 1919"
    view.select_event(serge_life()[6].id)  # the ids are new: nothing selected
    view.select_event(view.events()[6].id)
    assert controls.zoom_to_selection.isEnabled()
    controls.fit_all.trigger()
    assert view.is_fit() and controls.range_label.text() == "1889 – 1948"


def test_the_time_bar_follows_and_moves_the_view(qtbot: QtBot) -> None:
    pane = shown_pane(qtbot, serge_life(), 1000)
    view, bar = pane.view, pane.time_bar()
    view.set_visible_window(Window(1900.0, 1910.0))
    assert bar.isVisible() and 0 < bar.value() < bar.maximum()
    bar.setValue(bar.maximum())
    assert view.visible_window().end == pytest.approx(view.whole_window().end)
    assert view.visible_window().span == pytest.approx(10.0)


def test_an_alternate_view_shares_the_pane(qtbot: QtBot) -> None:
    pane = shown_pane(qtbot, serge_life(), 1000)
    model = QStandardItemModel(3, 2)
    table = QTableView()
    table.setModel(model)
    pane.add_alternate_view(table, "Table")
    assert pane.current_view() is not table
    toggles = [
        b for b in pane.controls.findChildren(type(pane.controls.buttons[0])) if b.isCheckable()
    ]
    chart, table_toggle = toggles
    assert chart.text() == "Chart" and chart.isChecked() and table_toggle.text() == "Table"
    assert table_toggle.focusPolicy() & Qt.FocusPolicy.TabFocus
    pane.view.setFocus()
    QTest.mouseClick(table_toggle, Qt.MouseButton.LeftButton)
    assert pane.current_view() is table and not chart.isChecked()
    assert not pane.controls.zoom_in.isEnabled()  # zoom is the chart's
    table_toggle.setFocus()
    QTest.keyClick(chart, Qt.Key.Key_Space)
    assert pane.current_view() is not table and chart.isChecked()
    assert pane.controls.zoom_in.isEnabled()


def test_timeline_menu_has_the_zoom_actions_and_ctrl_plus_is_scoped(window: MainWindow) -> None:
    menu = window.commands.menus["timeline"]
    texts = [a.text() for a in menu.actions()]
    for text in ("Zoom &In Timeline", "Zoom &Out Timeline", "&Fit All", "Zoom to &Selection"):
        assert text in texts
    assert "&Export Timeline Image…" in texts
    reader_zoom = window.reader.zoom_factor()
    window.timeline.view.setFocus()
    QTest.keyClick(window.timeline.view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert not window.timeline.view.is_fit()
    assert window.reader.zoom_factor() == reader_zoom  # the reader's zoom left alone
    span = window.timeline.view.visible_window().span
    window.reader.setFocus()
    QTest.keyClick(window.reader, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.reader.zoom_factor() > reader_zoom  # elsewhere, Ctrl+= is the reader's
    assert window.timeline.view.visible_window().span == span


def feature(window: MainWindow) -> TimelineViewing:
    return next(f for f in window.features if isinstance(f, TimelineViewing))


def test_export_of_the_visible_range(window: MainWindow, tmp_path: Path) -> None:
    view = window.timeline.view
    view.set_visible_window(Window(1918.9, 1927.1))
    png = tmp_path / "zoomed.png"
    assert feature(window).export_to(png, view.visible_window())
    image = QImage(str(png))
    assert image.width() == 2 * max(800, view.width())
    colours = {
        image.pixelColor(x, y).rgb()
        for x in range(0, image.width(), 9)
        for y in range(0, image.height(), 9)
    }
    assert QColor("white").rgb() in colours and len(colours) > 20
    svg = tmp_path / "zoomed.svg"
    assert feature(window).export_to(svg, view.visible_window())
    ns = "{http://www.w3.org/2000/svg}"
    texts = " ".join("".join(t.itertext()) for t in ET.parse(svg).getroot().iter(f"{ns}text"))
    assert "Reaches Petrograd" in texts and "1923" in texts
    assert "Born in Brussels" not in texts and "Dies of a heart attack" not in texts
    whole = tmp_path / "whole.svg"
    assert feature(window).export_to(whole, None)
    texts = " ".join("".join(t.itertext()) for t in ET.parse(whole).getroot().iter(f"{ns}text"))
    assert "Born in Brussels" in texts and "Dies of a heart attack" in texts
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix) == [
        "whole.svg",
        "zoomed.png",
        "zoomed.svg",
    ]


def test_a_failed_export_says_why_and_leaves_nothing(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    target = tmp_path / "missing" / "timeline.png"
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    seen: list[str] = []

    def close_box() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.close()

    QTimer.singleShot(100, close_box)
    assert not feature(window).export_to(target, None)
    assert seen and "could not be saved" in seen[0]
    assert not target.parent.exists()
