"""At start-up: say a damaged library was restored from a backup, or offer to salvage it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale
from PySide6.QtWidgets import QMessageBox, QWidget

from serge_desktop.core.errors import SergeError
from serge_desktop.services.maintenance import SalvageReport, salvage_library
from serge_desktop.services.workspace import Workspace
from serge_desktop.storage.errors import NoGoodBackupError
from serge_desktop.storage.recovery import RecoveryReport


def open_with_recovery(open_workspace: Callable[[], Workspace]) -> Workspace:
    """Open the workspace; on damage without a backup offer salvage, then open again.

    Raises the original error if the reader declines or salvage fails (the caller reports it
    and quits). A library restored from a backup is opened, and the reader told so.
    """
    try:
        workspace = open_workspace()
    except NoGoodBackupError as error:
        box = salvage_box(error)
        box.exec()
        if box.clickedButton() is not box.property("salvage_button"):
            raise
        report = salvage(error)
        workspace = open_workspace()
        salvaged_box(report).exec()
    if workspace.recovery is not None:
        recovered_box(workspace.recovery).exec()
    return workspace


def salvage(error: NoGoodBackupError) -> SalvageReport:
    try:
        return salvage_library(error.path)
    except SergeError as failure:
        raise failure from error


def salvage_box(error: NoGoodBackupError, parent: QWidget | None = None) -> QMessageBox:
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("RecoveryDialogs", "Library Damaged"),
        "",
        parent=parent,
    )
    box.setText(
        QCoreApplication.translate(
            "RecoveryDialogs", "Your library is damaged, and no good backup of it was found."
        )
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "RecoveryDialogs",
            "Serge Desktop can copy everything that can still be read into a new library. "
            "The damaged file is kept (at %1), whatever you choose.",
        ).replace("%1", str(error.path))
    )
    box.setDetailedText("\n".join(error.problems))
    salvage_button = box.addButton(
        QCoreApplication.translate("RecoveryDialogs", "Salvage What Can Be Read"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(
        QCoreApplication.translate("RecoveryDialogs", "Quit"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(salvage_button)
    box.setProperty("salvage_button", salvage_button)
    return box


def salvaged_box(report: SalvageReport, parent: QWidget | None = None) -> QMessageBox:
    text = (
        QCoreApplication.translate(
            "RecoveryDialogs",
            "%1 entries were salvaged into a new library. The damaged file is kept at %2.",
        )
        .replace("%1", f"{report.total_rows:,}")
        .replace("%2", str(report.damaged_path))
    )
    if report.unreadable or report.dropped:
        text += " " + QCoreApplication.translate(
            "RecoveryDialogs", "Some parts could not be read and are missing."
        )
    return QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("RecoveryDialogs", "Library Salvaged"),
        text,
        parent=parent,
    )


def recovered_box(report: RecoveryReport, parent: QWidget | None = None) -> QMessageBox:
    moment = QDateTime.fromSecsSinceEpoch(int(report.backup.created.timestamp()))
    text = (
        QCoreApplication.translate(
            "RecoveryDialogs",
            "Your library was damaged, so the backup made on %1 has been restored. Changes "
            "made after that backup are missing. The damaged file is kept at %2.",
        )
        .replace("%1", QLocale().toString(moment, QLocale.FormatType.LongFormat))
        .replace("%2", str(report.damaged_path))
    )
    return QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("RecoveryDialogs", "Library Restored"),
        text,
        parent=parent,
    )
