"""Which table a record read from a page belongs to, judged by the shape of its values.

A record carries no table name. Our tables differ enough in their columns' number and types
(a note's start is a number where an event's category is text) that a record fitting exactly one
table is that table's row; one that fits none, or several, is left out rather than guessed.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

_SEARCH_PREFIX = "search_"


@dataclass(frozen=True, slots=True)
class ColumnShape:
    name: str
    kind: str  # "integer", "text", "blob" or "any"
    nullable: bool
    may_be_missing: bool  # nullable or with a default: older records may end before it
    is_rowid: bool  # INTEGER PRIMARY KEY: stored as NULL in the record, the cell's rowid


@dataclass(frozen=True, slots=True)
class TableShape:
    name: str
    columns: tuple[ColumnShape, ...]

    def fits(self, values: tuple[object, ...]) -> bool:
        if not 0 < len(values) <= len(self.columns):
            return False
        if not all(c.may_be_missing for c in self.columns[len(values) :]):
            return False
        return all(
            _fits(column, value) for column, value in zip(self.columns, values, strict=False)
        )

    def row(self, rowid: int, values: tuple[object, ...]) -> tuple[list[str], list[object]]:
        """Column names and values to insert for a record (its rowid in the id column)."""
        names = [c.name for c in self.columns[: len(values)]]
        row = [rowid if c.is_rowid else v for c, v in zip(self.columns, values, strict=False)]
        return names, row


def table_shapes(connection: sqlite3.Connection) -> list[TableShape]:
    """The shape of every ordinary table of ``connection`` (the new library being filled)."""
    tables = connection.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    ).fetchall()
    shapes = []
    for name, sql in tables:
        if name.startswith(_SEARCH_PREFIX) or "WITHOUT ROWID" in str(sql).upper():
            continue  # the search index is rebuilt from the rows; WITHOUT ROWID is not ours
        info = connection.execute(f'PRAGMA table_info("{name}")').fetchall()
        primary = [row for row in info if row[5]]
        alias = len(primary) == 1 and str(primary[0][2]).upper() == "INTEGER"
        shapes.append(
            TableShape(
                name,
                tuple(
                    ColumnShape(
                        name=row[1],
                        kind=_kind(str(row[2])),
                        nullable=not row[3],
                        may_be_missing=not row[3] or row[4] is not None,
                        is_rowid=alias and bool(row[5]),
                    )
                    for row in info
                ),
            )
        )
    return shapes


def shape_for(shapes: list[TableShape], values: tuple[object, ...]) -> TableShape | None:
    """The one table ``values`` fits; None when none or more than one does."""
    fitting = [shape for shape in shapes if shape.fits(values)]
    return fitting[0] if len(fitting) == 1 else None


def _kind(declared: str) -> str:
    declared = declared.upper()
    if "INT" in declared:
        return "integer"
    if "TEXT" in declared or "CHAR" in declared or "DATE" in declared:
        return "text"
    if "BLOB" in declared:
        return "blob"
    return "any"


def _fits(column: ColumnShape, value: object) -> bool:
    if column.is_rowid:
        return value is None
    if value is None:
        return column.nullable
    if column.kind == "integer":
        return isinstance(value, int)
    if column.kind == "text":
        return isinstance(value, str)
    if column.kind == "blob":
        return isinstance(value, bytes)
    return True
