"""Starts the application: Qt, the bundled fonts and icons, the data folder, then the window."""

from __future__ import annotations

import os

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from serge_desktop import APP_ID
from serge_desktop.core.errors import SergeError
from serge_desktop.services.data_location import resolve_data_dir
from serge_desktop.services.workspace import Workspace
from serge_desktop.ui.error_messages import describe_error
from serge_desktop.ui.main_window import MainWindow
from serge_desktop.ui.resources import register_resources, resource_dir


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
    try:
        workspace = Workspace(resolve_data_dir(data_dir, os.environ))
    except SergeError as error:
        QMessageBox.critical(None, app.applicationName(), describe_error(error))
        return 2
    with workspace:
        window = MainWindow(workspace)
        app.aboutToQuit.connect(window.save_session)
        window.open_initial_article(article_slug)
        if exit_after_start:
            quit_after_first_paint(window)
        window.show()
        return app.exec()


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
