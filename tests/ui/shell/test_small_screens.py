"""On a small screen every study pane fits the window: nothing is pushed off its bottom edge.

1440×900 at 200 % gives the window 720×450 logical pixels less a title bar; 1024×700 less a
title bar and a panel. The window asked for 671 pixels of height, so at 200 % the timeline and
the notes' Delete button were below the screen.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from serge_desktop.ui.shell.main_window import MainWindow
from serge_desktop.ui.window.context import PageId

SCREENS = {"1440x900 at 200 %": QSize(720, 418), "1024x700": QSize(1024, 640)}


def rect_in_window(window: MainWindow, widget: QWidget) -> QRect:
    return QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())


@pytest.mark.parametrize("screen", sorted(SCREENS))
def test_every_pane_fits_the_window_on_a_small_screen(
    window: MainWindow, qtbot: QtBot, screen: str
) -> None:
    size = SCREENS[screen]
    for page in (PageId.LIBRARY, PageId.STUDY):  # every page's least height counts
        window.show_page(page)
        hint = window.minimumSizeHint()
        assert hint.width() <= size.width() and hint.height() <= size.height(), (page, hint)
    window.resize(size)
    qtbot.waitUntil(lambda: window.size() == size)
    inside = window.rect()
    for name, pane in window._panes.items():
        assert pane.isVisible() and pane.height() > 40, name
        assert inside.contains(rect_in_window(window, pane)), name
    # The whole chart (axis and legend at its foot) is on screen.
    assert inside.contains(rect_in_window(window, window.timeline.view))
    # The notes' controls are all reachable: scrolled to, the Delete button shows whole.
    notes_box = window._panes["notes"]
    button = window.notes.delete_button
    notes_box.ensureWidgetVisible(button)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: notes_box.rect().contains(rect_in_window(notes_box, button)))  # type: ignore[arg-type]
    assert inside.contains(rect_in_window(window, button))


def test_the_article_keeps_three_lines_at_200_percent(window: MainWindow, qtbot: QtBot) -> None:
    # The timeline's title had a row of its own above its controls: at 200 % the article,
    # beside the notes and above the chart at its least height, showed two lines and a half.
    size = SCREENS["1440x900 at 200 %"]
    window.resize(size)
    chart = window.timeline.view
    # Settled: the chart, narrower, wraps its legend onto a second row and asks for its height.
    qtbot.waitUntil(lambda: chart.height() >= chart.minimumSizeHint().height())
    lines = QFontMetrics(window.reader.reading_font()).lineSpacing()
    assert window.reader.viewport().height() >= 3 * lines, (
        window.reader.viewport().height(),
        lines,
    )
