"""Opening the study window on an open workspace: its first article, and quitting once painted.

Shared by a normal start (``app``) and each guest session (``guest_app``).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
from typing_extensions import override

from serge_desktop.services.workspace import Workspace
from serge_desktop.ui.reader.settings import ReaderSettings
from serge_desktop.ui.shell.main_window import MainWindow


def open_window(
    app: QApplication, workspace: Workspace, article_slug: str | None, exit_after_start: bool
) -> MainWindow:
    """Build the study window on an open workspace, open its first article and show it."""
    window = MainWindow(workspace)
    app.aboutToQuit.connect(window.save_session)
    window.open_initial_article(start_article(workspace, article_slug))
    if exit_after_start:
        quit_after_first_paint(window)
    window.show()
    return window


def start_article(workspace: Workspace, requested: str | None) -> str | None:
    """The article asked for; else None (the one read last) or, if the reader prefers, the first."""
    if requested or ReaderSettings.for_workspace(workspace).reopen_last_article:
        return requested
    articles = workspace.library.list_articles()
    return articles[0].slug if articles else None


class _FirstPaintWatcher(QObject):
    """Quits the application once the watched window has painted its first frame."""

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, QApplication.quit)
        return False


def quit_after_first_paint(window: MainWindow) -> None:
    watcher = _FirstPaintWatcher(window)
    window.installEventFilter(watcher)
