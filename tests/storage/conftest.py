"""Storage fixtures: database files in tmp_path, opened for real and always closed."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import peewee as pw
import pytest

from serge_desktop.storage.database import close_database, open_database


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "serge.sqlite"


@pytest.fixture
def db(db_path: Path) -> Iterator[pw.SqliteDatabase]:
    opened = open_database(db_path)
    try:
        yield opened
    finally:
        close_database(opened)


def make_sqlite_file(path: Path, *statements: str) -> None:
    """Write a database with plain sqlite3, the way another program (or a newer us) would."""
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as connection:
        for statement in statements:
            connection.execute(statement)


def pragma(path: Path, name: str) -> object:
    """Read one pragma with plain sqlite3, independent of the code under test."""
    with contextlib.closing(sqlite3.connect(path)) as connection:
        return connection.execute(f"PRAGMA {name}").fetchone()[0]


def snapshot(path: Path) -> tuple[bytes, int]:
    """The file's bytes and modification time, to prove it was left untouched."""
    return path.read_bytes(), path.stat().st_mtime_ns
