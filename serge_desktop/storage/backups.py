"""Verified copies of the database in a private backups folder; what each one is travels with it.

A backup's kind and time are in its file name (``library-20261124-193000-before-import.sqlite3``)
and its schema version in its own header: copying the backups folder elsewhere loses nothing,
and there is no index beside them to drift. What rotation keeps is decided by
core.backup_rotation; this module applies it.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import stat
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from serge_desktop.core.backup_rotation import BackupFacts, backups_to_keep
from serge_desktop.core.regular_files import NotARegularFileError, open_regular
from serge_desktop.storage.errors import BackupRejectedError, StorageError
from serge_desktop.storage.file_header import APPLICATION_ID, HEADER_SIZE, SQLITE_MAGIC
from serge_desktop.storage.health import check_problems
from serge_desktop.storage.migrations.runner import LATEST_VERSION
from serge_desktop.storage.permissions import create_private_file, make_private, make_private_dir
from serge_desktop.storage.read_only import read_only_connection, tolerant_text
from serge_desktop.storage.sqlite_errors import translate, translate_os_error

BACKUPS_FOLDER = "backups"
_STAMP = "%Y%m%d-%H%M%S"
_SUFFIX = ".sqlite3"
_PARTIAL = ".partial"  # an unfinished copy: never listed as a backup
# An unfinished copy this old was interrupted (a copy and its check take minutes at most).
STALE_PARTIAL_AGE = timedelta(days=1)
_REASON_WORD = re.compile(r"[^a-z]+")
# Every backup this process made: rotation never deletes one (it may just have been announced).
_MADE_THIS_RUN: set[Path] = set()


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """One backup file: when it was made (UTC), why, its size in bytes and its schema version."""

    path: Path
    created: datetime
    reason: str  # its kind: "manual", "daily", "before-import" …
    size: int
    sequence: int = 1  # 2, 3 … for a second backup within the same second
    schema_version: int | None = None  # None when its header cannot be read

    @property
    def made_this_run(self) -> bool:
        return self.path.absolute() in _MADE_THIS_RUN


def backups_dir(database_path: Path) -> Path:
    return database_path.parent / BACKUPS_FOLDER


def make_backup(database_path: Path, *, reason: str, tolerate: tuple[str, ...] = ()) -> Path:
    """Copy the database (a consistent snapshot, even while it is open) into the backups folder.

    The copy is checked with ``PRAGMA integrity_check`` and only then given its final name;
    a copy that fails is deleted and StorageError raised. ``tolerate`` lists problems the
    database is known to have (a copy made before repairing them keeps them, faithfully).
    Rotation runs afterwards. Unfinished copies an interrupted backup left a day or more ago
    are deleted first. Returns the new backup's path.
    """
    if not database_path.is_file():
        raise StorageError("does not exist, so there is nothing to back up")
    folder = backups_dir(database_path)
    try:
        make_private_dir(folder)
    except OSError as exc:
        raise translate_os_error(exc, "cannot be backed up") from exc
    target = _free_name(database_path, _reason_slug(reason))
    remove_partial_copies(database_path, older_than=STALE_PARTIAL_AGE)
    copy_database(database_path, target, tolerate=tolerate)
    _MADE_THIS_RUN.add(target.absolute())
    rotate_backups(database_path)
    return target


def made_this_run(database_path: Path) -> list[Path]:
    """The backups of ``database_path`` this process made, oldest first (still present)."""
    folder = backups_dir(database_path).absolute()
    made = [p for p in _MADE_THIS_RUN if p.parent == folder and p.exists()]
    return sorted(made, key=lambda p: p.name)


def copy_database(source: Path, target: Path, *, tolerate: tuple[str, ...] = ()) -> None:
    """A verified copy of ``source`` at ``target`` (0600), written under a temporary name first."""
    temporary = target.with_name(f".{target.name}{_PARTIAL}")
    with contextlib.suppress(FileNotFoundError):
        temporary.unlink()  # left by a copy that was interrupted
    try:
        create_private_file(temporary)
        with (
            contextlib.closing(_snapshot_connection(source)) as src,
            contextlib.closing(sqlite3.connect(temporary, isolation_level=None)) as dst,
        ):
            # One step (pages=-1): the whole copy is read in one transaction, so it is a
            # consistent snapshot even while the app writes to the database.
            src.backup(dst)
            # A plain rollback-journal file: a copy is complete without -wal or -shm beside it.
            dst.execute("PRAGMA journal_mode=DELETE")
        problems = [p for p in integrity_problems(temporary) if p not in tolerate]
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


def _snapshot_connection(source: Path) -> sqlite3.Connection:
    """A connection that reads ``source`` and takes part in SQLite's locking like the app's own.

    The library may be opened by another process while it is copied (the daily backup is made
    after the app has let go of it): a reader that took the file as immutable could read pages
    half-way through that process's checkpoint. Read-only by pragma rather than by ``mode=ro``,
    so that when it is the last connection out it tidies the -wal and -shm away as the app's
    close does (a ``mode=ro`` reader leaves them behind). A file or folder that cannot be
    written, where no one else can write either, is read by the read-only connection.
    """
    if not (os.access(source, os.W_OK) and os.access(source.parent, os.W_OK)):
        return read_only_connection(source)
    connection = sqlite3.connect(source, timeout=5.0, isolation_level=None)
    connection.text_factory = tolerant_text
    connection.execute("PRAGMA query_only = 1")
    return connection


def partial_copies(database_path: Path, *, reason: str | None = None) -> list[Path]:
    """The unfinished copies in the backups folder (of one kind), with their journals."""
    kind = re.escape(_reason_slug(reason)) if reason is not None else r"[a-z]+(?:-[a-z]+)*"
    pattern = re.compile(
        r"\."
        + re.escape(database_path.stem)
        + r"-\d{8}-\d{6}-"
        + kind
        + r"(?:-\d+)?"
        + re.escape(_SUFFIX + _PARTIAL)
        + r"(?:-journal|-wal|-shm)?"
    )
    try:
        entries = list(backups_dir(database_path).iterdir())
    except (FileNotFoundError, NotADirectoryError):
        return []
    return [path for path in entries if pattern.fullmatch(path.name)]


def remove_partial_copies(
    database_path: Path, *, reason: str | None = None, older_than: timedelta | None = None
) -> list[Path]:
    """Delete unfinished copies an interrupted backup left (of one kind, or old enough).

    With ``reason``, only for a caller sure no other backup of that kind is being written (it
    holds its lock); ``older_than`` (any kind) is safe anywhere: no copy takes a day.
    """
    removed = []
    for path in partial_copies(database_path, reason=reason):
        with contextlib.suppress(OSError):
            if older_than is None or _age(path) > older_than:
                _remove(path)
                removed.append(path)
    return removed


def _age(path: Path) -> timedelta:
    return datetime.now(UTC) - datetime.fromtimestamp(path.lstat().st_mtime, UTC)


def list_backups(database_path: Path) -> list[BackupInfo]:
    """The backups of ``database_path``, newest first; other files in the folder are ignored.

    Only regular files count: a link or a named pipe given a backup's name is not one.
    """
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
            status = entry.lstat()
        except (ValueError, OSError):
            continue
        if not stat.S_ISREG(status.st_mode):
            continue
        sequence = int(match["seq"] or 1)
        found.append(
            BackupInfo(
                entry,
                created,
                match["reason"],
                status.st_size,
                sequence,
                schema_version(entry),
            )
        )
    found.sort(key=lambda b: (b.created, b.sequence), reverse=True)
    return found


def schema_version(path: Path) -> int | None:
    """The schema version a database file's header records; None if it is not one of ours.

    A backup is a rollback-journal file (no -wal), so its header is up to date.
    """
    try:
        with open_regular(path) as file:
            header = file.read(HEADER_SIZE)
    except (OSError, NotARegularFileError):
        return None
    if len(header) < HEADER_SIZE or not header.startswith(SQLITE_MAGIC):
        return None
    if int.from_bytes(header[68:72], "big", signed=True) != APPLICATION_ID:
        return None
    return int.from_bytes(header[60:64], "big", signed=True)


def rotate_backups(database_path: Path) -> list[Path]:
    """Delete the backups the policy (core.backup_rotation) does not keep; return them."""
    backups = list_backups(database_path)
    keep = backups_to_keep(
        backups, _facts, now=datetime.now().astimezone(), current_schema=LATEST_VERSION
    )
    deleted = [b.path for b in backups if b not in keep]
    for path in deleted:
        _remove(path)
    return deleted


def delete_backup(database_path: Path, path: Path) -> None:
    """Delete one backup the reader chose; refuses anything that is not one of its backups."""
    if not any(b.path == path for b in list_backups(database_path)):
        raise StorageError(f"{path.name} is not one of this library's backups")
    try:
        path.unlink()
    except FileNotFoundError:
        return
    except OSError as exc:
        raise translate_os_error(exc, "could not be deleted") from exc
    _MADE_THIS_RUN.discard(path.absolute())


def verify_backup(path: Path) -> None:
    """Raise BackupRejectedError unless ``path`` is a sound Serge Desktop database we can read."""
    try:
        with open_regular(path) as file:
            header = file.read(HEADER_SIZE)
    except OSError as exc:
        raise BackupRejectedError(path, f"it cannot be read ({exc.strerror or exc})") from exc
    except NotARegularFileError as exc:
        raise BackupRejectedError(path, f"it {exc}") from exc
    if not header.startswith(SQLITE_MAGIC):
        raise BackupRejectedError(path, "it is not a Serge Desktop database")
    try:
        with contextlib.closing(read_only_connection(path)) as connection:
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


def note_count(path: Path) -> int | None:
    """How many of the reader's own notes (not in the trash) a file holds; None if unknown."""
    queries = (
        'SELECT count(*) FROM "note" WHERE "deleted_at" IS NULL AND "layer_id" IS NULL',
        'SELECT count(*) FROM "note" WHERE "deleted_at" IS NULL',  # before schema 7
        'SELECT count(*) FROM "note"',
    )
    try:
        with contextlib.closing(read_only_connection(path)) as connection:
            for query in queries:
                with contextlib.suppress(sqlite3.OperationalError):
                    return int(connection.execute(query).fetchone()[0])
    except sqlite3.Error:
        return None
    return None


def integrity_problems(path: Path, *, quick: bool = False) -> list[str]:
    """What a full ``integrity_check`` (or with ``quick``, a quick_check) reports; [] if sound."""
    return check_problems(path, thorough=not quick)


def _facts(backup: BackupInfo) -> BackupFacts:
    # The reader's calendar decides what "a day" is; the sequence orders same-second copies.
    moment = backup.created.astimezone()
    moment = moment.replace(microsecond=min(backup.sequence, 999_999))
    return BackupFacts(backup.reason, moment, backup.schema_version, backup.made_this_run)


def _free_name(database_path: Path, reason: str) -> Path:
    stamp = datetime.now(UTC).strftime(_STAMP)
    folder = backups_dir(database_path)
    # A second backup within the same second, whatever its reason, takes the next sequence
    # number, so the order of backups is never a tie.
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


def _remove(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
