"""Shown at start or by its tab, the Library page takes the keyboard into its list."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDockWidget, QLineEdit
from pytestqt.qtbot import QtBot

from serge_desktop.services.workspace import Workspace
from serge_desktop.ui.shell.main_window import MainWindow
from serge_desktop.ui.window.context import PageId
from tests.services.library_helpers import add_article
from tests.ui.conftest import shown_window
from tests.ui.features.library.conftest import library


def active_window(qtbot: QtBot, workspace: Workspace) -> MainWindow:
    """The window on ``workspace`` as a start shows it, with the keyboard's focus."""
    window = shown_window(qtbot, workspace)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def test_a_fresh_start_at_the_library_puts_the_keyboard_in_its_list(
    qtbot: QtBot, qapp: object, tmp_path: Path
) -> None:
    # Else it landed on the toolbar's article switcher, where Down opened another article.
    with Workspace(tmp_path / "data") as workspace:
        add_article(workspace, "Notes from Brussels", "A market day in Brussels.")
        add_article(workspace, "Letters from Lyon", "A rainy morning in Lyon.")
        window = active_window(qtbot, workspace)
        assert window.current_page() == PageId.LIBRARY
        assert QApplication.focusWidget() is library(window).page.table
        window.close()


def test_the_library_tab_takes_the_keyboard_from_the_text_but_not_from_a_dock(
    qtbot: QtBot, qapp: object, tmp_path: Path
) -> None:
    with Workspace(tmp_path / "data") as workspace:
        window = active_window(qtbot, workspace)
        window.reader.focus_text()
        window.central.show_page(PageId.LIBRARY)  # as a click on its tab does
        page = library(window).page
        qtbot.waitUntil(lambda: QApplication.focusWidget() is page.table)
        window.central.show_page("study")
        field = QLineEdit()
        dock = QDockWidget("A dock", window)
        dock.setObjectName("a_dock")
        dock.setWidget(field)
        window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
        field.setFocus()
        qtbot.waitUntil(field.hasFocus)
        window.central.show_page(PageId.LIBRARY)
        assert field.hasFocus()
        window.close()
