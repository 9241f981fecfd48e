"""Starts the application: Qt, the bundled fonts and icons, the data folder, then the window."""

from __future__ import annotations

import gc
import os
import sys

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from serge_desktop import APP_ID
from serge_desktop.core.errors import SergeError
from serge_desktop.services.data_location import resolve_data_dir
from serge_desktop.services.errors import RecoveryNeededError
from serge_desktop.services.policy_file import load_policy
from serge_desktop.services.workspace import Workspace
from serge_desktop.ui.common.app_style import install_app_style, release_app_style
from serge_desktop.ui.common.english_plurals import install_english_plurals
from serge_desktop.ui.common.error_messages import describe_error
from serge_desktop.ui.common.focus_ring import install_focus_rings
from serge_desktop.ui.common.resources import register_resources, resource_dir
from serge_desktop.ui.common.theme_choice import applied_theme, style_sheet
from serge_desktop.ui.startup.library_start import QUIT_EXIT_CODE, LibraryStart
from serge_desktop.ui.startup.recovery_dialogs import open_with_recovery
from serge_desktop.ui.startup.translations import install_translations
from serge_desktop.ui.startup.window_opening import dispose_window, open_window


def create_application(argv: list[str]) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv)
    app.setDesktopFileName(APP_ID)
    return app


def prepare_application(app: QApplication) -> None:
    """Fonts, icons, translations and the style sheet; safe to call more than once.

    The translations follow the system here; ``open_window`` applies the data folder's choice.
    """
    # First, so that every other catalogue is asked before the English plural forms.
    install_english_plurals(app, resource_dir("translations") / "en")
    register_resources()
    install_translations(app)
    app.setWindowIcon(QIcon("icons:serge-desktop.svg"))
    # Before the style sheet, which hides the desktop style's name behind its own.
    install_app_style(app)
    app.setStyleSheet(style_sheet(applied_theme(app)))
    install_focus_rings(app)


def run_app(
    *,
    data_dir: str | None,
    article_slug: str | None,
    exit_after_start: bool,
    argv: list[str],
    exit_when_ready: bool = False,
) -> int:
    app = create_application(argv)
    prepare_application(app)
    try:
        return _run(
            app,
            data_dir=data_dir,
            article_slug=article_slug,
            exit_after_start=exit_after_start,
            exit_when_ready=exit_when_ready,
        )
    finally:
        # Our style is Python code Qt calls into: it goes while Python still runs.
        release_app_style(app)


def _run(
    app: QApplication,
    *,
    data_dir: str | None,
    article_slug: str | None,
    exit_after_start: bool,
    exit_when_ready: bool,
) -> int:
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
        # (startup/library_start.py). A library that cannot be opened as it is offers the ways
        # back (startup/recovery_dialogs.py).
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
    try:
        window = open_window(
            app, start.workspace, article_slug, exit_after_start, exit_when_ready=exit_when_ready
        )
        start.attach(window)
        # What start-up made (modules, widgets: 70,000 objects) lives as long as the window: a
        # full garbage collection walked it all, 40 ms, now and then during an article switch.
        gc.freeze()
        exit_code = app.exec()
        dispose_window(app, window)
    finally:
        start.close()  # the folder is let go before the daily backup is made
    return exit_code
