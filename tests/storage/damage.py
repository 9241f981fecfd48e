"""Ways to damage a closed database file, the way a failing disk or a bad copy would."""

from __future__ import annotations

import contextlib
import random
import sqlite3
from pathlib import Path

PAGE = 4096


def damage_middle_page(path: Path) -> None:
    """Overwrite one whole page in the middle of the file with noise.

    Not a page of the schema table itself (if the middle falls on one, the next page that is
    not): where those pages lie depends on how much schema later migrations add, and a garbled
    schema is a damage of its own kind, tested on its own.
    """
    data = bytearray(path.read_bytes())
    pages = len(data) // PAGE
    page = pages // 2 + 1  # 1-based, as SQLite counts
    schema = _schema_pages(path)
    while page in schema and page < pages:
        page += 1
    start = (page - 1) * PAGE
    data[start : start + PAGE] = random.Random(6).randbytes(PAGE)
    path.write_bytes(bytes(data))


def _schema_pages(path: Path) -> set[int]:
    # immutable: a read-only connection to a WAL file would leave a -wal and -shm beside it,
    # which a closed library does not have (and which void its clean-close marker).
    uri = f"file:{path}?mode=ro&immutable=1"
    with contextlib.closing(sqlite3.connect(uri, uri=True)) as connection:
        rows = connection.execute("SELECT pageno FROM dbstat WHERE name = 'sqlite_schema'")
        return {pageno for (pageno,) in rows}


def truncate_to_half(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def files_named(folder: Path, part: str) -> list[Path]:
    return sorted(p for p in folder.iterdir() if part in p.name)
