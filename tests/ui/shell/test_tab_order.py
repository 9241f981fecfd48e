"""Tab goes through the window as it reads, and whatever it reaches shows a ring."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from serge_desktop.ui.common.focus_ring import focus_ring_colour
from serge_desktop.ui.shell.main_window import MainWindow


def region_of(window: MainWindow, widget: QWidget) -> str:
    for name, pane in window._panes.items():
        if pane is widget or pane.isAncestorOf(widget):
            return name
    return "around"  # the toolbar, a bar above the panes, the pages' tabs


def tab_round(window: MainWindow, qtbot: QtBot) -> list[QWidget]:
    """Every control Tab reaches from the reader until it comes back to it."""
    window.activateWindow()
    window.focus_reader()
    qtbot.waitUntil(window.reader.hasFocus)
    reached: list[QWidget] = []
    for _ in range(60):
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        assert now is not None
        if now is window.reader:
            return reached
        reached.append(now)
    raise AssertionError("Tab never came back to the article")


def test_tab_follows_the_layout_article_notes_timeline_then_the_bars(
    window: MainWindow, qtbot: QtBot
) -> None:
    regions: list[str] = []
    for widget in tab_round(window, qtbot):
        region = region_of(window, widget)
        if not regions or regions[-1] != region:
            regions.append(region)
    assert regions == ["notes", "timeline", "around"]
    # Shift+Tab goes back the same way: from the article to the bars above, not to a pane.
    qtbot.keyClick(window.reader, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    focused = QApplication.focusWidget()
    assert focused is not None and region_of(window, focused) == "around"


def ring_shown_on(widget: QWidget) -> bool:
    """The ring's colour on the widget's left edge, half-way down (inside its viewport)."""
    inner = widget.viewport().geometry() if isinstance(widget, QAbstractItemView) else widget.rect()
    image = widget.grab().toImage()
    point = QPoint(inner.left(), inner.top() + inner.height() // 2)
    return image.pixelColor(point) == focus_ring_colour(widget.palette())


def test_lists_and_tool_buttons_show_a_ring_when_tab_reaches_them(
    window: MainWindow, qtbot: QtBot
) -> None:
    reached = tab_round(window, qtbot)
    notes_list = window.notes.list
    buttons = [w for w in reached if isinstance(w, QToolButton)]
    assert notes_list in reached and buttons
    for widget in [notes_list, *buttons]:
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(widget.hasFocus)
        qtbot.waitUntil(lambda w=widget: ring_shown_on(w))  # type: ignore[misc]
    # The ring goes with the focus.
    window.focus_reader()
    qtbot.waitUntil(lambda: not ring_shown_on(notes_list))
