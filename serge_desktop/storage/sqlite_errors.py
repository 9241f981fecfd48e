"""Turns sqlite3 and peewee exceptions into StorageError, with a reason and a kind."""

from __future__ import annotations

import errno
import sqlite3

import peewee as pw

from serge_desktop.storage.errors import StorageError, StorageErrorKind

# What the user sees for the SQLite failures they can cause or fix (primary result codes),
# and which kind of failure each is.
_REASONS: dict[str, tuple[str, StorageErrorKind]] = {
    "SQLITE_BUSY": ("is in use by another program", "locked"),
    "SQLITE_LOCKED": ("is in use by another program", "locked"),
    "SQLITE_CORRUPT": ("is damaged", "damaged"),
    "SQLITE_NOTADB": ("is damaged", "damaged"),
    "SQLITE_CANTOPEN": ("cannot be opened", "read_only"),
    "SQLITE_PERM": ("cannot be opened", "read_only"),
    "SQLITE_READONLY": ("cannot be written", "read_only"),
    "SQLITE_FULL": ("cannot grow: the disk is full", "full"),
    "SQLITE_IOERR": ("could not be read or written (disk error)", "io"),
}


def translate(exc: BaseException) -> StorageError:
    """Our error for a sqlite3/peewee exception; the caller raises it ``from exc``."""
    cause = _sqlite_cause(exc)
    reason, kind = _REASONS.get(sqlite_error_name(exc), ("could not be used", "other"))
    return StorageError(f"{reason} ({cause or exc})", kind=kind)


def translate_os_error(exc: OSError, doing: str) -> StorageError:
    """Our error for a file-system failure while ``doing`` something ("could not be copied")."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return StorageError(f"{doing}: the disk is full", kind="full")
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return StorageError(f"{doing}: the folder cannot be written", kind="read_only")
    return StorageError(f"{doing} ({exc.strerror or exc})", kind="io")


def sqlite_error_name(exc: BaseException) -> str:
    """SQLite's primary error name (SQLITE_BUSY for SQLITE_BUSY_SNAPSHOT), or "" if none."""
    cause = _sqlite_cause(exc)
    return "_".join(_name(cause).split("_")[:2]) if cause is not None else ""


def _sqlite_cause(exc: BaseException) -> sqlite3.Error | None:
    """The sqlite3 error behind ``exc``, preferring a specific one to a generic SQLITE_ERROR.

    A full disk makes SQLite roll the transaction back itself; peewee's own ROLLBACK then
    fails with a generic "no transaction is active" whose context holds the SQLITE_FULL.
    """
    found: list[sqlite3.Error] = []
    seen: BaseException | None = exc
    while seen is not None and len(found) < 20:
        # peewee re-raises sqlite3 errors as its own types, with the original as args[0].
        for candidate in (seen, *seen.args[:1]):
            if isinstance(candidate, sqlite3.Error):
                found.append(candidate)
        seen = seen.__cause__ or seen.__context__
    specific = [e for e in found if _name(e) not in ("", "SQLITE_ERROR")]
    return (specific or found)[0] if found else None


def _name(error: sqlite3.Error) -> str:
    return getattr(error, "sqlite_errorname", None) or ""


DATABASE_ERRORS = (pw.PeeweeException, sqlite3.Error)
