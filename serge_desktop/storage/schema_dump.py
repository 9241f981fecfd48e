"""Prints the schema the migrations build: ``python -m serge_desktop.storage.schema_dump``."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import peewee as pw

from serge_desktop.storage.database import APPLICATION_ID, close_database, open_database
from serge_desktop.storage.migrations.runner import current_version

REGENERATE = "python -m serge_desktop.storage.schema_dump > db/schema.sql"


def dump_schema(db: pw.SqliteDatabase) -> str:
    """Return the CREATE statements of ``db``, sorted by type then name, after a header."""
    cursor = db.execute_sql(  # type: ignore[no-untyped-call]
        "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL"
    )
    # Sorted here rather than by ORDER BY so the order never depends on a collation. SQLite's
    # own objects (sqlite_sequence, sqlite_stat1) come and go with use, so they are left out;
    # automatic indexes have no SQL and are left out by the WHERE.
    rows = sorted((kind, name, sql) for kind, name, sql in cursor if not name.startswith("sqlite_"))
    header = (
        "-- Schema of the Serge Desktop study database, as the migrations build it.\n"
        f"-- Generated, do not edit; regenerate with: {REGENERATE}\n"
        f"-- PRAGMA application_id = {APPLICATION_ID};  -- 'SERG'\n"
        f"-- PRAGMA user_version = {current_version(db)};\n"
        "\n"
    )
    return header + "".join(f"{sql};\n" for _kind, _name, sql in rows)


def fresh_schema() -> str:
    """Build a new database in a temporary folder through open_database and dump its schema."""
    with tempfile.TemporaryDirectory(prefix="serge-schema-") as folder:
        db = open_database(Path(folder) / "schema.sqlite")
        try:
            return dump_schema(db)
        finally:
            close_database(db)


if __name__ == "__main__":
    sys.stdout.write(fresh_schema())
