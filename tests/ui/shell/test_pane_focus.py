"""F6 and Shift+F6 take the keyboard round the visible study panes."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from serge_desktop.ui.shell.main_window import MainWindow


def pane_with_focus(window: MainWindow) -> str:
    focused = QApplication.focusWidget()
    assert focused is not None
    panes: dict[str, QWidget] = window._panes
    [name] = [name for name, pane in panes.items() if pane.isAncestorOf(focused)]
    return name


def test_f6_goes_round_the_panes_and_shift_f6_comes_back(window: MainWindow, qtbot: QtBot) -> None:
    window.activateWindow()
    window.reader.focus_text()
    qtbot.waitUntil(window.reader.hasFocus)
    seen = []
    for _ in range(3):
        window.commands.next_pane.trigger()
        seen.append(pane_with_focus(window))
    assert seen == ["notes", "timeline", "reader"]
    window.commands.previous_pane.trigger()
    assert pane_with_focus(window) == "timeline"
    window.commands.previous_pane.trigger()
    assert window.notes.list.hasFocus()


def test_a_hidden_pane_is_skipped(window: MainWindow, qtbot: QtBot) -> None:
    window.activateWindow()
    window.commands.show_notes.trigger()  # hide the notes
    window.reader.focus_text()
    qtbot.waitUntil(window.reader.hasFocus)
    window.commands.next_pane.trigger()
    assert pane_with_focus(window) == "timeline"
    window.commands.next_pane.trigger()
    assert window.reader.hasFocus()


def test_f6_from_another_page_comes_back_to_the_study_panes(window: MainWindow) -> None:
    window.show_page("library")
    window.commands.next_pane.trigger()
    assert window.current_page() == "study"
    assert pane_with_focus(window) == "reader"
