"""Opening the library at start-up: one window per data folder, and a way out when it is unwritable.

``LibraryStart.open`` takes the folder (``single_instance``): a launch on a folder another window
already has brings that window forward instead. When the folder cannot be written or its disk is
full, the storage-trouble dialog (``storage_trouble``) offers another folder, reading only, or
quitting. A library opened read-only says so in the window for as long as it is open.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QLabel, QWidget

from serge_desktop.services.data_location import DATABASE_FILENAME, make_private_dir
from serge_desktop.services.errors import StorageError, translate_os_error
from serge_desktop.ui.startup.single_instance import Claim, InstanceClaim, answer_launches
from serge_desktop.ui.startup.storage_trouble import (
    Choice,
    StorageTroubleDialog,
    choose_folder,
    is_storage_trouble,
)

if TYPE_CHECKING:
    from serge_desktop.services.workspace import Workspace
    from serge_desktop.ui.shell.main_window import MainWindow

# Opens the workspace in a folder, read-only or not (run_app passes its policy along).
OpenWorkspace = Callable[[Path, bool], "Workspace"]
QUIT_EXIT_CODE = 1
_PROBE_BYTES = 4096  # one block: more than a lock file holds


@dataclass
class StartedLibrary:
    """What start-up ended with: an open workspace, or none (brought forward, or quit)."""

    workspace: Workspace | None
    claim: InstanceClaim | None  # held while the window is open; None when read-only
    read_only_message: str = ""  # shown in the window when the library could not be written
    exit_code: int = 0

    def attach(self, window: MainWindow) -> None:
        """Let later launches bring ``window`` forward; say so in it if it is read-only."""
        if self.claim is not None:
            answer_launches(self.claim, window)
        if self.read_only_message:
            show_read_only(window, self.read_only_message)

    def release(self) -> None:
        """Let go of the folder (after the library is closed): the next launch may take it."""
        if self.claim is not None:
            self.claim.release()

    def close(self) -> None:
        """Close the library, let go of the folder, then make the daily backup if one is due.

        The copy and its check take seconds on a large library (40 s at 10,000 articles), with
        the window gone: a relaunch meanwhile must find the folder free and open it read-write,
        not read-only or not at all. The copy reads a snapshot of its own (services.daily_backup).
        """
        backup = None
        try:
            if self.workspace is not None:
                backup = self.workspace.close_before_backup()
        finally:
            self.release()
        if backup is not None:
            backup.make()


class LibraryStart(QObject):
    """Claims a data folder and opens its workspace, asking the user when the folder is unfit."""

    def __init__(
        self,
        open_workspace: OpenWorkspace,
        *,
        article_slug: str | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._open_workspace = open_workspace
        self._article_slug = article_slug
        # The system's folder dialog; tests give a fixed answer instead.
        self.choose_folder: Callable[[QWidget | None, Path], Path | None] = choose_folder

    def open(self, data_dir: Path) -> StartedLibrary:
        folder = data_dir
        unreadable: set[Path] = set()  # folders whose library could not be opened read-only
        while True:
            claim = InstanceClaim(folder, self)
            trouble: BaseException | None
            try:
                make_private_dir(folder)
                outcome = claim.claim(self._article_slug)
            except OSError as error:
                outcome, trouble = Claim.UNWRITABLE, _os_trouble(error, folder)
            else:
                trouble = _probe_folder(folder) if outcome is Claim.UNWRITABLE else None
            if outcome is Claim.FORWARDED:
                return StartedLibrary(None, None)
            if trouble is None:
                try:
                    return self._open_claimed(folder, claim, outcome)
                except (StorageError, OSError) as error:
                    if not is_storage_trouble(error):
                        raise
                    trouble = error
            claim.release()
            database = folder / DATABASE_FILENAME
            can_read_only = database.is_file() and folder not in unreadable
            choice = StorageTroubleDialog(folder, trouble, can_read_only=can_read_only).ask()
            if choice is Choice.QUIT:
                return StartedLibrary(None, None, exit_code=QUIT_EXIT_CODE)
            if choice is Choice.OTHER_FOLDER:
                folder = self.choose_folder(None, folder) or folder
                continue
            try:
                workspace = self._open_workspace(folder, True)
            except StorageError:
                unreadable.add(folder)  # asked again, without that choice
                continue
            message = self.tr(
                "This library's folder cannot be written, so it is open read-only: you can "
                "read and search, but changes cannot be saved."
            )
            return StartedLibrary(workspace, None, message)

    def _open_claimed(self, folder: Path, claim: InstanceClaim, outcome: Claim) -> StartedLibrary:
        if outcome is Claim.OWNER:
            return StartedLibrary(self._open_workspace(folder, False), claim)
        if outcome is Claim.OTHER_COMPUTER:
            message = self.tr(
                "This library is open on another computer (%1), so it is open read-only here: "
                "you can read and search, but changes cannot be saved. Close Serge Desktop on "
                "that computer, then start it again here to make changes."
            ).replace("%1", claim.lock_host)
        else:
            message = self.tr(
                "This library is open in another Serge Desktop window that does not answer, so "
                "it is open read-only here: changes cannot be saved."
            )
        return StartedLibrary(self._open_workspace(folder, True), None, message)


def _probe_folder(folder: Path) -> BaseException:
    """Why the lock file could not be written: the OS's own reason, found by writing a file.

    Bytes are written and synced, as the lock file's are: on a full disk an empty file is still
    made (it needs no data block), and the reader would be told the folder is read-only.
    """
    try:
        with tempfile.TemporaryFile(dir=folder) as probe:
            probe.write(bytes(_PROBE_BYTES))
            probe.flush()
            os.fsync(probe.fileno())
    except OSError as error:
        return _os_trouble(error, folder)
    return StorageError("cannot be written: its folder refused the lock file", kind="read_only")


def _os_trouble(error: OSError, folder: Path) -> BaseException:
    translated = translate_os_error(error, "cannot be created in its folder")
    return translated if translated.kind in ("full", "read_only") else error


def show_read_only(window: MainWindow, message: str) -> QLabel:
    """Say in the window, for as long as it is open, that nothing can be saved."""
    label = QLabel(message, window)
    label.setObjectName("readOnlyNotice")
    label.setWordWrap(True)
    label.setAccessibleName(QCoreApplication.translate("LibraryStart", "Read-only library"))
    # The notes editor is read-only too, so no one types what cannot be kept; should a save
    # fail anyway, the text goes to an emergency file (notes/emergency_save.py).
    window.notes.set_library_read_only(True)
    window.statusBar().addPermanentWidget(label, 1)
    return label
