"""Help ▸ About: what the app is, its versions, where the data lives, and the policy in force."""

from __future__ import annotations

import html
import json
import platform
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, QObject, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from serge_desktop import APP_NAME, __version__
from serge_desktop.services.policy import DEFAULT_POLICY, Policy

if TYPE_CHECKING:
    from serge_desktop.services.shared_content import SharedContentReport


def about_text(
    database_path: Path,
    policy: Policy = DEFAULT_POLICY,
    shared: SharedContentReport | None = None,
) -> str:
    return (
        (
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
        + policy_text(policy)
        + shared_text(shared)
    )


class SharedCounts(QObject):
    """The shared folder's counted heading: lupdate gives plural forms only to a class's tr()."""

    def heading(self, count: int) -> str:
        return self.tr("<p>%n shared article(s) not imported:</p>", "", count)


def shared_text(report: SharedContentReport | None) -> str:
    """The shared folder's files that were not imported, each with why (nothing if none)."""
    if report is None or not report.skipped:
        return ""
    heading = SharedCounts().heading(len(report.skipped))
    items = "".join(
        f"<li><tt>{html.escape(skipped.shown_name)}</tt>: {html.escape(skipped.reason)}</li>"
        for skipped in report.skipped
    )
    return f"{heading}<ul>{items}</ul>"


def policy_text(policy: Policy) -> str:
    """The administrator's policy: its file, the keys it sets, and what in it was ignored."""
    if policy.source is None:
        return QCoreApplication.translate(
            "AboutDialog", "<p>No administrator's policy is in force.</p>"
        )
    parts = [
        QCoreApplication.translate(
            "AboutDialog", "<p><b>Administrator's policy</b>: %1</p>"
        ).replace("%1", html.escape(policy.source))
    ]
    rows = "".join(
        f"<tr><td><tt>{name}</tt></td><td>{html.escape(_json_value(value))}</td></tr>"
        for name, value in policy.items()
    )
    if not rows:
        rows = QCoreApplication.translate("AboutDialog", "<tr><td>It sets nothing.</td></tr>")
    parts.append(f"<table>{rows}</table>")
    if policy.problems:
        parts.append(
            QCoreApplication.translate(
                "AboutDialog", "<p>Ignored (the defaults are used instead):</p>"
            )
        )
        items = "".join(f"<li>{html.escape(problem)}</li>" for problem in policy.problems)
        parts.append(f"<ul>{items}</ul>")
    return "".join(parts)


def _json_value(value: object) -> str:
    # As the administrator wrote it in the file.
    return json.dumps(list(value) if isinstance(value, tuple) else value, ensure_ascii=False)


def show_about(parent: QWidget, database_path: Path) -> None:
    title = QCoreApplication.translate("AboutDialog", "About %1").replace("%1", APP_NAME)
    # The window calls this with its database only; the policy comes with its workspace.
    workspace = getattr(parent, "workspace", None)
    policy = getattr(workspace, "policy", DEFAULT_POLICY)
    shared = getattr(workspace, "shared_content", None)
    QMessageBox.about(parent, title, about_text(database_path, policy, shared))
