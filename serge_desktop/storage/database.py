"""Opens the study database: checks whose file it is, sets pragmas, migrates, binds the models."""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import peewee as pw

from serge_desktop.core.regular_files import NotARegularFileError, open_regular
from serge_desktop.storage.backups import make_backup
from serge_desktop.storage.clean_close import (
    closed_cleanly,
    forget_clean_close,
    record_clean_close,
)
from serge_desktop.storage.errors import (
    DatabaseDamagedError,
    DatabaseTooNewError,
    NotOurDatabaseError,
    StorageError,
)
from serge_desktop.storage.file_header import APPLICATION_ID, HEADER_SIZE, SQLITE_MAGIC
from serge_desktop.storage.health import check_problems
from serge_desktop.storage.library_identity import ensure_identity, forget_identity, mark_write
from serge_desktop.storage.library_state import (
    RecoveryNeededError,
    Trouble,
    assess,
    has_evidence,
    wal_belongs,
)
from serge_desktop.storage.migrations.runner import LATEST_VERSION, current_version, run_migrations
from serge_desktop.storage.models.base import database_proxy
from serge_desktop.storage.permissions import (
    create_private_file,
    make_private,
    make_private_dir,
    sidecar_files,
)
from serge_desktop.storage.read_only import tolerant_text
from serge_desktop.storage.sqlite_errors import DATABASE_ERRORS, sqlite_error_name, translate

__all__ = [
    "APPLICATION_ID",
    "LibraryDatabase",
    "close_database",
    "open_database",
    "write_transaction",
]

BUSY_TIMEOUT_MS = 5000
# The -shm file of a WAL reader: its first region is 32 KiB.
_SHM_BYTES = 32 * 1024

# Set on every connection peewee opens (one per thread). busy_timeout comes first so the switch
# to WAL waits for other connections instead of failing at once.
_PRAGMAS: tuple[tuple[str, object], ...] = (
    ("busy_timeout", BUSY_TIMEOUT_MS),
    ("journal_mode", "wal"),
    ("synchronous", 2),  # FULL: a committed note survives a power cut, not only a crash
    ("foreign_keys", 1),
)


def open_database(
    path: Path,
    *,
    read_only: bool = False,
    secure_delete: bool = False,
    trust_clean_close: bool = True,
    over_evidence: bool = False,
) -> LibraryDatabase:
    """Open (creating and migrating if needed) the database at ``path`` and bind the models to it.

    Raises NotOurDatabaseError or DatabaseTooNewError before writing anything to a file that is
    not ours or is too new, MigrationError if an upgrade fails (rolled back), RecoveryNeededError
    when the file is damaged, empty or gone with evidence of the library beside it (nothing is
    created over it), and StorageError for anything else the file system or SQLite refuses.
    ``read_only`` never creates, upgrades or writes the file (it needs an existing database at
    the latest schema). ``secure_delete`` has SQLite overwrite deleted content with zeros, so
    nothing erased stays readable in the file. ``over_evidence`` creates a new library even with
    backups or a -wal beside the place (the reader chose to start empty; the old files were
    moved aside).

    The file is checked at start (``PRAGMA quick_check`` on a read-only connection that cannot
    change it, and whether a -wal beside it is its own) unless it is exactly as a clean close
    left it (storage.clean_close) and ``trust_clean_close``: then ``startup_check_skipped`` is
    True on the returned database, and the caller checks in the background instead. An older
    schema is backed up (storage.backups) before it is upgraded. A new database and its folder
    are created private to the user (0600 and 0700 on POSIX).
    """
    path = Path(path)
    skipped = _check_file(
        path,
        read_only=read_only,
        trust_clean_close=trust_clean_close,
        over_evidence=over_evidence,
    )
    db = _new_database(path, read_only)
    db.startup_check_skipped = skipped
    _connect(db, path, read_only=read_only, secure_delete=secure_delete)
    database_proxy.initialize(db)
    return db


def reopen_database(db: pw.SqliteDatabase) -> None:
    """Connect ``db`` again, after close_database, to the file now at its path (a restore).

    The same checks, pragmas and migrations as open_database, on the same object, so every
    service holding ``db`` works on the new file.
    """
    path = Path(db.database)
    _check_file(path, read_only=False, trust_clean_close=False)
    _connect(db, path, read_only=False, secure_delete=False)  # peewee re-applies secure_delete
    database_proxy.initialize(db)


def check_ownership(path: Path) -> None:
    """Raise unless ``path`` is an existing database of ours at a schema this version reads.

    Reads the header only (NotOurDatabaseError, DatabaseTooNewError, StorageError if missing).
    """
    header = _read_header(path)
    if header is None:
        raise StorageError("does not exist (or is empty)", kind="missing")
    _check_owner(path, *header, has_schema=None)


def _check_file(
    path: Path, *, read_only: bool, trust_clean_close: bool, over_evidence: bool = False
) -> bool:
    """Refuse what must not be opened; True when the check was skipped after a clean close."""
    try:
        header = _read_header(path)
    except NotOurDatabaseError as refusal:
        # Not SQLite at all (its header zeroed, the file cut to a few bytes): at the library's
        # own place, with backups or a -wal beside it, that is damage to recover from.
        if has_evidence(path):
            trouble = assess(path, Trouble.NOT_A_DATABASE, (refusal.detail,))
            raise RecoveryNeededError(trouble) from refusal
        raise
    if header is None:
        _check_new(path, read_only=read_only, over_evidence=over_evidence)
        return False
    # A first look at the raw header, without SQLite: refuses foreign and too-new files
    # before any connection could roll back a journal or switch the file to WAL.
    _check_owner(path, *header, has_schema=None)
    if trust_clean_close and closed_cleanly(path):
        if not read_only:
            forget_clean_close(path)  # from here on a crash must be noticed next time
        return True
    _check_soundness(path, ours=header[1] == APPLICATION_ID)
    if not read_only:
        forget_clean_close(path)  # a stale marker: it would not match, but leave no doubt
    return False


def _check_new(path: Path, *, read_only: bool, over_evidence: bool) -> None:
    """No file (or an empty one): create it, unless a library lived here."""
    exists = path.exists()
    if not over_evidence and has_evidence(path):
        trouble = Trouble.EMPTY if exists else Trouble.MISSING
        problem = "the file is empty" if exists else "the file is missing"
        raise RecoveryNeededError(assess(path, trouble, (problem,)))
    if read_only:
        raise StorageError("does not exist (or is empty), and read-only opening cannot create it")
    _make_private_file(path)


def _connect(db: pw.SqliteDatabase, path: Path, *, read_only: bool, secure_delete: bool) -> None:
    try:
        with _translated_errors(path):
            db.connect()
            # The header on disk can be stale in WAL mode (recent commits live in the -wal
            # file), so check again through SQLite, still before setting any pragma.
            version, application_id, has_schema = _inspect(db)
            _check_owner(path, version, application_id, has_schema=has_schema)
            _set_pragmas(db, read_only=read_only)
            if secure_delete:
                db.pragma("secure_delete", 1, permanent=True)
            if read_only:
                if version < LATEST_VERSION:
                    raise StorageError(
                        f"has schema {version}, older than {LATEST_VERSION}; open it normally "
                        "once to upgrade it"
                    )
            else:
                make_private(path, *sidecar_files(path))
                if application_id == 0:
                    db.pragma("application_id", APPLICATION_ID)
                if 0 < version < LATEST_VERSION:
                    make_backup(path, reason="before-migration")
                run_migrations(db)
                ensure_identity(db)
    except BaseException:
        with contextlib.suppress(pw.PeeweeException):
            db.close()
        raise


def close_database(db: pw.SqliteDatabase) -> None:
    """Close this thread's connection; the models are unbound so later use fails loudly.

    peewee keeps one connection per thread: threads that used ``db`` close their own. When the
    last connection is gone (SQLite then checkpoints and removes the -wal), the clean close is
    recorded so the next start can skip its check (storage.clean_close).
    """
    if database_proxy.obj is db:
        # Otherwise peewee's autoconnect would quietly reopen the file on the next query.
        database_proxy.initialize(None)
    forget_identity(db)
    path = Path(db.database)
    with _translated_errors(path):
        db.close()
    if getattr(db, "writes_allowed", False) and getattr(db, "sound_when_closed", True):
        record_clean_close(path)


def _read_header(path: Path) -> tuple[int, int] | None:
    """(user_version, application_id) from the file's first bytes; None if missing or empty.

    Anything but a regular file (a FIFO, a socket, a device) is refused at once: SQLite would
    block on a FIFO forever.
    """
    try:
        with open_regular(path) as file:
            header = file.read(HEADER_SIZE)
    except FileNotFoundError:
        return None
    except NotARegularFileError as exc:
        raise StorageError(str(exc), kind="not_ours") from exc
    except OSError as exc:
        raise StorageError(f"cannot be read ({exc.strerror or exc})") from exc
    if not header:
        return None  # SQLite treats an empty file as a new, empty database
    if len(header) < HEADER_SIZE:
        raise NotOurDatabaseError(path, f"the file is only {len(header)} bytes long")
    if not header.startswith(SQLITE_MAGIC):
        raise NotOurDatabaseError(path, "not an SQLite file")
    # Both are signed 32-bit big-endian integers, as the pragmas report them.
    user_version = int.from_bytes(header[60:64], "big", signed=True)
    application_id = int.from_bytes(header[68:72], "big", signed=True)
    return user_version, application_id


def _check_owner(path: Path, version: int, application_id: int, *, has_schema: bool | None) -> None:
    """Refuse files we must not touch; ``has_schema`` is None when not known yet."""
    if application_id == APPLICATION_ID:
        if version > LATEST_VERSION:
            raise DatabaseTooNewError(version, LATEST_VERSION)
    elif application_id != 0:
        raise NotOurDatabaseError(path, f"application id {application_id:#010x}")
    elif version != 0 or has_schema:
        # No application id: only a blank database is ours to take.
        raise NotOurDatabaseError(path, "an SQLite database with other contents")


def _check_soundness(path: Path, *, ours: bool) -> None:
    """Raise RecoveryNeededError if SQLite, reading the file with its -wal, finds damage.

    A -wal that another library wrote is damage too: SQLite would replay it onto this file.
    A file without our application id that SQLite cannot read is not ours to call damaged:
    NotOurDatabaseError, as before.
    """
    try:
        problems = check_problems(path)
    except StorageError:
        # Locked, or the read-only check cannot open it here (no -shm in a read-only folder):
        # that says nothing about damage, and the real connection will report it properly.
        return
    if problems and not ours:
        raise NotOurDatabaseError(path, "not an SQLite database")
    if problems:
        raise RecoveryNeededError(assess(path, Trouble.DAMAGED, tuple(problems)))
    if ours and wal_belongs(path) is False:
        problem = "the -wal file beside it was written by another library"
        raise RecoveryNeededError(assess(path, Trouble.FOREIGN_WAL, (problem,)))


def _inspect(db: pw.SqliteDatabase) -> tuple[int, int, bool]:
    version = current_version(db)
    application_id = int(db.pragma("application_id"))
    # Any table, index, view or trigger means the file already holds something.
    cursor = db.execute_sql("SELECT count(*) FROM sqlite_master")  # type: ignore[no-untyped-call]
    return version, application_id, cursor.fetchone()[0] > 0


def _set_pragmas(db: pw.SqliteDatabase, *, read_only: bool) -> None:
    for key, value in _PRAGMAS:
        if read_only and key == "journal_mode":
            continue  # changing it is a write; a read-only connection uses whatever mode it finds
        # permanent=True: peewee re-applies these on every later connection (other threads too).
        result = db.pragma(key, value, permanent=True)
        if key == "journal_mode" and str(result).lower() != "wal":
            raise StorageError(
                f"cannot use write-ahead logging here (journal mode stays {result!r}); "
                "is it on a network drive?"
            )


class LibraryDatabase(pw.SqliteDatabase):
    """peewee's SQLite database, reading text that is not valid UTF-8 with U+FFFD for its bad bytes.

    One such byte (written by another tool, or by damage) would otherwise stop every query that
    reads its row, and with it the window's start; ``check`` names such rows and
    ``check --salvage`` mends them.
    """

    startup_check_skipped = False  # opened without a check at start, after a clean close
    writes_allowed = False  # opened for writing: closing it may record a clean close
    sound_when_closed = True  # cleared when a check in the background finds a problem

    def _add_conn_hooks(self, conn: sqlite3.Connection) -> None:
        super()._add_conn_hooks(conn)  # type: ignore[misc]  # not in peewee's stubs
        conn.text_factory = tolerant_text


def _new_database(path: Path, read_only: bool) -> LibraryDatabase:
    timeout = BUSY_TIMEOUT_MS / 1000  # sqlite3 takes seconds
    if read_only:
        # mode=ro makes SQLite itself refuse writes; as_uri() escapes "?" and "#" in the path.
        uri = path.absolute().as_uri() + "?mode=ro"
        wal, _ = sidecar_files(path)
        if not wal.exists() and not _room_for_shm(path.parent):
            # A read-only folder (or medium), or a full disk: SQLite cannot make the -shm file
            # a WAL reader needs. With no -wal, the file holds everything: read it as immutable.
            uri += "&immutable=1"
        return LibraryDatabase(uri, uri=True, timeout=timeout)
    db = LibraryDatabase(str(path), timeout=timeout)
    db.writes_allowed = True
    return db


def _room_for_shm(folder: Path) -> bool:
    """Whether a reader could make its -shm file here: a writable folder with room for one."""
    if not os.access(folder, os.W_OK):
        return False
    try:
        stats = os.statvfs(folder)
    except (OSError, AttributeError):  # no statvfs on Windows: let SQLite try
        return True
    return stats.f_bavail * stats.f_frsize >= _SHM_BYTES


def _make_private_file(path: Path) -> None:
    # Created 0600 before SQLite opens it: SQLite would create it with the umask's mode, and
    # gives the -wal and -shm files the database's mode.
    try:
        make_private_dir(path.parent)
        create_private_file(path)
    except OSError as exc:
        raise StorageError(
            f"cannot be created: its folder ({exc.strerror or exc})",
            kind="full" if exc.errno == errno.ENOSPC else "read_only",
        ) from exc


@contextlib.contextmanager
def write_transaction(db: pw.SqliteDatabase) -> Iterator[None]:
    """One write, all or nothing, waiting up to the busy timeout for another writer to finish.

    IMMEDIATE takes the write lock when the transaction starts. A deferred transaction that
    reads first and writes later cannot wait for the lock in WAL mode: SQLite refuses it at
    once (SQLITE_BUSY) however long the busy timeout, so a second process's write would fail.
    """
    with _translated_errors(Path(db.database)), db.atomic("IMMEDIATE"):
        outermost = db.transaction_depth() == 1  # nested savepoints are part of the outer one
        before = _changes(db) if outermost else 0
        yield
        if outermost and _changes(db) != before:
            # A write that changed something marks the library's identity row (in the same
            # transaction), so any -wal holding it can be told to be this library's.
            mark_write(db)


def _changes(db: pw.SqliteDatabase) -> int:
    return int(db.connection().total_changes)  # type: ignore[no-untyped-call]


@contextlib.contextmanager
def _translated_errors(path: Path) -> Iterator[None]:
    """Turn sqlite3 and peewee errors (locked, damaged, not a database) into ours."""
    try:
        yield
    except DATABASE_ERRORS as exc:
        if sqlite_error_name(exc) in ("SQLITE_CORRUPT", "SQLITE_NOTADB"):
            # The file passed the header check, so it was ours: it is damaged, not foreign.
            raise DatabaseDamagedError(path, (str(exc),)) from exc
        raise translate(exc) from exc
