"""What is found at the library's place when it cannot simply be opened, and what could fix it.

A library is never created over evidence of an old one. A file that is damaged, empty, missing or
no longer a database, with a -wal or backups beside it, stops the opening with
RecoveryNeededError, which names the choices: the newest verified backup (its time and note
count), what the files themselves still hold (salvage, the -wal included when it is this
library's), or starting empty with the old files moved aside unchanged.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from pathlib import Path

from serge_desktop.storage.backups import BackupInfo, list_backups, note_count, verify_backup
from serge_desktop.storage.errors import BackupRejectedError, DatabaseDamagedError, StorageError
from serge_desktop.storage.library_identity import identity_of
from serge_desktop.storage.permissions import sidecar_files
from serge_desktop.storage.wal_file import read_wal

_SMALLEST_PAGE = 512


class Trouble(enum.Enum):
    """What is wrong at the library's place."""

    DAMAGED = "damaged"  # SQLite, reading the file with its -wal, finds damage
    EMPTY = "empty"  # the file is 0 bytes long
    MISSING = "missing"  # there is no file
    NOT_A_DATABASE = "not_a_database"  # its header is gone, or it is cut to a few bytes
    FOREIGN_WAL = "foreign_wal"  # the -wal beside it was written by another library


@dataclass(frozen=True, slots=True)
class BackupChoice:
    """The newest backup that passed verification, and how many notes it holds."""

    backup: BackupInfo
    notes: int | None


@dataclass(frozen=True, slots=True)
class LibraryTrouble:
    """What was found at ``path``; nothing there has been changed."""

    path: Path
    trouble: Trouble
    problems: tuple[str, ...]
    wal_size: int  # bytes in the -wal beside it (0: none)
    wal_frames: int  # committed frames in it that SQLite would use
    wal_is_ours: bool | None  # whether the -wal is this library's (None: cannot tell)
    backups: int  # backups in its backups folder
    newest_good: BackupChoice | None  # None when no backup passes verification

    file_size: int = 0  # bytes in the file itself

    @property
    def files_hold_something(self) -> bool:
        """Whether salvaging the files themselves can bring anything back."""
        # A page or more: what is left of the rows is still on it. A few bytes hold nothing.
        has_pages = self.file_size >= _SMALLEST_PAGE and self.trouble is not Trouble.EMPTY
        return has_pages or (self.wal_frames > 0 and self.wal_is_ours is not False)


class RecoveryNeededError(DatabaseDamagedError):
    """The library cannot be opened as it is, and there is evidence of it to recover from.

    Nothing was created and nothing was changed; ``trouble`` says what was found and offers.
    """

    def __init__(self, trouble: LibraryTrouble) -> None:
        self.trouble = trouble
        super().__init__(trouble.path, trouble.problems)


def has_evidence(database: Path) -> bool:
    """Whether a -wal with content, or any backup, says a library lived here."""
    wal, _shm = sidecar_files(database)
    try:
        if wal.exists() and wal.stat().st_size > 0:
            return True
    except OSError:
        return True  # something is there that we cannot even look at: do not build over it
    return bool(list_backups(database))


def assess(database: Path, trouble: Trouble, problems: tuple[str, ...]) -> LibraryTrouble:
    """Gather what can be known about ``trouble`` at ``database``; reads, never writes."""
    wal, _shm = sidecar_files(database)
    wal_size = wal_frames = 0
    wal_is_ours: bool | None = None
    if wal.exists():
        try:
            wal_size = wal.stat().st_size
            contents = read_wal(wal)
        except (OSError, StorageError):
            contents = None
        wal_frames = contents.committed_frames if contents else 0
        if trouble is Trouble.FOREIGN_WAL:
            wal_is_ours = False
        elif wal_frames:
            wal_is_ours = wal_belongs(database)
    backups = list_backups(database)
    try:
        file_size = database.stat().st_size
    except OSError:
        file_size = 0
    return LibraryTrouble(
        path=database,
        trouble=trouble,
        problems=problems,
        wal_size=wal_size,
        wal_frames=wal_frames,
        wal_is_ours=wal_is_ours,
        backups=len(backups),
        newest_good=newest_good_backup(backups),
        file_size=file_size,
    )


def wal_belongs(database: Path) -> bool | None:
    """Whether the -wal beside ``database`` is its own: False only on proof that it is not.

    Every write of ours rewrites the library's identity row, so a -wal holding any of our writes
    holds that row; read with the -wal it must say what the file alone says. When either cannot
    be read (an empty or headless file, a library older than the row) there is no proof.
    """
    alone = identity_of(database, with_wal=False)
    if alone is None:
        return None
    with_wal = identity_of(database, with_wal=True)
    if with_wal is None:
        return None
    return alone == with_wal


def newest_good_backup(backups: list[BackupInfo]) -> BackupChoice | None:
    """The newest of ``backups`` (newest first) that passes verification, with its note count."""
    for backup in backups:
        try:
            verify_backup(backup.path)
        except (BackupRejectedError, StorageError):
            continue  # a damaged or unreadable backup: try the next older one
        return BackupChoice(backup, note_count(backup.path))
    return None
