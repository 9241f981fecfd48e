"""Applies pending migrations in order, each in one transaction together with its user_version."""

from __future__ import annotations

from collections.abc import Sequence

import peewee as pw

from serge_desktop.storage.errors import DatabaseTooNewError, MigrationError
from serge_desktop.storage.migrations import MIGRATIONS, Migration

LATEST_VERSION: int = MIGRATIONS[-1].VERSION


def current_version(db: pw.SqliteDatabase) -> int:
    """Return the schema version recorded in the file (``PRAGMA user_version``; 0 if new)."""
    return int(db.pragma("user_version"))


def run_migrations(
    db: pw.SqliteDatabase, migrations: Sequence[Migration] = MIGRATIONS
) -> list[int]:
    """Bring ``db`` up to the last of ``migrations``; return the versions applied (oldest first).

    ``migrations`` is a parameter so tests can run a list with a failing step in it.
    """
    _check_numbering(migrations)
    supported = migrations[-1].VERSION if migrations else 0
    found = current_version(db)
    if found > supported:
        raise DatabaseTooNewError(found, supported)
    pending = [migration for migration in migrations if found < migration.VERSION]
    if not pending:
        return []
    # SQLite's advice for schema changes: foreign keys off around the transaction (the pragma is
    # a no-op inside one), then foreign_key_check before committing. With them on, rebuilding a
    # table by DROP TABLE would silently cascade-delete the rows that refer to it.
    foreign_keys = int(db.pragma("foreign_keys"))
    db.pragma("foreign_keys", 0)
    try:
        return [migration.VERSION for migration in pending if _apply(db, migration)]
    finally:
        db.pragma("foreign_keys", foreign_keys)


def _apply(db: pw.SqliteDatabase, migration: Migration) -> bool:
    """Apply one step; False when another copy of the app applied it first."""
    version = migration.VERSION
    try:
        # IMMEDIATE takes the write lock up front, so two copies of the app started at once
        # cannot both migrate: the second waits (busy_timeout), then sees the new version.
        with db.atomic("IMMEDIATE"):
            if current_version(db) >= version:
                return False
            migration.apply(db)
            check = db.execute_sql("PRAGMA foreign_key_check")  # type: ignore[no-untyped-call]
            dangling = check.fetchall()
            if dangling:
                raise MigrationError(
                    version, f"{len(dangling)} rows left with a missing parent in {dangling[0][0]}"
                )
            # user_version lives in the file header, which is written by the same transaction:
            # the schema and its number commit or roll back together.
            db.pragma("user_version", version)
    except MigrationError:
        raise
    except Exception as exc:
        # Any failure, ours or SQLite's, means the file keeps its old schema; say which step.
        raise MigrationError(version, str(exc) or type(exc).__name__) from exc
    return True


def _check_numbering(migrations: Sequence[Migration]) -> None:
    """Versions must be 1, 2, 3 … with no gap: a programming error otherwise, not a user's."""
    versions = [migration.VERSION for migration in migrations]
    if versions != list(range(1, len(versions) + 1)):
        raise ValueError(f"migrations must be numbered 1, 2, 3 … in order, got {versions}")
