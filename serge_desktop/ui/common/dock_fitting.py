"""A pane that cannot fit beside the window's panes on a small screen opens floating, on screen.

Docked, a pane adds its minimum width to the window's: at 200 % on a laptop the two together are
wider than the screen and the window grows past its edge, cutting the pane. Floated instead, it
opens over the window's right side, within the screen; the reader can dock it again.
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QDockWidget, QWidget


def float_when_too_wide(dock: QDockWidget, window: QWidget) -> None:
    """Float ``dock`` each time it is about to be shown docked where it would not fit."""

    def about_to_show(checked: bool) -> None:
        if checked and not dock.isVisible() and not dock.isFloating():
            place_floating_if_needed(dock, window)

    # ``toggled`` comes before ``triggered``, which is what shows the dock.
    dock.toggleViewAction().toggled.connect(about_to_show)


def place_floating_if_needed(dock: QDockWidget, window: QWidget) -> bool:
    """Float the hidden ``dock`` inside the screen if docking it would overflow it; True if so."""
    room = window.screen().availableGeometry()
    needed = window.minimumSizeHint().width() + dock.minimumSizeHint().width()
    if needed <= room.width():
        return False
    dock.setFloating(True)
    width = min(max(dock.sizeHint().width(), dock.minimumSizeHint().width()), room.width())
    height = max(room.height() * 4 // 5, min(dock.minimumSizeHint().height(), room.height()))
    dock.setGeometry(QRect(room.right() + 1 - width, room.top(), width, height))
    return True
