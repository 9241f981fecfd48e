"""The library's identity, rewritten by every write, so a -wal file can be told to belong to it.

SQLite does not record in a database which write-ahead log belongs to it: a -wal copied beside
another library is replayed onto it, mixing the two (SQLite's "How To Corrupt" warns of exactly
this). The salts in a WAL's header only tie its frames to each other. So the library keeps one
setting row, ``library_identity`` = "<uuid>:<writes>", and every write transaction bumps its
counter: the page holding the row is in every transaction a -wal holds. Reading the row from
the database file alone and again with its -wal then tells whose log it is.
"""

from __future__ import annotations

import contextlib
import re
import sqlite3
import uuid
from pathlib import Path

import peewee as pw

from serge_desktop.storage.read_only import read_only_connection

IDENTITY_KEY = "library_identity"
# The id exports derive their stable ids from (services/exports/identity.py) predates this row;
# the identity takes it over when it exists, so exported ids do not change.
EXPORT_ID_KEY = "library_id"
_VALUE = re.compile(r"(?P<id>[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}):(?P<writes>[0-9]+)")
_TOUCH = (
    'UPDATE "setting" SET "value" = substr("value", 1, 37) || '
    '(CAST(substr("value", 38) AS INTEGER) + 1) WHERE "key" = ?'
)
_ATTRIBUTE = "_serge_identity_ready"


def ensure_identity(db: pw.SqliteDatabase) -> str:
    """The library's id, given one (in its own transaction) if it has none yet."""
    found = _read(db)
    if found is None:
        with db.atomic("IMMEDIATE"):
            found = _read(db)
            if found is None:
                row = db.execute_sql(  # type: ignore[no-untyped-call]
                    'SELECT "value" FROM "setting" WHERE "key" = ?', (EXPORT_ID_KEY,)
                ).fetchone()
                found = row[0] if row and _is_uuid(row[0]) else str(uuid.uuid4())
                db.execute_sql(  # type: ignore[no-untyped-call]
                    'INSERT OR REPLACE INTO "setting" ("key", "value") VALUES (?, ?)',
                    (IDENTITY_KEY, f"{found}:0"),
                )
    setattr(db, _ATTRIBUTE, True)
    return found


def forget_identity(db: pw.SqliteDatabase) -> None:
    """The connection is closing: no more writes to mark until ensure_identity runs again."""
    setattr(db, _ATTRIBUTE, False)


def mark_write(db: pw.SqliteDatabase) -> None:
    """Count one write transaction (call inside it), putting the identity row in the -wal."""
    if getattr(db, _ATTRIBUTE, False):
        db.execute_sql(_TOUCH, (IDENTITY_KEY,))  # type: ignore[no-untyped-call]


def identity_of(path: Path, *, with_wal: bool) -> str | None:
    """The id stored in the file at ``path``, read with or without its -wal; None if unknown.

    Without the -wal the file is opened immutable: SQLite then reads the database file alone,
    as it was at the last checkpoint. Anything unreadable gives None, never an error: this is
    evidence to weigh, not a check that can fail.
    """
    try:
        with contextlib.closing(read_only_connection(path, immutable=not with_wal)) as connection:
            row = connection.execute(
                'SELECT "value" FROM "setting" WHERE "key" = ?', (IDENTITY_KEY,)
            ).fetchone()
    except (sqlite3.Error, OSError):
        return None
    if row is None or not isinstance(row[0], str):
        return None
    match = _VALUE.fullmatch(row[0])
    return match["id"] if match else None


def _read(db: pw.SqliteDatabase) -> str | None:
    row = db.execute_sql(  # type: ignore[no-untyped-call]
        'SELECT "value" FROM "setting" WHERE "key" = ?', (IDENTITY_KEY,)
    ).fetchone()
    if row is None:
        return None
    match = _VALUE.fullmatch(str(row[0]))
    return match["id"] if match else None


def _is_uuid(value: object) -> bool:
    try:
        uuid.UUID(str(value))
    except ValueError:
        return False
    return True
