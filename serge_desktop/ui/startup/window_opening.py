"""Opening the study window on a workspace, and disposing of it while the library is still open.

The window gets its first article, a background check of its library (not in a guest session),
and, when asked, quits once painted.

Shared by a normal start (``app``) and each guest session (``guest_app``).
"""

from __future__ import annotations

import contextlib

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
from typing_extensions import override

from serge_desktop.services.workspace import Workspace
from serge_desktop.ui.common.theme_choice import apply_theme, chosen_theme
from serge_desktop.ui.reader.settings import ReaderSettings
from serge_desktop.ui.shell.main_window import MainWindow
from serge_desktop.ui.startup.background_check import check_after_first_paint
from serge_desktop.ui.startup.translations import chosen_language, install_translations


def open_window(
    app: QApplication,
    workspace: Workspace,
    article_slug: str | None,
    exit_after_start: bool,
    *,
    check_library: bool = True,
    exit_when_ready: bool = False,
) -> MainWindow:
    """Build the study window on an open workspace, open its first article and show it.

    The features its first frame does not show are installed once it is painted
    (``window.later``). ``check_library`` runs the thorough check behind the window once it is
    painted; a guest session passes False (guest_app says why). ``exit_when_ready`` quits once
    every feature is installed, as ``exit_after_start`` does once the window is painted.
    """
    install_translations(app, chosen_language(workspace.data_dir))
    # Before the window is built, so it is laid out and painted once, in its colours.
    apply_theme(app, chosen_theme(workspace.data_dir, workspace.policy))
    window = MainWindow(workspace, defer=True)
    app.aboutToQuit.connect(window.save_session)
    window.open_initial_article(start_article(workspace, article_slug))
    if exit_when_ready:
        window.later.ready.connect(lambda: QTimer.singleShot(0, QApplication.quit))
    elif exit_after_start:
        quit_after_first_paint(window)
    elif check_library:
        # The thorough check (which the start never runs) goes on behind the window.
        checker = check_after_first_paint(workspace, window, flush=window.notes.flush)
        app.aboutToQuit.connect(checker.stop)
    window.show()
    return window


def dispose_window(app: QApplication, window: MainWindow, *, save: bool = False) -> None:
    """Delete the window and everything in it while its library is still open.

    Left for Python's exit, its widgets would go after the database closed, and a slot run as
    they are torn down (a table's selection, an undo stack cleared) would query a closed
    database: nothing may run against it. On quit, typing was saved already (save_session, on
    aboutToQuit); a window closed while the app goes on (a guest session's reset) passes
    ``save``, which also writes its settings file now, so nothing is left pending to be
    written into a folder about to be erased.
    """
    if not shiboken6.isValid(window):
        return
    with contextlib.suppress(RuntimeError, TypeError):  # connected by open_window
        app.aboutToQuit.disconnect(window.save_session)
    if save:
        window.save_session()
    window.hide()
    shiboken6.delete(window)


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
            # Now, not on the next turn of the loop: this frame is still painted and shown, but
            # the features left for after it (``window.later``) are not installed, so a start
            # timed to its exit is timed to its first frame.
            QApplication.quit()
        return False


def quit_after_first_paint(window: MainWindow) -> None:
    watcher = _FirstPaintWatcher(window)
    window.installEventFilter(watcher)
