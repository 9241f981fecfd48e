"""Salvage: copy whatever SQLite can still read from a damaged database into a new one."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import peewee as pw

from serge_desktop.storage.errors import DatabaseTooNewError, StorageError
from serge_desktop.storage.file_header import APPLICATION_ID
from serge_desktop.storage.migrations import MIGRATIONS
from serge_desktop.storage.migrations.runner import LATEST_VERSION, run_migrations
from serge_desktop.storage.permissions import create_private_file, make_private, sidecar_files
from serge_desktop.storage.recovery import move_aside

_PROBE_STEPS = (*range(1, 65), *(2**n for n in range(7, 41)))  # rowid gaps tried past a bad page


@dataclass(frozen=True, slots=True)
class SalvageReport:
    """What a salvage copied: rows per table, how many reads failed, where the damage is."""

    damaged_path: Path
    rows: tuple[tuple[str, int], ...]  # (table, rows copied), in schema order
    unreadable: int  # reads that failed (each may have hidden several rows)
    dropped: int  # rows copied but removed again because what they belong to was lost

    @property
    def total_rows(self) -> int:
        return sum(count for _, count in self.rows)


def salvage_in_place(database: Path) -> SalvageReport:
    """Move the damaged ``database`` aside (kept, never deleted) and salvage it into its place."""
    aside = move_aside(database)
    return salvage(aside, database)


def salvage(damaged: Path, into: Path) -> SalvageReport:
    """Build a new database at ``into`` (must not exist) from what ``damaged`` still yields.

    The new file gets our schema through the migrations, at the damaged file's version so its
    columns match, then every row SQLite can still read is copied, table by table, skipping
    unreadable pages; finally the remaining migrations run. ``damaged`` is only ever read,
    through a private copy, so even replaying its -wal file cannot change it.
    """
    if into.exists() and into.stat().st_size > 0:
        raise StorageError("already exists; salvage only writes a new database")
    with tempfile.TemporaryDirectory(prefix=".salvage-", dir=into.parent) as scratch:
        copy = Path(scratch) / "damaged.sqlite3"
        shutil.copyfile(damaged, copy)
        for original, copied in zip(sidecar_files(damaged), sidecar_files(copy), strict=True):
            if original.exists():
                shutil.copyfile(original, copied)
        with contextlib.closing(sqlite3.connect(copy, isolation_level=None)) as source:
            version = _version(source)
            _create_schema(into, version)
            with contextlib.closing(sqlite3.connect(into, isolation_level=None)) as target:
                rows, unreadable, dropped = _copy_rows(source, target)
    _finish_schema(into)
    return SalvageReport(damaged, rows, unreadable, dropped)


def _version(source: sqlite3.Connection) -> int:
    try:
        version = int(source.execute("PRAGMA user_version").fetchone()[0])
    except sqlite3.DatabaseError:
        return LATEST_VERSION  # an unreadable header: the best guess is today's schema
    if version > LATEST_VERSION:
        raise DatabaseTooNewError(version, LATEST_VERSION)
    return version or LATEST_VERSION


def _create_schema(into: Path, version: int) -> None:
    create_private_file(into)
    db = pw.SqliteDatabase(str(into))
    try:
        db.pragma("application_id", APPLICATION_ID)
        run_migrations(db, MIGRATIONS[:version])
    finally:
        db.close()


def _finish_schema(into: Path) -> None:
    db = pw.SqliteDatabase(str(into))
    try:
        run_migrations(db)
    finally:
        db.close()
    make_private(into, *sidecar_files(into))


def _copy_rows(
    source: sqlite3.Connection, target: sqlite3.Connection
) -> tuple[tuple[tuple[str, int], ...], int, int]:
    target.execute("PRAGMA foreign_keys = 0")  # parents may be lost; orphans are removed below
    target.execute("BEGIN IMMEDIATE")
    counts: list[tuple[str, int]] = []
    unreadable = 0
    for table, columns in _plain_tables(target):
        available = _columns(source, table)
        shared = [c for c in columns if c in available]
        if not shared:
            counts.append((table, 0))
            continue
        names = ", ".join(f'"{c}"' for c in shared)
        marks = ", ".join("?" * len(shared))
        insert = f'INSERT OR IGNORE INTO "{table}" ({names}) VALUES ({marks})'
        copied = 0
        failures: list[int] = []
        for row in _readable_rows(source, table, names, failures):
            copied += target.execute(insert, row).rowcount
        unreadable += len(failures)
        counts.append((table, copied))
    dropped = _drop_orphans(target)
    target.execute("COMMIT")
    return tuple(counts), unreadable, dropped


def _plain_tables(db: sqlite3.Connection) -> list[tuple[str, list[str]]]:
    """Ordinary tables in creation order (parents first); search indexes rebuild themselves."""
    rows = db.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY rowid"
    ).fetchall()
    virtual = [name for name, sql in rows if sql.upper().startswith("CREATE VIRTUAL TABLE")]
    # The full-text indexes' own tables ("search_note_data" …) are filled by the triggers.
    plain = [name for name, _ in rows if not any(name.startswith(v) for v in virtual)]
    return [(name, _columns(db, name)) for name in plain]


def _columns(db: sqlite3.Connection, table: str) -> list[str]:
    try:
        return [row[1] for row in db.execute(f'PRAGMA table_info("{table}")')]
    except sqlite3.DatabaseError:
        return []


def _readable_rows(
    source: sqlite3.Connection, table: str, names: str, failures: list[int]
) -> Iterator[tuple[object, ...]]:
    """Rows in rowid order; past a read error, probe further rowids for a readable page."""
    after: int | None = None
    while True:
        where = "" if after is None else " WHERE rowid > ?"
        query = f'SELECT rowid, {names} FROM "{table}"{where} ORDER BY rowid'
        progressed = False
        try:
            for row in source.execute(query, () if after is None else (after,)):
                after = row[0]
                progressed = True
                yield row[1:]
            return
        except sqlite3.DatabaseError:
            failures.append(after or 0)
            # No row read since the last failure: the next row itself is unreadable; skip it.
            start = (after or 0) + (0 if progressed else 1)
            after = _next_readable(source, table, start)
            if after is None:
                return


def _next_readable(source: sqlite3.Connection, table: str, after: int) -> int | None:
    """A rowid past ``after`` from which reading works again (minus one), or None."""
    for step in _PROBE_STEPS:
        try:
            found = source.execute(
                f'SELECT rowid FROM "{table}" WHERE rowid >= ? ORDER BY rowid LIMIT 1',
                (after + step,),
            ).fetchone()
        except sqlite3.DatabaseError:
            continue
        return None if found is None else int(found[0]) - 1
    return None


def _drop_orphans(target: sqlite3.Connection) -> int:
    """Delete rows whose parent row was lost, until foreign_key_check finds none."""
    dropped = 0
    while True:
        orphans = target.execute("PRAGMA foreign_key_check").fetchall()
        if not orphans:
            return dropped
        for table, rowid, _parent, _fk in orphans:
            target.execute(f'DELETE FROM "{table}" WHERE rowid = ?', (rowid,))
        dropped += len(orphans)
