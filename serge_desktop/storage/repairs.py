"""Repairs made in place, losing nothing: indexes rebuilt, search indexes rebuilt, bad text mended.

Each kind of problem here is derived data or a value's encoding: the rows themselves are whole.
A verified backup is made first (keeping the problems it copies, byte for byte: the original
bytes of mended text stay in it), then one transaction repairs everything, then the check runs
again to prove it.
"""

from __future__ import annotations

import contextlib
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from serge_desktop.storage.backups import make_backup
from serge_desktop.storage.errors import StorageError
from serge_desktop.storage.health import REPAIRABLE_IN_PLACE, Problem, ProblemKind, find_problems
from serge_desktop.storage.sqlite_errors import translate
from serge_desktop.storage.text_scan import BadTextCell, mend_bad_text

BACKUP_REASON = "before-repair"


@dataclass(frozen=True, slots=True)
class RepairReport:
    """What a repair did, and the backup made before it."""

    backup: Path
    indexes: tuple[str, ...]  # indexes rebuilt
    search_indexes: tuple[str, ...]  # full-text indexes rebuilt
    mended_text: int  # text values rewritten with U+FFFD for their bad bytes
    remaining: tuple[str, ...]  # what the check still finds afterwards (empty: all repaired)


def can_repair_in_place(problems: list[Problem]) -> bool:
    return bool(problems) and all(p.kind in REPAIRABLE_IN_PLACE for p in problems)


def repair_in_place(database: Path, problems: list[Problem]) -> RepairReport:
    """Back the library up, then repair ``problems`` (all repairable in place) in one transaction.

    Every connection of the app's own may stay open: the repair is an ordinary write
    transaction on a connection of its own.
    """
    if not can_repair_in_place(problems):
        raise StorageError("has damage that cannot be repaired in place; salvage it instead")
    tolerated = tuple(p.text for p in problems)
    backup = make_backup(database, reason=BACKUP_REASON, tolerate=tolerated)
    indexes = sorted({p.table for p in problems if p.kind is ProblemKind.INDEX and p.table})
    searches = sorted({p.table for p in problems if p.kind is ProblemKind.SEARCH_INDEX and p.table})
    cells = [
        BadTextCell(p.table, p.rowid, p.column, 0)
        for p in problems
        if p.kind is ProblemKind.BAD_TEXT and p.table and p.rowid is not None and p.column
    ]
    try:
        with contextlib.closing(
            sqlite3.connect(database, timeout=5.0, isolation_level=None)
        ) as connection:
            connection.execute("BEGIN IMMEDIATE")
            try:
                for index in indexes:
                    connection.execute(f'REINDEX "{index}"')
                # Search indexes before the text: the triggers that re-index a mended row
                # must find a sound index to take the old row out of.
                for table in searches:
                    connection.execute(f'INSERT INTO "{table}" ("{table}") VALUES (\'rebuild\')')
                mended = mend_bad_text(connection, cells)
                connection.execute("COMMIT")
            except BaseException:
                with contextlib.suppress(sqlite3.Error):
                    connection.execute("ROLLBACK")
                raise
    except sqlite3.Error as exc:
        raise translate(exc) from exc
    remaining = tuple(p.text for p in find_problems(database, thorough=True))
    return RepairReport(backup, tuple(indexes), tuple(searches), mended, remaining)
