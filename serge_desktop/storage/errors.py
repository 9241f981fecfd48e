"""Errors the storage layer raises for database files the user chose, moved, damaged or upgraded."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from serge_desktop.core.errors import SergeError

# Messages are sentence fragments that follow the file's name ("serge.sqlite is locked …"),
# which is how cli.messages.describe shows errors it has no special wording for.

# What went wrong, for code that must react differently (the UI offers another folder for
# "read_only" and "full", a read-only window for "locked", recovery for "damaged").
StorageErrorKind = Literal[
    "full",  # the disk (or the database's size limit) is full
    "read_only",  # the file or its folder cannot be written
    "locked",  # another program (or computer) holds the database
    "damaged",  # the file is corrupt or truncated
    "not_ours",  # not SQLite, or another program's database: left untouched
    "too_new",  # written by a newer Serge Desktop: left untouched
    "missing",  # there is no library file (nothing to check or back up)
    "migration",  # an upgrade failed and was rolled back
    "io",  # the disk reported a read or write error
    "other",
]


class StorageError(SergeError):
    """The database file could not be opened, read or written; the message says why.

    ``kind`` says which of the failures in StorageErrorKind this is.
    """

    def __init__(self, message: str, *, kind: StorageErrorKind = "other") -> None:
        super().__init__(message)
        self.kind: StorageErrorKind = kind


class NotOurDatabaseError(StorageError):
    """The file is not SQLite, or is another program's SQLite database; it was left untouched."""

    def __init__(self, path: Path, detail: str) -> None:
        self.path = path
        self.detail = detail
        super().__init__(f"is not a Serge Desktop database ({detail})", kind="not_ours")


class DatabaseTooNewError(StorageError):
    """A newer Serge Desktop wrote the file (schema ``found`` > ``supported``); left untouched."""

    def __init__(self, found: int, supported: int) -> None:
        self.found = found
        self.supported = supported
        super().__init__(
            f"was written by a newer Serge Desktop (schema {found}; this version reads up to "
            f"{supported})",
            kind="too_new",
        )


class MigrationError(StorageError):
    """Upgrading to schema ``version`` failed and was rolled back; the file keeps its old schema."""

    def __init__(self, version: int, reason: str) -> None:
        self.version = version
        self.reason = reason
        super().__init__(f"could not be upgraded to schema {version} ({reason})", kind="migration")


class DatabaseDamagedError(StorageError):
    """The file at ``path`` is ours but damaged (quick_check failed, corrupt or truncated)."""

    def __init__(self, path: Path, problems: tuple[str, ...], *, more: str = "") -> None:
        self.path = path
        self.problems = problems
        first = problems[0] if problems else "unreadable"
        super().__init__(f"is damaged ({first}){more}", kind="damaged")


class BackupRejectedError(StorageError):
    """A backup file failed verification (damaged, not ours, or too new); nothing was replaced."""

    def __init__(self, path: Path, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"cannot be restored: {reason}", kind="damaged")
