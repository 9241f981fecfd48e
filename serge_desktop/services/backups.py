"""Backing up the open library on request, listing its backups, and restoring one."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import peewee as pw

from serge_desktop.storage.backups import (
    BackupInfo,
    backups_dir,
    copy_database,
    delete_backup,
    list_backups,
    make_backup,
)
from serge_desktop.storage.backups import verify_backup as verify_backup_file
from serge_desktop.storage.database import close_database, reopen_database
from serge_desktop.storage.errors import StorageError
from serge_desktop.storage.permissions import sidecar_files
from serge_desktop.storage.recovery import discard, put_in_place, stage_copy

MANUAL_REASON = "manual"
BEFORE_RESTORE_REASON = "before-restore"


@dataclass(frozen=True, slots=True)
class BackupView:
    """One backup: its file, when it was made (aware, UTC), why, its size and schema version."""

    path: Path
    created: datetime
    reason: str  # its kind: "manual", "daily", "before-import" …
    size: int
    schema_version: int | None = None  # None when the copy's header cannot be read


@dataclass(frozen=True, slots=True)
class RestoreOutcome:
    """A restore: the backup now in use, and the copy of what was there before it."""

    restored: BackupView
    previous_state: BackupView


def backup_view(info: BackupInfo) -> BackupView:
    return BackupView(info.path, info.created, info.reason, info.size, info.schema_version)


class BackupService:
    """The backups of one open library; restoring swaps the file under the open services."""

    def __init__(
        self,
        db: pw.SqliteDatabase,
        database_path: Path,
        *,
        read_only: bool = False,
        after_reopen: Callable[[], None] = lambda: None,
    ) -> None:
        self._db = db
        self._path = database_path
        self._read_only = read_only
        self._after_reopen = after_reopen

    @property
    def read_only(self) -> bool:
        return self._read_only

    @property
    def folder(self) -> Path:
        return backups_dir(self._path)

    def list_backups(self) -> list[BackupView]:
        """Newest first."""
        return [backup_view(info) for info in list_backups(self._path)]

    def back_up_now(self, *, reason: str = MANUAL_REASON) -> BackupView:
        return self._view(make_backup(self._path, reason=reason))

    def delete(self, path: Path) -> None:
        """Delete one of the library's backups (the window asks first; this cannot be undone)."""
        delete_backup(self._path, path)

    def back_up_to(self, target: Path, *, overwrite: bool = False) -> Path:
        """A verified copy at ``target`` (written beside it under another name, then renamed).

        An existing ``target`` is refused (FileExistsError) unless ``overwrite``.
        """
        if target.exists() and not overwrite:
            raise FileExistsError(target)
        if target.resolve() == self._path.resolve():
            raise StorageError("cannot be backed up onto itself")
        copy_database(self._path, target)
        return target

    def verify(self, path: Path) -> None:
        """Raise BackupRejectedError unless ``path`` is a sound library this version can open."""
        verify_backup_file(path)

    def restore(self, path: Path) -> RestoreOutcome:
        """Replace the library with the backup at ``path``, after backing up what is there now.

        The backup is verified first (integrity_check, our application id, a schema this
        version reads) and copied beside the library before anything changes, so neither a
        bad file nor the rotation that follows the safety backup can leave the library
        half-restored. The services keep working: the same database object is reconnected.
        """
        if self._read_only:
            raise StorageError("is open read-only: a backup cannot be restored", kind="read_only")
        verify_backup_file(path)
        restored = self._view(path)
        staged = stage_copy(path, self._path)
        try:
            previous = self.back_up_now(reason=BEFORE_RESTORE_REASON)
            close_database(self._db)
        except BaseException:
            discard(staged)
            raise
        try:
            if any(p.exists() for p in sidecar_files(self._path)):
                # Closing the last connection removes the -wal; it is still there, so another
                # program has the library open and replacing the file under it would harm it.
                discard(staged)
                raise StorageError("is in use by another program", kind="locked")
            put_in_place(staged, self._path)
        finally:
            reopen_database(self._db)
            self._after_reopen()
        return RestoreOutcome(restored=restored, previous_state=previous)

    def _view(self, path: Path) -> BackupView:
        for info in list_backups(self._path):
            if info.path == path:
                return backup_view(info)
        # A file chosen from elsewhere (serge-desktop restore FILE): no name to parse.
        with contextlib.suppress(OSError):
            modified = datetime.fromtimestamp(path.stat().st_mtime).astimezone()
            return BackupView(path, modified, "", path.stat().st_size)
        return BackupView(path, datetime.now().astimezone(), "", 0)
