"""Verified copies of the database in a private backups folder, named by time and reason."""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from serge_desktop.core.backup_rotation import backups_to_keep
from serge_desktop.storage.errors import BackupRejectedError, StorageError
from serge_desktop.storage.file_header import APPLICATION_ID, SQLITE_MAGIC
from serge_desktop.storage.health import check_problems
from serge_desktop.storage.migrations.runner import LATEST_VERSION
from serge_desktop.storage.permissions import create_private_file, make_private, make_private_dir
from serge_desktop.storage.sqlite_errors import translate, translate_os_error

BACKUPS_FOLDER = "backups"
_STAMP = "%Y%m%d-%H%M%S"
_SUFFIX = ".sqlite3"
_REASON_WORD = re.compile(r"[^a-z]+")


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """One backup file: when it was made (UTC), why, and its size in bytes."""

    path: Path
    created: datetime
    reason: str
    size: int
    sequence: int = 1  # 2, 3 … for a second backup within the same second


def backups_dir(database_path: Path) -> Path:
    return database_path.parent / BACKUPS_FOLDER


def make_backup(database_path: Path, *, reason: str) -> Path:
    """Copy the database (a consistent snapshot, even while it is open) into the backups folder.

    The copy is checked with ``PRAGMA integrity_check`` and only then given its final name;
    a copy that fails is deleted and StorageError raised. Rotation runs afterwards. Returns
    the new backup's path, e.g. ``backups/library-20261124-193000-before-import.sqlite3``.
    """
    if not database_path.is_file():
        raise StorageError("does not exist, so there is nothing to back up")
    folder = backups_dir(database_path)
    try:
        make_private_dir(folder)
    except OSError as exc:
        raise translate_os_error(exc, "cannot be backed up") from exc
    target = _free_name(database_path, _reason_slug(reason))
    copy_database(database_path, target)
    rotate_backups(database_path)
    return target


def copy_database(source: Path, target: Path) -> None:
    """A verified copy of ``source`` at ``target`` (0600), written under a temporary name first."""
    temporary = target.with_name(f".{target.name}.partial")
    with contextlib.suppress(FileNotFoundError):
        temporary.unlink()  # left by a copy that was interrupted
    try:
        create_private_file(temporary)
        with (
            contextlib.closing(_connect(source, read_only=True)) as src,
            contextlib.closing(_connect(temporary, read_only=False)) as dst,
        ):
            # One step (pages=-1): the whole copy is read in one transaction, so it is a
            # consistent snapshot even while the app writes to the database.
            src.backup(dst)
            # A plain rollback-journal file: a copy is complete without -wal or -shm beside it.
            dst.execute("PRAGMA journal_mode=DELETE")
        problems = integrity_problems(temporary)
        if problems:
            raise StorageError(f"gave a damaged copy ({problems[0]})", kind="damaged")
        os.replace(temporary, target)
        make_private(target)
    except sqlite3.Error as exc:
        _remove(temporary)
        raise translate(exc) from exc
    except OSError as exc:
        _remove(temporary)
        raise translate_os_error(exc, "could not be copied") from exc
    except BaseException:
        _remove(temporary)
        raise


def list_backups(database_path: Path) -> list[BackupInfo]:
    """The backups of ``database_path``, newest first; other files in the folder are ignored."""
    folder = backups_dir(database_path)
    pattern = re.compile(
        re.escape(database_path.stem)
        + r"-(?P<stamp>\d{8}-\d{6})-(?P<reason>[a-z]+(?:-[a-z]+)*)(?:-(?P<seq>\d+))?"
        + re.escape(_SUFFIX)
    )
    found: list[BackupInfo] = []
    try:
        entries = list(folder.iterdir())
    except (FileNotFoundError, NotADirectoryError):
        return []
    for entry in entries:
        match = pattern.fullmatch(entry.name)
        if match is None:
            continue
        try:
            created = datetime.strptime(match["stamp"], _STAMP).replace(tzinfo=UTC)
            size = entry.stat().st_size
        except (ValueError, OSError):
            continue
        sequence = int(match["seq"] or 1)
        found.append(BackupInfo(entry, created, match["reason"], size, sequence))
    found.sort(key=lambda b: (b.created, b.sequence), reverse=True)
    return found


def rotate_backups(database_path: Path) -> list[Path]:
    """Delete the backups the rotation rule does not keep; return what was deleted.

    Every backup, whatever its reason, is rotated the same way (see core.backup_rotation).
    """
    backups = list_backups(database_path)
    keep = backups_to_keep(backups, _local_moment)
    deleted = [b.path for b in backups if b not in keep]
    for path in deleted:
        _remove(path)
    return deleted


def verify_backup(path: Path) -> None:
    """Raise BackupRejectedError unless ``path`` is a sound Serge Desktop database we can read."""
    try:
        with path.open("rb") as file:
            header = file.read(100)
    except OSError as exc:
        raise BackupRejectedError(path, f"it cannot be read ({exc.strerror or exc})") from exc
    if not header.startswith(SQLITE_MAGIC):
        raise BackupRejectedError(path, "it is not a Serge Desktop database")
    try:
        with contextlib.closing(_connect(path, read_only=True)) as connection:
            application_id = connection.execute("PRAGMA application_id").fetchone()[0]
            version = connection.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.Error as exc:
        raise BackupRejectedError(path, f"it is damaged ({exc})") from exc
    if application_id != APPLICATION_ID:
        raise BackupRejectedError(path, "it is not a Serge Desktop database")
    if version > LATEST_VERSION:
        newer = f"a newer Serge Desktop wrote it (schema {version}; this reads {LATEST_VERSION})"
        raise BackupRejectedError(path, newer)
    problems = integrity_problems(path)
    if problems:
        raise BackupRejectedError(path, f"it is damaged ({problems[0]})")


def integrity_problems(path: Path, *, quick: bool = False) -> list[str]:
    """What a full ``integrity_check`` (or with ``quick``, a quick_check) reports; [] if sound."""
    return check_problems(path, thorough=not quick)


def _connect(path: Path, *, read_only: bool) -> sqlite3.Connection:
    if read_only:
        # mode=ro: checking or copying a file never writes to it (nor creates it).
        uri = path.absolute().as_uri() + "?mode=ro"
        return sqlite3.connect(uri, uri=True, timeout=5.0, isolation_level=None)
    return sqlite3.connect(path, timeout=5.0, isolation_level=None)


def _free_name(database_path: Path, reason: str) -> Path:
    stamp = datetime.now(UTC).strftime(_STAMP)
    folder = backups_dir(database_path)
    # A second backup within the same second, whatever its reason, takes the next sequence
    # number, so the order of backups is never a tie (rotation keeps the newest of a day).
    same_second = [
        b.sequence for b in list_backups(database_path) if b.created.strftime(_STAMP) == stamp
    ]
    sequence = max(same_second, default=0) + 1
    while True:
        suffix = "" if sequence == 1 else f"-{sequence}"
        candidate = folder / f"{database_path.stem}-{stamp}-{reason}{suffix}{_SUFFIX}"
        if not candidate.exists():
            return candidate
        sequence += 1


def _reason_slug(reason: str) -> str:
    # Letters and hyphens only, so the name parses back unambiguously (digits mean a sequence).
    return _REASON_WORD.sub("-", reason.lower()).strip("-") or "backup"


def _local_moment(backup: BackupInfo) -> datetime:
    # The reader's calendar decides what "a day" is; the sequence orders same-second backups.
    return backup.created.astimezone() + timedelta(microseconds=backup.sequence)


def _remove(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
