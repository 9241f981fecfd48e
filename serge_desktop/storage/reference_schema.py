"""Our schema as the migrations build it at each version: what a damaged file's schema should say.

Migrations are a fixed sequence, so the text of every table, index and trigger at schema N is the
same in every library at schema N, however it got there. Salvage compares a damaged file's
sqlite_master with this to put back an entry whose text was garbled, and to tell a file's
version when its header is gone.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import peewee as pw

from serge_desktop.storage.migrations import MIGRATIONS
from serge_desktop.storage.migrations.runner import run_migrations


@dataclass(frozen=True, slots=True)
class SchemaEntry:
    type: str
    name: str
    tbl_name: str
    sql: str | None


@functools.cache
def reference_schema(version: int) -> dict[str, SchemaEntry]:
    """Every sqlite_master entry of schema ``version`` (1 … latest), by name."""
    db = pw.SqliteDatabase(":memory:")
    try:
        run_migrations(db, MIGRATIONS[:version])
        cursor = db.execute_sql(  # type: ignore[no-untyped-call]
            "SELECT type, name, tbl_name, sql FROM sqlite_master"
        )
        return {row[1]: SchemaEntry(*row) for row in cursor.fetchall()}
    finally:
        db.close()


def closest_version(names: set[str]) -> int:
    """The schema version whose objects best match ``names`` (the newest of equals)."""

    def score(version: int) -> tuple[int, int]:
        known = set(reference_schema(version))
        return len(known & names) - len(known ^ names), version

    return max(range(1, len(MIGRATIONS) + 1), key=score)
