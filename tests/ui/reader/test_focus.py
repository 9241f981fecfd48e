"""The reader takes the keyboard when the window gives it, reads on from the screen, has a ring."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from serge_desktop.ui.common.focus_ring import focus_ring_colour
from serge_desktop.ui.shell.main_window import MainWindow


def test_focus_reader_gives_the_text_the_keyboard_and_page_down_reads_on(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.resize(1200, 700)
    reader, bar = window.reader, window.reader.verticalScrollBar()
    window.notes.filter_bar.field.setFocus()  # as after Ctrl+O, the focus is elsewhere
    bar.setValue(bar.maximum() // 2)  # the reading position of the article opened
    middle = bar.value()
    window.commands.show_reader.trigger()  # the article pane hidden: it comes back
    window.focus_reader()
    qtbot.waitUntil(reader.hasFocus)
    assert bar.value() == middle  # giving the focus does not scroll
    assert not window._panes["reader"].isHidden()
    qtbot.keyClick(reader, Qt.Key.Key_PageDown)
    assert middle < bar.value() <= middle + reader.viewport().height()
    after_page = bar.value()
    qtbot.keyClick(reader, Qt.Key.Key_PageUp)
    assert bar.value() < after_page


def test_page_down_goes_on_from_where_the_wheel_left_the_text(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.resize(1200, 700)
    reader, bar = window.reader, window.reader.verticalScrollBar()
    window.focus_reader()  # the caret on the first line, at the top
    qtbot.waitUntil(reader.hasFocus)
    bar.setValue(bar.maximum() // 2)  # scrolled with the wheel: the caret is left above
    middle = bar.value()
    qtbot.keyClick(reader, Qt.Key.Key_PageDown)
    assert bar.value() > middle  # not back to where the caret was
    qtbot.keyClick(reader, Qt.Key.Key_Down)
    assert bar.value() >= middle


def test_a_ring_shows_which_pane_has_the_keyboard(window: MainWindow, qtbot: QtBot) -> None:
    reader = window.reader
    ring = reader._focus_ring
    window.focus_reader()
    qtbot.waitUntil(ring.is_shown)
    assert ring.bounds() == reader.viewport().geometry()
    image = window.grab().toImage()
    edge = reader.viewport().mapTo(window, reader.viewport().rect().topLeft())
    middle_of_left_edge = edge.y() + reader.viewport().height() // 2
    assert image.pixelColor(edge.x(), middle_of_left_edge) == focus_ring_colour(reader.palette())
    window.notes.filter_bar.field.setFocus()
    qtbot.waitUntil(lambda: not ring.is_shown())
    window.find_bar.hide()
    window.resize(1000, 640)  # the ring follows the viewport's size
    window.focus_reader()
    qtbot.waitUntil(lambda: ring.bounds() == reader.viewport().geometry())
