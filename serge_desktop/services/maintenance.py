"""Looking after a library file without opening it: check it, repair it, salvage it, recover it."""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path

from serge_desktop.core.regular_files import NotARegularFileError, require_regular
from serge_desktop.storage.clean_close import closed_cleanly
from serge_desktop.storage.database import check_ownership
from serge_desktop.storage.errors import NotOurDatabaseError, StorageError
from serge_desktop.storage.health import REPAIRABLE_IN_PLACE, Problem, ProblemKind, find_problems
from serge_desktop.storage.library_state import (
    LibraryTrouble,
    Trouble,
    assess,
    has_evidence,
    wal_belongs,
)
from serge_desktop.storage.repairs import RepairReport, repair_in_place
from serge_desktop.storage.salvage import SalvageReport, salvage_in_place

__all__ = [
    "HealthReport",
    "RepairReport",
    "SalvageReport",
    "check_library",
    "repair_library",
    "salvage_library",
]


@dataclass(frozen=True, slots=True)
class HealthReport:
    """The result of checking a library file: what is wrong, of which kind, if anything.

    ``trouble`` is set when the file cannot be checked as a database at all (missing, empty,
    its header gone, another library's -wal) but evidence of the library is beside it.
    """

    path: Path
    findings: tuple[Problem, ...]
    trouble: LibraryTrouble | None = None
    closed_cleanly: bool = False  # the last program to use it closed it cleanly

    @property
    def problems(self) -> tuple[str, ...]:
        found = tuple(p.text for p in self.findings)
        return found or (self.trouble.problems if self.trouble else ())

    @property
    def ok(self) -> bool:
        return not self.findings and self.trouble is None

    @property
    def repairable_in_place(self) -> bool:
        """Only indexes and text encodings are wrong: repaired without losing anything."""
        return (
            self.trouble is None
            and bool(self.findings)
            and all(p.kind in REPAIRABLE_IN_PLACE for p in self.findings)
        )


def check_library(database: Path) -> HealthReport:
    """Run every check (integrity, foreign keys, search indexes, text) without changing the file.

    A file that is not ours or too new raises as opening it would (it is not damaged). A file
    that is missing, empty or headless with evidence of the library beside it is reported as
    ``trouble``, with what could bring it back.
    """
    clean = closed_cleanly(database)
    try:
        if database.exists():
            require_regular(database)
        check_ownership(database)
    except NotARegularFileError as refusal:
        raise StorageError(str(refusal), kind="not_ours") from refusal
    except NotOurDatabaseError as refusal:
        if refusal.detail.startswith(("not an SQLite file", "the file is only")) and has_evidence(
            database
        ):
            trouble = assess(database, Trouble.NOT_A_DATABASE, (refusal.detail,))
            return HealthReport(database, (), trouble, clean)
        raise
    except StorageError:
        if has_evidence(database):
            empty = database.exists()
            kind = Trouble.EMPTY if empty else Trouble.MISSING
            words = "the file is empty" if empty else "the file is missing"
            return HealthReport(database, (), assess(database, kind, (words,)), clean)
        raise
    findings = find_problems(database, thorough=True)
    if not any(p.kind is ProblemKind.DAMAGE for p in findings) and wal_belongs(database) is False:
        words = "the -wal file beside it was written by another library"
        return HealthReport(
            database, tuple(findings), assess(database, Trouble.FOREIGN_WAL, (words,)), clean
        )
    return HealthReport(database, tuple(findings), None, clean)


class BackgroundCheck:
    """The thorough check of an open library, run on a worker thread while the reader works.

    It reads through its own read-only connection and leaves out the full-text indexes' check
    (which would hold the write lock); ``cancel``, from any thread, interrupts it at once (the
    window is closing).
    """

    def __init__(self, database: Path) -> None:
        self._database = database
        self._connection: sqlite3.Connection | None = None
        self._cancelled = threading.Event()

    def run(self) -> HealthReport | None:
        """What the check found; None when it was cancelled or could not run (locked)."""
        try:
            findings = find_problems(
                self._database, thorough=True, search_indexes=False, connected=self._connected
            )
        except StorageError:
            return None
        if self._cancelled.is_set():
            return None
        return HealthReport(self._database, tuple(findings), None, False)

    def cancel(self) -> None:
        self._cancelled.set()
        connection = self._connection
        if connection is not None:
            # Safe from another thread (SQLite's sqlite3_interrupt); closed already: done.
            with contextlib.suppress(sqlite3.ProgrammingError):
                connection.interrupt()

    def _connected(self, connection: sqlite3.Connection) -> None:
        self._connection = connection
        if self._cancelled.is_set():
            connection.interrupt()


def repair_library(report: HealthReport) -> RepairReport:
    """Repair what can be repaired in place (after a backup that keeps the original bytes)."""
    return repair_in_place(report.path, list(report.findings))


def salvage_library(database: Path) -> SalvageReport:
    """Move the damaged files aside (they are kept) and copy what they hold into a new library.

    The -wal is used when it is this library's, refused when another library wrote it; a file
    that is empty or has lost its header is read from its pages and its -wal.
    """
    try:
        check_ownership(database)
    except NotOurDatabaseError as refusal:
        if not refusal.detail.startswith(("not an SQLite file", "the file is only")):
            raise  # another program's database: not ours to take apart
    except StorageError:
        if not has_evidence(database):
            raise
    return salvage_in_place(database)
