"""Errors the storage layer raises for database files the user chose, moved, damaged or upgraded."""

from __future__ import annotations

from pathlib import Path

from serge_desktop.core.errors import SergeError

# Messages are sentence fragments that follow the file's name ("serge.sqlite is locked …"),
# which is how cli.messages.describe shows errors it has no special wording for.


class StorageError(SergeError):
    """The database file could not be opened, read or written; the message says why."""


class NotOurDatabaseError(StorageError):
    """The file is not SQLite, or is another program's SQLite database; it was left untouched."""

    def __init__(self, path: Path, detail: str) -> None:
        self.path = path
        self.detail = detail
        super().__init__(f"is not a Serge Desktop database ({detail})")


class DatabaseTooNewError(StorageError):
    """A newer Serge Desktop wrote the file (schema ``found`` > ``supported``); left untouched."""

    def __init__(self, found: int, supported: int) -> None:
        self.found = found
        self.supported = supported
        super().__init__(
            f"was written by a newer Serge Desktop (schema {found}; this version reads up to "
            f"{supported})"
        )


class MigrationError(StorageError):
    """Upgrading to schema ``version`` failed and was rolled back; the file keeps its old schema."""

    def __init__(self, version: int, reason: str) -> None:
        self.version = version
        self.reason = reason
        super().__init__(f"could not be upgraded to schema {version} ({reason})")
