"""Checks a database file for damage without changing it: size, quick_check, integrity, keys."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

from serge_desktop.storage.file_header import HEADER_SIZE
from serge_desktop.storage.sqlite_errors import translate


def truncation_problems(path: Path) -> list[str]:
    """A problem if the header promises more pages than the file holds (a truncated copy)."""
    with path.open("rb") as file:
        header = file.read(HEADER_SIZE)
    if len(header) < HEADER_SIZE:
        return [f"the file is only {len(header)} bytes long"]
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    # The page count is only trustworthy when the version-valid-for number matches the
    # change counter (SQLite's own rule; true of every file a modern SQLite wrote).
    if header[24:28] != header[92:96] or pages == 0:
        return []
    size = path.stat().st_size
    if size < page_size * pages:
        return [f"the file holds {size:,} bytes of the {page_size * pages:,} it should have"]
    return []


def check_problems(path: Path, *, thorough: bool = False) -> list[str]:
    """What is wrong with the file at ``path``; empty when it is sound.

    Quick: truncation and ``PRAGMA quick_check``. Thorough: ``integrity_check`` (which also
    compares every index with its table) and ``foreign_key_check`` as well. Raises
    StorageError when the check cannot run at all for another reason (locked, no permission).
    """
    problems = truncation_problems(path)
    pragmas = ("integrity_check", "foreign_key_check") if thorough else ("quick_check",)
    try:
        with contextlib.closing(_read_only(path)) as connection:
            for pragma in pragmas:
                rows = connection.execute(f"PRAGMA {pragma}").fetchall()
                if pragma == "foreign_key_check":
                    problems += [f"row {r[1]} of {r[0]} refers to a missing {r[2]}" for r in rows]
                elif [str(r[0]) for r in rows] != ["ok"]:
                    problems += [str(r[0]) for r in rows]
    except sqlite3.Error as exc:
        error = translate(exc)
        if error.kind != "damaged":
            raise error from exc  # locked or unreadable: says nothing about the file's soundness
        problems.append(str(exc))
    return problems


def _read_only(path: Path) -> sqlite3.Connection:
    # mode=ro: a check never writes to the file, and never creates it. In a read-only folder
    # with no -wal, immutable lets SQLite read without the -shm file it cannot create there.
    uri = path.absolute().as_uri() + "?mode=ro"
    if not os.access(path.parent, os.W_OK) and not Path(f"{path}-wal").exists():
        uri += "&immutable=1"
    return sqlite3.connect(uri, uri=True, timeout=5.0, isolation_level=None)
