"""Inserting many rows in statements small enough for the SQLite actually linked.

One INSERT of many rows binds one variable per column per row, and SQLite refuses a statement
with more than SQLITE_LIMIT_VARIABLE_NUMBER of them: 32,766 by default since 3.32, 999 before,
250,000 in Debian's build. The limit is asked of the connection at run time (the bundle's
SQLite may differ from the system's), and rows go in batches under it, of at most 500 rows:
a statement of 40,000 rows takes longer to compile than it saves (twice as long in all for
100,000 paragraphs), and batches of one size reuse one prepared statement. The SQL is written
here rather than by peewee's insert_many, which builds each value as an object in Python: for
the 100,000 paragraphs of a 9 MB article that took twenty seconds; this takes under one.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

import peewee as pw

_FALLBACK_LIMIT = 999  # SQLite's oldest default, for a driver that cannot say
MAX_ROWS_PER_STATEMENT = 500


def variable_limit(db: pw.SqliteDatabase) -> int:
    """How many variables one statement may bind on this database's connection."""
    connection = db.connection()  # type: ignore[no-untyped-call]
    try:
        return int(connection.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER))
    except (AttributeError, sqlite3.Error):
        return _FALLBACK_LIMIT


def insert_in_batches(
    model: type[pw.Model], fields: Sequence[str], rows: Sequence[Sequence[object]]
) -> int:
    """Insert ``rows`` (values in the order of ``fields``) into ``model``'s table; how many.

    Values are given as SQLite takes them (an id, not a model instance). Fields left out that
    have a default in the model (a creation time) get it, as peewee's own inserts would. Runs
    in the caller's transaction, so the rows still go in all or nothing.
    """
    if not rows:
        return 0
    meta = model._meta
    db = meta.database
    defaulted = [
        field
        for field in meta.sorted_fields
        if field.name not in fields and field.default is not None and not field.primary_key
    ]
    extra = [f.db_value(f.default() if callable(f.default) else f.default) for f in defaulted]
    names = [meta.fields[name].column_name for name in fields] + [f.column_name for f in defaulted]
    quoted = ", ".join(f'"{name}"' for name in names)
    head = f'INSERT INTO "{meta.table_name}" ({quoted}) VALUES '
    one_row = "(" + ", ".join("?" * len(names)) + ")"
    per_statement = max(min(variable_limit(db) // len(names), MAX_ROWS_PER_STATEMENT), 1)
    for start in range(0, len(rows), per_statement):
        batch = rows[start : start + per_statement]
        values = [value for row in batch for value in (*row, *extra)]
        db.execute_sql(head + ", ".join([one_row] * len(batch)), values)
    return len(rows)
