"""A zeroed header, a file cut to 50 bytes, a garbled schema entry, another library's -wal (item 9).

At the library's own place the backups are offered; salvage recovers what the pages hold, and
refuses a -wal that another library wrote.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from serge_desktop.main import main
from serge_desktop.services.maintenance import salvage_library
from serge_desktop.services.workspace import Workspace
from serge_desktop.storage.backups import backups_dir
from serge_desktop.storage.library_state import RecoveryNeededError, Trouble
from serge_desktop.storage.permissions import sidecar_files
from tests.faults.cli_runs import note_bodies
from tests.faults.crashes import crash_while_open
from tests.services.seed_notes import note_on

NOTES = ["one", "two", "three"]


def library(data: Path, *, backed_up: bool) -> Path:
    with Workspace(data) as workspace:
        for body in NOTES:
            note_on(workspace, "Victor Serge", body=body)
    if not backed_up:
        shutil.rmtree(backups_dir(data / "library.sqlite3"))
    return data / "library.sqlite3"


def zero_the_header(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[:100] = bytes(100)
    path.write_bytes(bytes(data))


def cut_to_50_bytes(path: Path) -> None:
    path.write_bytes(path.read_bytes()[:50])


@pytest.mark.parametrize("damage", [zero_the_header, cut_to_50_bytes])
def test_at_the_librarys_place_the_backups_are_offered(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], damage: object
) -> None:
    path = library(tmp_path, backed_up=True)
    assert callable(damage)
    damage(path)
    before = path.read_bytes()
    with pytest.raises(RecoveryNeededError) as caught:
        Workspace(tmp_path)
    trouble = caught.value.trouble
    assert trouble.trouble is Trouble.NOT_A_DATABASE and trouble.newest_good is not None
    for argv in (["list"], ["check"]):
        code = main(["--data-dir", str(tmp_path), *argv])
        out, err = capsys.readouterr()
        assert code in (1, 2)
        assert f"restore {trouble.newest_good.backup.path}" in out + err
        assert "3 notes" in out + err
    assert path.read_bytes() == before
    assert main(["--data-dir", str(tmp_path), "restore", str(trouble.newest_good.backup.path)]) == 0
    assert note_bodies(path) == sorted(NOTES)


def test_salvage_reads_the_pages_behind_a_zeroed_header(tmp_path: Path) -> None:
    path = library(tmp_path, backed_up=False)
    zero_the_header(path)
    report = salvage_library(path)
    assert dict(report.rows)["note"] == 3
    assert note_bodies(path) == sorted(NOTES)


def test_salvage_with_a_garbled_schema_entry_recovers_every_note(tmp_path: Path) -> None:
    path = library(tmp_path, backed_up=False)
    data = bytearray(path.read_bytes())
    at = data.find(b'CREATE TABLE "note"')
    data[at : at + 12] = b"CXEATE TABLX"  # one schema entry's text, garbled on disk
    path.write_bytes(bytes(data))
    with pytest.raises(RecoveryNeededError):
        Workspace(tmp_path)
    report = salvage_library(path)
    assert dict(report.rows)["note"] == 3
    assert note_bodies(path) == sorted(NOTES)
    with Workspace(tmp_path) as workspace:
        assert workspace.search.search("three").notes  # the search index rebuilt, too


def test_a_wal_from_another_library_is_refused(tmp_path: Path) -> None:
    ours = library(tmp_path / "ours", backed_up=False)
    theirs = tmp_path / "theirs"
    with Workspace(theirs) as workspace:
        note_on(workspace, "Petrograd", body="theirs, checkpointed")
    crash_while_open(theirs, 2)  # their last notes live in their -wal
    shutil.copyfile(sidecar_files(theirs / "library.sqlite3")[0], sidecar_files(ours)[0])
    with pytest.raises(RecoveryNeededError) as caught:
        Workspace(tmp_path / "ours")
    assert caught.value.trouble.trouble is Trouble.FOREIGN_WAL
    assert caught.value.trouble.wal_is_ours is False
    report = salvage_library(ours)
    assert report.wal_refused and not report.wal_used
    assert note_bodies(ours) == sorted(NOTES)  # ours, and none of theirs


def test_a_wal_of_our_own_is_used_by_salvage(tmp_path: Path) -> None:
    data = tmp_path / "data"
    path = library(data, backed_up=False)
    crash_while_open(data, 2, checkpoint=True)  # two more notes, only in the -wal
    with contextlib.closing(sqlite3.connect(f"file:{path}?immutable=1", uri=True)) as alone:
        assert alone.execute("SELECT count(*) FROM note").fetchone()[0] == 3
    report = salvage_library(path)
    assert report.wal_used and not report.wal_refused
    assert note_bodies(path) == sorted([*NOTES, "crash note 0", "crash note 1"])
