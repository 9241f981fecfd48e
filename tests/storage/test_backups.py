"""Backups: verified copies in a private folder, found again by name, made before upgrades."""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from serge_desktop.storage.backups import (
    backups_dir,
    integrity_problems,
    list_backups,
    make_backup,
    rotate_backups,
    verify_backup,
)
from serge_desktop.storage.database import APPLICATION_ID, close_database, open_database
from serge_desktop.storage.errors import BackupRejectedError, StorageError
from serge_desktop.storage.migrations.runner import LATEST_VERSION
from tests.storage.conftest import make_sqlite_file, pragma
from tests.storage.damage import damage_middle_page

SAMPLES = Path(__file__).resolve().parents[2] / "db" / "samples"


def write_rows(path: Path, count: int) -> None:
    db = open_database(path)
    try:
        for number in range(count):
            db.execute_sql(  # type: ignore[no-untyped-call]
                "INSERT INTO setting (key, value) VALUES (?, ?)", (f"k{number}", "v" * 500)
            )
    finally:
        close_database(db)


def test_a_backup_is_a_sound_copy_named_by_time_and_reason(db_path: Path) -> None:
    write_rows(db_path, 50)
    backup = make_backup(db_path, reason="before import")
    assert backup.parent == db_path.parent / "backups"
    assert backup.name.startswith("serge-") and backup.name.endswith("-before-import.sqlite3")
    assert integrity_problems(backup) == []
    assert pragma(backup, "application_id") == APPLICATION_ID
    with contextlib.closing(sqlite3.connect(backup)) as copy:
        assert copy.execute("SELECT count(*) FROM setting WHERE key LIKE 'k%'").fetchone() == (50,)
    [info] = list_backups(db_path)
    assert info.path == backup and info.reason == "before-import"
    assert info.size == backup.stat().st_size
    assert abs((datetime.now(UTC) - info.created).total_seconds()) < 120
    verify_backup(backup)


def test_a_backup_of_an_open_database_holds_what_the_wal_holds(db_path: Path) -> None:
    db = open_database(db_path)
    try:
        db.execute_sql("INSERT INTO setting (key, value) VALUES ('only-in-wal', '1')")  # type: ignore[no-untyped-call]
        backup = make_backup(db_path, reason="manual")
    finally:
        close_database(db)
    with contextlib.closing(sqlite3.connect(backup)) as copy:
        assert copy.execute("SELECT value FROM setting WHERE key = 'only-in-wal'").fetchone() == (
            "1",
        )
    assert sorted(p.name for p in backup.parent.iterdir()) == [backup.name]  # no -wal, no temp


@pytest.mark.skipif(not hasattr(__import__("os"), "geteuid"), reason="POSIX modes")
def test_backups_are_private(db_path: Path) -> None:
    write_rows(db_path, 1)
    backup = make_backup(db_path, reason="manual")
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    assert stat.S_IMODE(backup.parent.stat().st_mode) == 0o700


def test_a_damaged_database_gives_no_backup(db_path: Path) -> None:
    write_rows(db_path, 200)
    damage_middle_page(db_path)
    with pytest.raises(StorageError) as caught:
        make_backup(db_path, reason="manual")
    assert caught.value.kind == "damaged"
    assert list(backups_dir(db_path).iterdir()) == []  # the bad copy was removed


def test_two_manual_backups_in_one_second_are_both_kept(db_path: Path) -> None:
    # Two in one second get two names; a manual backup stays until the reader deletes it.
    write_rows(db_path, 1)
    first = make_backup(db_path, reason="manual")
    second = make_backup(db_path, reason="manual")
    assert second.name != first.name
    assert [b.path for b in list_backups(db_path)] == [second, first]


def test_unrelated_files_in_the_backups_folder_are_ignored_and_kept(db_path: Path) -> None:
    write_rows(db_path, 1)
    make_backup(db_path, reason="manual")
    stray = backups_dir(db_path) / "notes-to-self.txt"
    stray.write_text("mine")
    (backups_dir(db_path) / "serge-2026-bad-name.sqlite3").write_text("x")
    assert len(list_backups(db_path)) == 1
    rotate_backups(db_path)
    assert stray.read_text() == "mine"


def test_a_backup_deletes_unfinished_copies_left_a_day_ago_and_keeps_recent_ones(
    db_path: Path,
) -> None:
    write_rows(db_path, 1)
    folder = backups_dir(db_path)
    folder.mkdir()
    old = folder / ".serge-20260101-120000-manual.sqlite3.partial"
    old_journal = folder / ".serge-20260101-120000-manual.sqlite3.partial-journal"
    recent = folder / ".serge-20260101-130000-before-import.sqlite3.partial"  # being written?
    stray = folder / ".notes-to-self.partial"
    two_days_ago = (datetime.now(UTC) - timedelta(days=2)).timestamp()
    for path in (old, old_journal, recent, stray):
        path.write_bytes(b"half a copy")
        if path is not recent:
            os.utime(path, (two_days_ago, two_days_ago))
    make_backup(db_path, reason="manual")
    assert not old.exists() and not old_journal.exists()
    assert recent.exists() and stray.exists()
    assert len(list_backups(db_path)) == 1


def test_rotation_keeps_the_newest_daily_copy_of_each_day(db_path: Path) -> None:
    write_rows(db_path, 1)
    folder = backups_dir(db_path)
    source = make_backup(db_path, reason="manual")
    # Ten days with two backups each, named as make_backup would have named them.
    for day in range(1, 11):
        for hour in (8, 20):
            shutil.copyfile(source, folder / f"serge-202601{day:02d}-{hour:02d}0000-daily.sqlite3")
    source.unlink()
    deleted = rotate_backups(db_path)
    kept = {b.path.name for b in list_backups(db_path)}
    assert not any(name.endswith("-080000-daily.sqlite3") for name in kept)
    assert "serge-20260110-200000-daily.sqlite3" in kept
    assert len(kept) + len(deleted) == 20
    assert rotate_backups(db_path) == []  # nothing more to delete


def test_a_database_is_backed_up_before_it_is_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    shutil.copyfile(SAMPLES / "v1-seed-with-note.sqlite", path)
    close_database(open_database(path))
    [backup] = list_backups(path)
    assert backup.reason == "before-migration"
    assert pragma(backup.path, "user_version") == 1  # the file as it was, not as it became
    assert pragma(path, "user_version") == LATEST_VERSION
    close_database(open_database(path))
    assert len(list_backups(path)) == 1  # an up-to-date file is not backed up on open


def test_verification_refuses_what_cannot_be_restored(tmp_path: Path) -> None:
    foreign = tmp_path / "foreign.sqlite3"
    make_sqlite_file(foreign, "CREATE TABLE t (x)")
    newer = tmp_path / "newer.sqlite3"
    make_sqlite_file(
        newer,
        f"PRAGMA application_id = {APPLICATION_ID}",
        f"PRAGMA user_version = {LATEST_VERSION + 1}",
    )
    text = tmp_path / "text.sqlite3"
    text.write_text("not a database")
    for path, words in ((foreign, "not a Serge"), (newer, "newer"), (text, "not a Serge")):
        with pytest.raises(BackupRejectedError, match=words):
            verify_backup(path)


def test_rotation_never_deletes_a_copy_made_in_this_run(db_path: Path) -> None:
    write_rows(db_path, 1)
    ours = make_backup(db_path, reason="daily")
    # A later daily copy of the same day, left by another run: by the daily rule alone it is
    # the day's newest, and ours would go.
    later = (datetime.now(UTC) + timedelta(seconds=1)).strftime("%Y%m%d-%H%M%S")
    theirs = backups_dir(db_path) / f"{db_path.stem}-{later}-daily.sqlite3"
    shutil.copyfile(ours, theirs)
    assert rotate_backups(db_path) == []
    assert ours.is_file() and theirs.is_file()
    assert [b.path for b in list_backups(db_path) if b.made_this_run] == [ours]
