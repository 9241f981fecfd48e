"""An unwritable or full data folder at start-up: choose another folder, read only, or quit."""

from __future__ import annotations

import errno
import os
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication
from pytestqt.qtbot import QtBot

from serge_desktop.services.workspace import Workspace
from serge_desktop.storage.errors import StorageError
from serge_desktop.ui.startup.library_start import QUIT_EXIT_CODE, LibraryStart
from serge_desktop.ui.startup.single_instance import LOCK_FILENAME
from serge_desktop.ui.startup.storage_trouble import StorageTroubleDialog

Pick = Callable[[StorageTroubleDialog], QAbstractButton | None]


class DialogAnswers:
    """Answers each storage-trouble dialog as it opens, in order; remembers what it saw."""

    def __init__(self, *picks: Pick) -> None:
        self._picks = list(picks)
        self.seen: list[tuple[str, bool]] = []  # (text, offered read-only)
        self._poll()

    def _poll(self) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, StorageTroubleDialog) and dialog.isVisible():
            self.seen.append((dialog.text(), dialog.read_only_button is not None))
            button = self._picks.pop(0)(dialog)
            assert button is not None
            button.click()
        if self._picks:
            QTimer.singleShot(20, self._poll)


def other_folder(dialog: StorageTroubleDialog) -> QAbstractButton:
    return dialog.other_folder_button


def read_only(dialog: StorageTroubleDialog) -> QAbstractButton | None:
    return dialog.read_only_button


def quit_(dialog: StorageTroubleDialog) -> QAbstractButton:
    return dialog.quit_button


class FullOnce:
    """Opens workspaces, but the first writable opening of ``folder`` finds the disk full."""

    def __init__(self, folder: Path, kind: str = "full") -> None:
        self.folder = folder
        self.kind = kind
        self.failed = False
        self.opened: list[Workspace] = []

    def __call__(self, where: Path, read_only: bool) -> Workspace:
        if where == self.folder and not read_only and not self.failed:
            self.failed = True
            # What the storage layer raises when SQLite reports SQLITE_FULL.
            raise StorageError(
                "cannot grow: the disk is full (database or disk is full)",
                kind=self.kind,  # type: ignore[arg-type]
            )
        workspace = Workspace(where, read_only=read_only)
        self.opened.append(workspace)
        return workspace


@pytest.fixture
def library(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    Workspace(folder).close()
    return folder


@pytest.fixture
def cleanup() -> Iterator[list[Workspace]]:
    opened: list[Workspace] = []
    yield opened
    for workspace in opened:
        workspace.close()


def test_a_full_disk_offers_another_folder(
    library: Path, tmp_path: Path, qtbot: QtBot, qapp: object, cleanup: list[Workspace]
) -> None:
    elsewhere = tmp_path / "usb-stick"
    opener = FullOnce(library)
    start = LibraryStart(opener)
    start.choose_folder = lambda _parent, _start: elsewhere
    answers = DialogAnswers(other_folder)
    started = start.open(library)
    cleanup.extend(opener.opened)
    assert answers.seen and "full" in answers.seen[0][0]
    assert answers.seen[0][1]  # a library is there: reading it is offered
    assert started.workspace is not None and started.workspace.data_dir == elsewhere
    assert started.claim is not None and started.claim.is_owner()
    assert (elsewhere / LOCK_FILENAME).exists()
    assert not (library / LOCK_FILENAME).exists()  # the first folder was let go
    started.release()


def test_a_full_disk_can_be_read_only(
    library: Path, qtbot: QtBot, qapp: object, cleanup: list[Workspace]
) -> None:
    opener = FullOnce(library)
    answers = DialogAnswers(read_only)
    started = LibraryStart(opener).open(library)
    cleanup.extend(opener.opened)
    assert answers.seen
    assert started.workspace is not None and started.workspace.read_only
    assert started.claim is None
    assert started.read_only_message
    article = started.workspace.library.list_articles()[0]
    with pytest.raises(StorageError):
        started.workspace.notes.create_note_about(article_id=article.id, body="no")


def test_quitting_leaves_nothing_behind(library: Path, qtbot: QtBot, qapp: object) -> None:
    opener = FullOnce(library)
    answers = DialogAnswers(quit_)
    started = LibraryStart(opener).open(library)
    assert answers.seen
    assert started.workspace is None and started.exit_code == QUIT_EXIT_CODE
    assert not opener.opened
    assert not (library / LOCK_FILENAME).exists()


def test_reading_only_is_not_offered_without_a_library(
    tmp_path: Path, qtbot: QtBot, qapp: object
) -> None:
    empty = tmp_path / "empty"
    opener = FullOnce(empty)
    answers = DialogAnswers(quit_)
    LibraryStart(opener).open(empty)
    assert answers.seen == [(answers.seen[0][0], False)]


def test_an_os_error_from_the_folder_gets_the_dialog(
    tmp_path: Path, qtbot: QtBot, qapp: object
) -> None:
    def refuse(where: Path, read_only: bool) -> Workspace:
        raise PermissionError(errno.EACCES, "Permission denied", str(where))

    answers = DialogAnswers(quit_)
    started = LibraryStart(refuse).open(tmp_path / "data")
    assert answers.seen and "cannot write" in answers.seen[0][0]
    assert started.workspace is None


def test_other_failures_are_not_this_dialogs(library: Path, qtbot: QtBot, qapp: object) -> None:
    opener = FullOnce(library, kind="damaged")
    with pytest.raises(StorageError):
        LibraryStart(opener).open(library)
    assert not (library / LOCK_FILENAME).exists()


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0,
    reason="needs POSIX permissions that apply (root may write anywhere)",
)
def test_a_read_only_folder_gets_the_dialog(
    tmp_path: Path, qtbot: QtBot, qapp: object, cleanup: list[Workspace]
) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    elsewhere = tmp_path / "elsewhere"
    opened: list[Workspace] = []

    def open_workspace(where: Path, read_only: bool) -> Workspace:
        opened.append(Workspace(where, read_only=read_only))
        return opened[-1]

    start = LibraryStart(open_workspace)
    start.choose_folder = lambda _parent, _start: elsewhere
    try:
        answers = DialogAnswers(other_folder)
        started = start.open(locked)
    finally:
        locked.chmod(0o700)
    cleanup.extend(opened)
    assert answers.seen and "cannot write" in answers.seen[0][0]
    assert not answers.seen[0][1]  # no library there to read
    assert started.workspace is not None and started.workspace.data_dir == elsewhere
    started.release()


@pytest.fixture
def full_disk(tmp_path: Path) -> Iterator[Path]:
    """A library on a real 3 MB file system, then filled to the last byte; skipped where
    mounting is not allowed."""
    mount_point = tmp_path / "disk"
    mount_point.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=3m,mode=0700", "tmpfs", str(mount_point)],
        capture_output=True, text=True,
    )  # fmt: skip
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        folder = mount_point / "data"
        Workspace(folder).close()
        with (mount_point / "filler").open("wb") as filler, pytest.raises(OSError) as full:
            while True:
                filler.write(bytes(65536))
                filler.flush()
        assert full.value.errno == errno.ENOSPC
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def test_a_really_full_disk_is_named_as_full_and_can_be_read(
    full_disk: Path, qtbot: QtBot, qapp: object, cleanup: list[Workspace]
) -> None:
    # The lock file is the first thing a start writes, and it is refused; an empty probe file
    # would still be made on a full disk, and the reader told the folder is read-only.
    answers = DialogAnswers(quit_)
    started = LibraryStart(lambda where, read_only: Workspace(where, read_only=read_only)).open(
        full_disk
    )
    [(text, offered_read_only)] = answers.seen
    assert text == (
        f"The disk that holds the folder {full_disk} is full: free some space; your notes are safe."
    )
    assert offered_read_only and started.workspace is None
    # Reading only, as offered: SQLite has no room for the -shm file a reader makes.
    with Workspace(full_disk, read_only=True) as workspace:
        assert workspace.library.list_articles()  # the library, as it was
    assert not [p.name for p in full_disk.iterdir() if p.name.endswith(("-wal", "-shm"))]
