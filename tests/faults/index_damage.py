"""Damaging only an index of a closed library, the way a torn write of one b-tree page would."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path


def drop_index_entries(path: Path, index: str = "note_article_id") -> None:
    """Add notes the index does not know of: "row N missing from index", and nothing else.

    The index is made partial (WHERE 0) in the schema while the rows go in, so SQLite does not
    add them to it, then given back its own definition.
    """
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as raw:
        [(sql,)] = raw.execute("SELECT sql FROM sqlite_master WHERE name = ?", (index,))
        raw.execute("PRAGMA writable_schema = ON")
        raw.execute("UPDATE sqlite_master SET sql = ? WHERE name = ?", (f"{sql} WHERE 0", index))
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as raw:
        raw.execute(
            'INSERT INTO note (article_id, revision_id, quote, prefix, suffix, start, "end", '
            "body, created_at, updated_at, placement) "
            'SELECT article_id, revision_id, quote, prefix, suffix, start, "end", '
            "'not in the index', created_at, updated_at, placement FROM note LIMIT 1"
        )
        raw.execute("PRAGMA writable_schema = ON")
        raw.execute("UPDATE sqlite_master SET sql = ? WHERE name = ?", (sql, index))
        raw.execute("PRAGMA journal_mode = DELETE")
