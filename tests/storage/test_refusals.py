"""Files that are not ours, or are too new, are refused and left exactly as they were."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

import pytest

from serge_desktop.storage.database import APPLICATION_ID, open_database
from serge_desktop.storage.errors import DatabaseTooNewError, NotOurDatabaseError
from serge_desktop.storage.migrations.runner import LATEST_VERSION
from tests.storage.conftest import make_sqlite_file, snapshot


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "serge.sqlite"


def sidecars(path: Path) -> list[Path]:
    return [
        p for p in (Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")) if p.exists()
    ]


def test_too_new_database_is_left_byte_identical(path: Path) -> None:
    make_sqlite_file(
        path,
        f"PRAGMA application_id = {APPLICATION_ID}",
        f"PRAGMA user_version = {LATEST_VERSION + 1}",
        "CREATE TABLE from_the_future (id INTEGER PRIMARY KEY)",
    )
    before = snapshot(path)

    with pytest.raises(DatabaseTooNewError) as raised:
        open_database(path)

    assert (raised.value.found, raised.value.supported) == (LATEST_VERSION + 1, LATEST_VERSION)
    assert snapshot(path) == before
    assert sidecars(path) == []


def test_too_new_read_only_is_refused_too(path: Path) -> None:
    make_sqlite_file(
        path,
        f"PRAGMA application_id = {APPLICATION_ID}",
        f"PRAGMA user_version = {LATEST_VERSION + 1}",
    )
    before = snapshot(path)
    with pytest.raises(DatabaseTooNewError):
        open_database(path, read_only=True)
    assert snapshot(path) == before


def test_too_new_only_in_the_wal_is_still_refused(path: Path) -> None:
    # A newer app left its last commit in the -wal file: the header on disk still says the old
    # version, so only the check through SQLite can see the new one.
    make_sqlite_file(path, f"PRAGMA application_id = {APPLICATION_ID}", "PRAGMA journal_mode = wal")
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as newer_app:
        newer_app.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
        before = path.read_bytes()
        assert int.from_bytes(before[60:64], "big") == 0  # the stale header
        with pytest.raises(DatabaseTooNewError):
            open_database(path)
        assert path.read_bytes() == before


@pytest.mark.parametrize(
    "content",
    [os.urandom(4096), b"hello, this is a text file\n", b"SQLite format 3\x00 but truncated"],
    ids=["random-bytes", "text", "short-header"],
)
def test_a_file_that_is_not_sqlite_is_refused_untouched(path: Path, content: bytes) -> None:
    path.write_bytes(content)
    before = snapshot(path)
    with pytest.raises(NotOurDatabaseError):
        open_database(path)
    assert snapshot(path) == before
    assert sidecars(path) == []


def test_a_valid_header_over_garbage_is_refused(path: Path) -> None:
    # Passes the header check; SQLite itself then reports "file is not a database".
    header = bytearray(b"SQLite format 3\x00" + bytes(84))
    header[16:18] = (1000).to_bytes(2, "big")  # not a power of two: an impossible page size
    path.write_bytes(bytes(header) + os.urandom(4000))
    before = snapshot(path)
    with pytest.raises(NotOurDatabaseError):
        open_database(path)
    assert snapshot(path) == before


def test_another_apps_database_is_refused(path: Path) -> None:
    make_sqlite_file(path, "PRAGMA application_id = 1234", "CREATE TABLE photos (id INTEGER)")
    before = snapshot(path)
    with pytest.raises(NotOurDatabaseError, match="0x000004d2"):
        open_database(path)
    assert snapshot(path) == before
    assert sidecars(path) == []


def test_an_unmarked_database_with_tables_is_refused(path: Path) -> None:
    make_sqlite_file(path, "CREATE TABLE article (id INTEGER)")
    before = snapshot(path)
    with pytest.raises(NotOurDatabaseError):
        open_database(path)
    assert snapshot(path) == before


def test_an_unmarked_database_with_a_user_version_is_refused(path: Path) -> None:
    make_sqlite_file(path, "PRAGMA user_version = 3")
    with pytest.raises(NotOurDatabaseError):
        open_database(path)
