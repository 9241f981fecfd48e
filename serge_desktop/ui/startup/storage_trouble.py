"""The dialog shown when the data folder cannot be written: another folder, read-only, or quit."""

from __future__ import annotations

import enum
import errno
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QWidget

from serge_desktop.services.errors import StorageError

# OS errors that mean "this folder cannot take our files", rather than a fault in the file.
WRITE_ERRNOS = frozenset(
    {errno.EACCES, errno.EPERM, errno.EROFS, errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
)
# StorageError kinds another folder (or reading only) can get round.
TROUBLE_KINDS = frozenset({"full", "read_only"})


class Choice(enum.Enum):
    OTHER_FOLDER = "other_folder"
    READ_ONLY = "read_only"
    QUIT = "quit"


def is_storage_trouble(error: BaseException) -> bool:
    """Whether ``error`` means the folder is unwritable or full (the dialog can help)."""
    if isinstance(error, StorageError):
        return error.kind in TROUBLE_KINDS
    return isinstance(error, OSError) and error.errno in WRITE_ERRNOS


def is_disk_full(error: BaseException) -> bool:
    if isinstance(error, StorageError):
        return error.kind == "full"
    return isinstance(error, OSError) and error.errno in (errno.ENOSPC, errno.EDQUOT)


class StorageTroubleDialog(QMessageBox):
    """Says what is wrong with the folder and offers the ways out; ``choice`` holds the answer."""

    def __init__(
        self,
        folder: Path,
        error: BaseException,
        *,
        can_read_only: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.folder = folder
        self.choice = Choice.QUIT
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Your library cannot be saved"))
        self.setAccessibleName(self.tr("Storage problem"))
        if is_disk_full(error) and can_read_only:
            # A library is there: nothing in it was lost, and writing resumes with space.
            reason = self.tr(
                "The disk that holds the folder %1 is full: free some space; your notes are safe."
            )
        elif is_disk_full(error):
            reason = self.tr("The disk that holds the folder %1 is full.")
        else:
            reason = self.tr(
                "Serge Desktop cannot write in the folder %1. It may be read-only, on a locked "
                "drive, or belong to another account."
            )
        self.setText(reason.replace("%1", str(folder)))
        if can_read_only:
            advice = self.tr(
                "Choose another folder for your library, open this library read-only (you can "
                "read and search, but not change anything), or quit."
            )
        else:
            advice = self.tr("Choose another folder for your library, or quit.")
        self.setInformativeText(advice)
        self.setDetailedText(str(error))
        self.other_folder_button = self._button(
            self.tr("Choose Another Folder…"), self.tr("Choose another folder for the library")
        )
        self.read_only_button: QPushButton | None = None
        if can_read_only:
            self.read_only_button = self._button(
                self.tr("Open Read-Only"), self.tr("Open this library read-only")
            )
        self.quit_button = self.addButton(self.tr("Quit"), QMessageBox.ButtonRole.RejectRole)
        self.quit_button.setAccessibleName(self.tr("Quit Serge Desktop"))
        self.setDefaultButton(self.other_folder_button)
        self.setEscapeButton(self.quit_button)

    def _button(self, text: str, accessible_name: str) -> QPushButton:
        button = self.addButton(text, QMessageBox.ButtonRole.ActionRole)
        button.setAccessibleName(accessible_name)
        return button

    def ask(self) -> Choice:
        self.exec()
        clicked = self.clickedButton()
        if clicked is self.other_folder_button:
            self.choice = Choice.OTHER_FOLDER
        elif clicked is not None and clicked is self.read_only_button:
            self.choice = Choice.READ_ONLY
        else:
            self.choice = Choice.QUIT
        return self.choice


def choose_folder(parent: QWidget | None, start: Path) -> Path | None:
    """Ask for a folder to keep the library in; None when the user cancels."""
    chosen = QFileDialog.getExistingDirectory(
        parent,
        QCoreApplication.translate("StorageTroubleDialog", "Choose a Folder for Your Library"),
        str(start.parent if not start.exists() else start),
    )
    return Path(chosen) if chosen else None
