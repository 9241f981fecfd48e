"""A pane too wide to dock beside the window's panes on the screen opens floating, on screen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QWidget
from pytestqt.qtbot import QtBot

from serge_desktop.ui.common.dock_fitting import float_when_too_wide


def window_with_dock(qtbot: QtBot, central_width: int, pane_width: int) -> QDockWidget:
    window = QMainWindow()
    qtbot.addWidget(window)
    central = QWidget(window)
    central.setMinimumWidth(central_width)
    window.setCentralWidget(central)
    pane = QLabel("pane")
    pane.setMinimumWidth(pane_width)
    dock = QDockWidget("Index", window)
    dock.setWidget(pane)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    dock.hide()
    float_when_too_wide(dock, window)
    window.show()
    return dock


def test_a_pane_that_fits_is_docked(qtbot: QtBot) -> None:
    dock = window_with_dock(qtbot, 200, 150)
    dock.toggleViewAction().trigger()
    assert dock.isVisible() and not dock.isFloating()


def test_a_pane_that_would_push_the_window_past_the_screen_floats_inside_it(
    qtbot: QtBot,
) -> None:
    dock = window_with_dock(qtbot, 200, 150)
    room = dock.screen().availableGeometry()
    dock.widget().setMinimumWidth(room.width() - 100)  # with the window's 200: too wide
    dock.toggleViewAction().trigger()
    assert dock.isVisible() and dock.isFloating()
    assert room.contains(dock.frameGeometry()) or room.contains(dock.geometry())
    # Hidden and shown again where the reader docked it back, it is left where it is.
    dock.setFloating(False)
    dock.hide()
    dock.widget().setMinimumWidth(150)
    dock.toggleViewAction().trigger()
    assert not dock.isFloating()
