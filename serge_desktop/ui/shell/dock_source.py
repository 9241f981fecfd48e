"""A dock given a function rather than its widget: the widget is built when the dock first shows.

The window's first frame then pays nothing for a pane the reader keeps closed (the Index of
names). The dock itself is made at once, so its toggle, its shortcut and its place in the
window's saved layout are there from the start, as for a dock given its widget.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDockWidget, QWidget

from serge_desktop.ui.window.context import PageSource


def fill_dock(dock: QDockWidget, source: PageSource) -> None:
    """Give ``dock`` its widget, or the function that builds it the first time the dock shows.

    Built when the dock's toggle is checked, before the dock shows (so that a dock too wide to
    fit is measured as it will be, see ``float_when_too_wide``), or when the dock becomes
    visible otherwise (restored shown with the window's saved layout).
    """
    if isinstance(source, QWidget):
        dock.setWidget(source)
        return
    dock.setWidget(QWidget(dock))  # holds its place until it is built
    pending: list[Callable[[], QWidget]] = [source]

    def build(shown: bool) -> None:
        if shown and pending:
            placeholder = dock.widget()
            dock.setWidget(pending.pop()())
            if placeholder is not None:
                placeholder.deleteLater()

    dock.toggleViewAction().toggled.connect(build)
    dock.visibilityChanged.connect(build)
