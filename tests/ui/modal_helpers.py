"""Driving modal dialogs from a test: act on a dialog once it shows, while its exec() waits."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

W = TypeVar("W", bound=QWidget)

POLL_MS = 50


def shown(kind: type[W]) -> W | None:
    """The visible top-level window of that class, if one is showing."""
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, kind) and widget.isVisible():
            return widget
    return None


def when_shown(kind: type[W], act: Callable[[W], None], *, after_ms: int = 0) -> None:
    """Call ``act(dialog)`` ``after_ms`` after a dialog of that class shows (once)."""

    def poll() -> None:
        dialog = shown(kind)
        if dialog is None:
            QTimer.singleShot(POLL_MS, poll)
        elif after_ms:
            QTimer.singleShot(after_ms, lambda: act(dialog))
        else:
            act(dialog)

    QTimer.singleShot(0, poll)


def progress_showing() -> bool:
    """Whether any progress dialog is on screen."""
    return shown(QProgressDialog) is not None


class ProgressWatch:
    """Notes, every ``POLL_MS``, whether a progress dialog is on screen; stopped by ``stop``."""

    def __init__(self) -> None:
        self.seen = False
        self._timer = QTimer()
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._look)
        self._timer.start()

    def _look(self) -> None:
        self.seen = self.seen or progress_showing()

    def stop(self) -> bool:
        """Stop watching; whether a progress dialog was seen meanwhile."""
        self._timer.stop()
        self._look()
        return self.seen
