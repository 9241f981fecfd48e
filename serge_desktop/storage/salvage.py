"""Salvage: copy whatever a damaged library still holds into a new one; the damaged files stay.

Two ways in, one after the other. SQL reads each table in rowid order, skipping pages it cannot
read. Then, when SQL could not read everything (or the header or schema had to be mended), the
pages themselves are read (storage.page_records) and every intact row SQL missed is added. The
-wal is used when it is this library's and refused when another library wrote it
(storage.salvage_source).
"""

from __future__ import annotations

import contextlib
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
from serge_desktop.storage.page_records import page_records
from serge_desktop.storage.permissions import create_private_file, make_private, sidecar_files
from serge_desktop.storage.read_only import tolerant_text
from serge_desktop.storage.recovery import move_aside
from serge_desktop.storage.salvage_shapes import shape_for, table_shapes
from serge_desktop.storage.salvage_source import SalvageSource, prepare_source

_PROBE_STEPS = (*range(1, 65), *(2**n for n in range(7, 41)))  # rowid gaps tried past a bad page


@dataclass(frozen=True, slots=True)
class SalvageReport:
    """What a salvage copied: rows per table, how many reads failed, where the damage is."""

    damaged_path: Path
    rows: tuple[tuple[str, int], ...]  # (table, rows copied), in schema order
    unreadable: int  # reads that failed (each may have hidden several rows)
    dropped: int  # rows copied but removed again because what they belong to was lost
    from_pages: int = 0  # rows SQL could not reach, read from their pages
    wal_used: bool = False  # the -wal's committed changes were included
    wal_refused: bool = False  # a -wal written by another library was left out

    @property
    def total_rows(self) -> int:
        return sum(count for _, count in self.rows)


def salvage_in_place(database: Path) -> SalvageReport:
    """Move the damaged files aside (kept, never deleted) and salvage them into their place."""
    aside = move_aside(database)
    if aside is None:
        raise StorageError("does not exist, so there is nothing to salvage")
    return salvage(aside, database)


def salvage(damaged: Path, into: Path) -> SalvageReport:
    """Build a new database at ``into`` (must not exist) from what ``damaged`` still yields.

    The new file gets our schema through the migrations, at the damaged file's version so its
    columns match, then the rows are copied; finally the remaining migrations run. ``damaged``
    and its -wal are only ever read, through private copies.
    """
    if into.exists() and into.stat().st_size > 0:
        raise StorageError("already exists; salvage only writes a new database")
    with tempfile.TemporaryDirectory(prefix=".salvage-", dir=into.parent) as scratch:
        source = prepare_source(damaged, Path(scratch))
        with contextlib.closing(sqlite3.connect(source.path, isolation_level=None)) as reader:
            reader.text_factory = tolerant_text
            version = _version(reader)
            _create_schema(into, version)
            with contextlib.closing(sqlite3.connect(into, isolation_level=None)) as target:
                report = _copy(reader, target, source)
    _finish_schema(into)
    return SalvageReport(damaged, *report, wal_used=source.wal_used, wal_refused=source.wal_refused)


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


def _copy(
    source: sqlite3.Connection, target: sqlite3.Connection, origin: SalvageSource
) -> tuple[tuple[tuple[str, int], ...], int, int, int]:
    target.execute("PRAGMA foreign_keys = 0")  # parents may be lost; orphans are removed below
    target.execute("BEGIN IMMEDIATE")
    counts: dict[str, int] = {}
    unreadable = 0
    for table, columns in _plain_tables(target):
        available = _columns(source, table)
        shared = [c for c in columns if c in available]
        if not shared:
            counts[table] = 0
            unreadable += 1 if not available else 0
            continue
        names = ", ".join(f'"{c}"' for c in shared)
        marks = ", ".join("?" * len(shared))
        insert = f'INSERT OR IGNORE INTO "{table}" ({names}) VALUES ({marks})'
        copied = 0
        failures: list[int] = []
        for row in _readable_rows(source, table, names, failures):
            copied += target.execute(insert, row).rowcount
        unreadable += len(failures)
        counts[table] = copied
    from_pages = 0
    if unreadable or origin.mended:
        from_pages = _copy_from_pages(target, origin.path, counts)
    dropped = _drop_orphans(target)
    target.execute("COMMIT")
    return tuple(counts.items()), unreadable, dropped, from_pages


def _copy_from_pages(target: sqlite3.Connection, source: Path, counts: dict[str, int]) -> int:
    """Add every intact row on the source's pages that is not in the target yet."""
    shapes = table_shapes(target)
    added = 0
    for record in page_records(source):
        shape = shape_for(shapes, record.values)
        if shape is None:
            continue  # a search index row, another structure's data, or no single fit
        names, row = shape.row(record.rowid, record.values)
        columns = ", ".join(f'"{c}"' for c in names)
        marks = ", ".join("?" * len(names))
        try:
            inserted = target.execute(
                f'INSERT OR IGNORE INTO "{shape.name}" ({columns}) VALUES ({marks})', row
            ).rowcount
        except sqlite3.DatabaseError:
            continue  # breaks a rule of the table (a CHECK): not a row of ours after all
        counts[shape.name] = counts.get(shape.name, 0) + inserted
        added += inserted
    return added


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
