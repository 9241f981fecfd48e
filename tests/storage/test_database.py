"""open_database on real files: pragmas, first run, reopening, read-only, and what it refuses."""

from __future__ import annotations

import threading
from pathlib import Path

import peewee as pw
import pytest

from serge_desktop.storage import models as m
from serge_desktop.storage.database import APPLICATION_ID, close_database, open_database
from serge_desktop.storage.errors import StorageError
from serge_desktop.storage.migrations.runner import LATEST_VERSION, run_migrations
from tests.storage.conftest import make_sqlite_file, pragma


def add_article(slug: str = "orwell") -> m.Article:
    return m.Article.create(slug=slug, headline="Politics and the English Language")


def test_application_id_spells_serg() -> None:
    assert APPLICATION_ID.to_bytes(4, "big") == b"SERG"


def test_pragmas_after_open(db: pw.SqliteDatabase) -> None:
    assert db.pragma("journal_mode") == "wal"
    assert db.pragma("synchronous") == 2
    assert db.pragma("foreign_keys") == 1
    assert db.pragma("busy_timeout") == 5000
    assert db.pragma("application_id") == APPLICATION_ID
    assert db.pragma("user_version") == LATEST_VERSION


def test_header_on_disk_after_close(db_path: Path) -> None:
    close_database(open_database(db_path))
    assert pragma(db_path, "application_id") == APPLICATION_ID
    assert pragma(db_path, "user_version") == LATEST_VERSION
    assert pragma(db_path, "journal_mode") == "wal"  # WAL is recorded in the file itself


def test_creates_missing_folders(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "serge.sqlite"
    close_database(open_database(path))
    assert path.is_file()


def test_models_are_bound_while_open(db: pw.SqliteDatabase) -> None:
    add_article()
    assert m.Article.select().count() == 1


def test_closing_unbinds_the_models(db_path: Path) -> None:
    close_database(open_database(db_path))
    with pytest.raises(AttributeError, match="uninitialized"):
        m.Article.select().count()


def test_opening_twice_keeps_data_and_does_not_migrate_again(db_path: Path) -> None:
    db = open_database(db_path)
    add_article()
    close_database(db)

    db = open_database(db_path)
    try:
        assert m.Article.get().slug == "orwell"
        assert db.pragma("user_version") == LATEST_VERSION
        assert run_migrations(db) == []  # nothing left to apply
    finally:
        close_database(db)


def test_empty_file_is_a_new_database(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(b"")
    db = open_database(db_path)
    try:
        assert db.pragma("application_id") == APPLICATION_ID
        assert "article" in db.get_tables()
    finally:
        close_database(db)


def test_pragmas_apply_to_every_connection(db: pw.SqliteDatabase) -> None:
    # peewee opens one connection per thread (a Qt worker, say); each must get the pragmas.
    seen: dict[str, object] = {}

    def in_another_thread() -> None:
        try:
            for name in ("foreign_keys", "synchronous", "busy_timeout", "journal_mode"):
                seen[name] = db.pragma(name)
        finally:
            db.close()  # closes this thread's connection only

    worker = threading.Thread(target=in_another_thread)
    worker.start()
    worker.join()
    expected = {"foreign_keys": 1, "synchronous": 2, "busy_timeout": 5000, "journal_mode": "wal"}
    assert seen == expected


def test_read_only_reads_and_cannot_write(db_path: Path) -> None:
    db = open_database(db_path)
    add_article()
    close_database(db)

    db = open_database(db_path, read_only=True)
    try:
        assert m.Article.select().count() == 1
        with pytest.raises(pw.OperationalError, match="readonly"):
            add_article("another")
    finally:
        close_database(db)


def test_read_only_does_not_create_a_file(db_path: Path) -> None:
    with pytest.raises(StorageError, match="does not exist"):
        open_database(db_path, read_only=True)
    assert not db_path.parent.exists()


def test_read_only_does_not_upgrade(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    make_sqlite_file(db_path, f"PRAGMA application_id = {APPLICATION_ID}")
    with pytest.raises(StorageError, match="older"):
        open_database(db_path, read_only=True)
    assert pragma(db_path, "user_version") == 0


def test_a_folder_in_place_of_the_file_is_our_error(db_path: Path) -> None:
    db_path.mkdir(parents=True)
    with pytest.raises(StorageError):
        open_database(db_path)


def test_a_file_in_place_of_the_folder_is_our_error(tmp_path: Path) -> None:
    (tmp_path / "data").write_text("not a folder")
    with pytest.raises(StorageError):
        open_database(tmp_path / "data" / "serge.sqlite")
