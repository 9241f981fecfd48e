"""Starts the application: Qt, the bundled fonts and icons, the data folder, then the window."""

from __future__ import annotations

import contextlib
import os
import sys

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from serge_desktop import APP_ID
from serge_desktop.core.errors import SergeError
from serge_desktop.services.data_location import resolve_data_dir
from serge_desktop.services.policy_file import load_policy
from serge_desktop.services.workspace import Workspace
from serge_desktop.storage.library_state import RecoveryNeededError
from serge_desktop.ui.common.error_messages import describe_error
from serge_desktop.ui.common.resources import register_resources, resource_dir
from serge_desktop.ui.reader.settings import ReaderSettings
from serge_desktop.ui.shell.main_window import MainWindow
from serge_desktop.ui.startup.background_check import check_after_first_paint
from serge_desktop.ui.startup.library_start import QUIT_EXIT_CODE, LibraryStart
from serge_desktop.ui.startup.recovery_dialogs import open_with_recovery


def create_application(argv: list[str]) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv)
    app.setDesktopFileName(APP_ID)
    return app


def prepare_application(app: QApplication) -> None:
    """Fonts, icons, translations and the style sheet; safe to call more than once."""
    app.setProperty("_serge_translators", register_resources(app))
    app.setWindowIcon(QIcon("icons:serge-desktop.svg"))
    style_sheet = resource_dir("styles") / "app.qss"
    if style_sheet.is_file():
        app.setStyleSheet(style_sheet.read_text(encoding="utf-8"))


def run_app(
    *, data_dir: str | None, article_slug: str | None, exit_after_start: bool, argv: list[str]
) -> int:
    app = create_application(argv)
    prepare_application(app)
    policy = load_policy(os.environ, sys.platform).policy
    if policy.guest_mode:
        # A guest session ignores every other data folder: its notes live in a private
        # temporary folder that is erased when the session ends.
        from serge_desktop.ui.startup.guest_app import run_guest_sessions

        return run_guest_sessions(
            app, policy, article_slug=article_slug, exit_after_start=exit_after_start
        )
    try:
        folder = resolve_data_dir(data_dir, os.environ, policy)
        # One window per data folder, and a way out when it is unwritable or full
        # (ui/library_start.py). A library that cannot be opened as it is offers the ways
        # back (ui/startup/recovery_dialogs.py).
        start = LibraryStart(
            lambda where, read_only: open_with_recovery(
                lambda: Workspace(where, policy=policy, read_only=read_only)
            ),
            article_slug=article_slug,
            parent=app,
        ).open(folder)
    except RecoveryNeededError:
        return QUIT_EXIT_CODE  # the reader chose Quit in the recovery dialog: nothing changed
    except SergeError as error:
        QMessageBox.critical(None, app.applicationName(), describe_error(error))
        return 2
    if start.workspace is None:
        return start.exit_code  # another window took this launch, or the user chose Quit
    with start.workspace as workspace:
        window = open_window(app, workspace, article_slug, exit_after_start)
        start.attach(window)
        exit_code = app.exec()
        dispose_window(app, window)
    start.release()
    return exit_code


def dispose_window(app: QApplication, window: MainWindow) -> None:
    """Delete the window and everything in it while its library is still open.

    Left for Python's exit, its widgets would go after the database closed, and a slot run as
    they are torn down (a table's selection, an undo stack cleared) would query a closed
    database: nothing may run against it. Typing was saved on quit (save_session).
    """
    if not shiboken6.isValid(window):
        return
    with contextlib.suppress(RuntimeError, TypeError):  # connected by open_window
        app.aboutToQuit.disconnect(window.save_session)
    window.hide()
    shiboken6.delete(window)


def open_window(
    app: QApplication, workspace: Workspace, article_slug: str | None, exit_after_start: bool
) -> MainWindow:
    """Build the study window on an open workspace, open its first article and show it."""
    window = MainWindow(workspace)
    app.aboutToQuit.connect(window.save_session)
    window.open_initial_article(start_article(workspace, article_slug))
    if exit_after_start:
        quit_after_first_paint(window)
    else:
        # The thorough check (which the start never runs) goes on behind the window.
        checker = check_after_first_paint(workspace, window, flush=window.notes.flush)
        app.aboutToQuit.connect(checker.stop)
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

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, QApplication.quit)
        return False


def quit_after_first_paint(window: MainWindow) -> None:
    watcher = _FirstPaintWatcher(window)
    window.installEventFilter(watcher)
