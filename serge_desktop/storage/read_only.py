"""Read-only sqlite3 connections for checks and copies: they never write, nor create, a file."""

from __future__ import annotations

import functools
import sqlite3
from pathlib import Path

# Text that is not valid UTF-8 (written by another tool, or a damaged page) is read with its
# bad bytes as U+FFFD instead of stopping the read with an error.
tolerant_text = functools.partial(str, encoding="utf-8", errors="replace")


def read_only_connection(path: Path, *, immutable: bool = False) -> sqlite3.Connection:
    """A connection that reads ``path`` (with its -wal, unless ``immutable``) and never writes.

    mode=ro makes SQLite refuse writes and never create the file. With no -wal beside it (no
    connection has the library open), the file holds everything and is read as immutable: SQLite
    then creates no -wal or -shm beside it either (a check leaves a damaged folder exactly as it
    found it, and works in a read-only folder). ``immutable`` asks for that even when a -wal is
    there: the database file alone, as the last checkpoint left it.
    """
    uri = path.absolute().as_uri() + "?mode=ro"
    if immutable or not Path(f"{path}-wal").exists():
        uri += "&immutable=1"
    connection = sqlite3.connect(uri, uri=True, timeout=5.0, isolation_level=None)
    connection.text_factory = tolerant_text
    return connection
