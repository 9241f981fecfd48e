"""Finding and mending text values that are not valid UTF-8 (written by another tool, or damage).

SQLite stores whatever bytes it is given as TEXT. Python refuses to read such a value, so one bad
byte in a note would stop every list of notes; the app reads them with U+FFFD instead
(storage.read_only), ``check`` names them, and ``check --salvage`` rewrites them after a backup
that keeps the original bytes.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass

# Tables of the full-text indexes: derived from the others by triggers, rebuilt if need be.
_SEARCH_PREFIX = "search_"


@dataclass(frozen=True, slots=True)
class BadTextCell:
    table: str
    rowid: int
    column: str
    bad_bytes: int  # how many bytes could not be decoded


def text_columns(connection: sqlite3.Connection) -> Iterator[tuple[str, str]]:
    """(table, column) for every column of our ordinary rowid tables (any may hold text)."""
    tables = connection.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' "
        "AND name NOT LIKE 'sqlite_%' ORDER BY rowid"
    ).fetchall()
    for name, sql in tables:
        if name.startswith(_SEARCH_PREFIX) or "WITHOUT ROWID" in str(sql).upper():
            continue
        for row in connection.execute(f'PRAGMA table_info("{name}")'):
            yield name, row[1]


def bad_text_cells(connection: sqlite3.Connection) -> list[BadTextCell]:
    """Every text value in the library that is not valid UTF-8 (reads each text value once)."""
    found: list[BadTextCell] = []
    for table, column in text_columns(connection):
        query = (
            f'SELECT rowid, CAST("{column}" AS BLOB) FROM "{table}" '
            f"WHERE typeof(\"{column}\") = 'text'"
        )
        for rowid, raw in connection.execute(query):
            try:
                raw.decode("utf-8")
            except UnicodeDecodeError:
                mended = raw.decode("utf-8", errors="replace")
                found.append(BadTextCell(table, rowid, column, mended.count("\ufffd")))
    return found


def mend_bad_text(connection: sqlite3.Connection, cells: list[BadTextCell]) -> int:
    """Rewrite each cell as its bytes decoded with U+FFFD for the bad ones; return how many.

    Runs in the caller's transaction; the triggers re-index the rows they touch.
    """
    for cell in cells:
        raw = connection.execute(
            f'SELECT CAST("{cell.column}" AS BLOB) FROM "{cell.table}" WHERE rowid = ?',
            (cell.rowid,),
        ).fetchone()
        if raw is None or raw[0] is None:
            continue
        connection.execute(
            f'UPDATE "{cell.table}" SET "{cell.column}" = ? WHERE rowid = ?',
            (bytes(raw[0]).decode("utf-8", errors="replace"), cell.rowid),
        )
    return len(cells)
