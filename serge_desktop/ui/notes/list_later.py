"""A switch's highlights kept until the notes list is filled, on the next turn of the event loop."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget
from typing_extensions import override

from serge_desktop.services.views import HighlightView


class ListLater(QObject):
    """Fills a pane's list after the frame being drawn, or when the pane is next shown.

    A hidden pane waits: its list is read when it shows (or when asked for), and a window
    closed meanwhile never reads it, from a library that may be closed by then.
    """

    def __init__(self, pane: QWidget, fill: Callable[[], None]) -> None:
        super().__init__(pane)
        self._pane = pane
        self.highlights: list[HighlightView] | None = None  # None: the list is filled
        self.keep: int | None = None  # the note to select again once it is (if it is there)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(fill)
        pane.installEventFilter(self)

    def wait(self, highlights: list[HighlightView], keep: int | None) -> None:
        """The list is to be filled, ``keep`` selected; meanwhile these are the highlights."""
        self.highlights = highlights
        self.keep = keep
        if self._pane.isVisible():
            self._timer.start(0)

    def done(self) -> None:
        """The list is filled (or being filled) now."""
        self.highlights = None
        self._timer.stop()

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._pane and self.highlights is not None:
            if event.type() == QEvent.Type.Hide:
                self._timer.stop()
            elif event.type() == QEvent.Type.Show:
                self._timer.start(0)
        return False
