"""Help ▸ About: what the app is, its version, Qt's and Python's, and where the data lives."""

from __future__ import annotations

import html
import platform
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from serge_desktop import APP_NAME, __version__


def about_text(database_path: Path) -> str:
    return (
        QCoreApplication.translate(
            "AboutDialog",
            "<h3>%1 %2</h3>"
            "<p>Study an article offline beside a timeline of the events it tells and your own "
            "notes, each linked to the passage it comes from.</p>"
            "<p>The bundled article, “He found the seeds of hope in Russia”, is from "
            "<i>Socialist Worker</i>, issue 1929.</p>"
            "<table>"
            "<tr><td>Qt</td><td>%3 (PySide6 %4)</td></tr>"
            "<tr><td>Python</td><td>%5</td></tr>"
            "<tr><td>Database</td><td>%6</td></tr>"
            "</table>",
        )
        .replace("%1", APP_NAME)
        .replace("%2", __version__)
        .replace("%3", qVersion())
        .replace("%4", pyside_version)
        .replace("%5", platform.python_version())
        .replace("%6", html.escape(str(database_path)))
    )


def show_about(parent: QWidget, database_path: Path) -> None:
    title = QCoreApplication.translate("AboutDialog", "About %1").replace("%1", APP_NAME)
    QMessageBox.about(parent, title, about_text(database_path))
