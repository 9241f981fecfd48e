"""Checks a database file for damage without changing it, and says what kind each problem is.

Damage is judged only by SQLite reading the file with its -wal: the raw header's page count is
stale in WAL mode (recent pages live in the -wal), so a file that looks "too short" on disk may
be perfectly sound. ``quick_check`` is what start-up runs; ``integrity_check`` also compares
every index with its table (SQLite's own advice: quick_check misses index damage), and the
thorough check adds foreign keys, the full-text indexes and text that is not valid UTF-8.
"""

from __future__ import annotations

import contextlib
import enum
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from serge_desktop.storage.read_only import read_only_connection
from serge_desktop.storage.sqlite_errors import translate
from serge_desktop.storage.text_scan import bad_text_cells


class ProblemKind(enum.Enum):
    """What a problem is, which decides how it can be repaired."""

    DAMAGE = "damage"  # pages SQLite cannot read: salvage, or a backup
    INDEX = "index"  # an index disagrees with its table: REINDEX, nothing lost
    SEARCH_INDEX = "search_index"  # a full-text index disagrees with its text: rebuild it
    BAD_TEXT = "bad_text"  # text that is not valid UTF-8: rewritten, the bytes kept in a backup
    DANGLING = "dangling"  # a row refers to one that is gone


@dataclass(frozen=True, slots=True)
class Problem:
    kind: ProblemKind
    text: str  # as SQLite words it, or our own words for the kinds SQLite does not report
    table: str | None = None
    rowid: int | None = None
    column: str | None = None


REPAIRABLE_IN_PLACE = frozenset({ProblemKind.INDEX, ProblemKind.SEARCH_INDEX, ProblemKind.BAD_TEXT})
_INDEX_PROBLEM = re.compile(
    r"^(?:row \d+ missing from index|wrong # of entries in index) (?P<index>\S+)$"
)
SEARCH_TABLES = ("search_article", "search_note", "search_event")


def check_problems(path: Path, *, thorough: bool = False) -> list[str]:
    """What is wrong with the file at ``path``, in words; empty when it is sound."""
    return [problem.text for problem in find_problems(path, thorough=thorough)]


def find_problems(
    path: Path,
    *,
    thorough: bool = False,
    search_indexes: bool = True,
    connected: Callable[[sqlite3.Connection], None] = lambda _connection: None,
) -> list[Problem]:
    """What is wrong with the file at ``path``; empty when it is sound.

    Quick: ``PRAGMA quick_check``. Thorough: ``integrity_check``, ``foreign_key_check``, then
    (if the pages are sound) every text value's encoding and, with ``search_indexes``, the
    full-text indexes (that check takes the write lock while it runs: not while the window may
    write). ``connected`` is given the read-only connection, so another thread can interrupt a
    long check. Raises StorageError when the check cannot run for a reason that says nothing
    about the file's soundness (locked, no permission, interrupted).
    """
    problems: list[Problem] = []
    try:
        with contextlib.closing(read_only_connection(path)) as connection:
            connected(connection)
            pragma = "integrity_check" if thorough else "quick_check"
            rows = connection.execute(f"PRAGMA {pragma}").fetchall()
            if [str(r[0]) for r in rows] != ["ok"]:
                problems += [_classify(str(r[0])) for r in rows]
            if thorough:
                problems += [
                    Problem(
                        ProblemKind.DANGLING,
                        f"row {r[1]} of {r[0]} refers to a missing {r[2]}",
                        table=str(r[0]),
                        rowid=r[1],
                    )
                    for r in connection.execute("PRAGMA foreign_key_check")
                ]
                if not any(p.kind is ProblemKind.DAMAGE for p in problems):
                    problems += [
                        Problem(
                            ProblemKind.BAD_TEXT,
                            f"row {cell.rowid} of {cell.table}: {cell.column} is not valid "
                            f"UTF-8 text ({cell.bad_bytes} bad bytes)",
                            table=cell.table,
                            rowid=cell.rowid,
                            column=cell.column,
                        )
                        for cell in bad_text_cells(connection)
                    ]
    except sqlite3.Error as exc:
        error = translate(exc)
        if error.kind != "damaged":
            raise error from exc  # locked or unreadable: says nothing about the file's soundness
        problems.append(Problem(ProblemKind.DAMAGE, str(exc)))
    if thorough and search_indexes and not problems:
        problems += search_index_problems(path)
    return problems


def search_index_problems(path: Path) -> list[Problem]:
    """Full-text indexes that disagree with their text (FTS5's own 'integrity-check').

    FTS5 runs its check only on a connection that may write, so it runs inside a transaction
    that is always rolled back: nothing is written. A file that cannot be opened for writing
    (a read-only folder) is not checked this way, and reports nothing.
    """
    problems: list[Problem] = []
    try:
        connection = sqlite3.connect(path, timeout=5.0, isolation_level=None)
    except sqlite3.Error:
        return []
    with contextlib.closing(connection):
        try:
            connection.execute("BEGIN")
        except sqlite3.Error:
            return []
        try:
            for table in _present(connection, SEARCH_TABLES):
                try:
                    connection.execute(
                        f'INSERT INTO "{table}" ("{table}") VALUES (\'integrity-check\')'
                    )
                except sqlite3.DatabaseError as exc:
                    if translate(exc).kind != "damaged":
                        continue  # locked, read-only: not a finding about the index
                    problems.append(
                        Problem(
                            ProblemKind.SEARCH_INDEX,
                            f"the search index {table} does not match its text",
                            table=table,
                        )
                    )
        finally:
            with contextlib.suppress(sqlite3.Error):
                connection.execute("ROLLBACK")
    return problems


def _present(connection: sqlite3.Connection, tables: tuple[str, ...]) -> list[str]:
    names = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    return [table for table in tables if table in names]


def _classify(text: str) -> Problem:
    match = _INDEX_PROBLEM.match(text)
    if match:
        return Problem(ProblemKind.INDEX, text, table=match["index"])
    return Problem(ProblemKind.DAMAGE, text)
