"""`serge-desktop check`, `backup` and `restore`, run through main() on real files."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from serge_desktop.main import main
from serge_desktop.services.workspace import Workspace
from serge_desktop.storage.backups import backups_dir, list_backups
from tests.services.seed_notes import note_on, seed_id
from tests.storage.damage import damage_middle_page


def run(capsys: pytest.CaptureFixture[str], data: Path, *argv: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data), *argv])
    out, err = capsys.readouterr()
    return code, out, err


def note_bodies(data: Path) -> list[str]:
    with Workspace(data) as workspace:
        return sorted(n.body for n in workspace.notes.list_notes(seed_id(workspace)))


def add_note(data: Path, body: str) -> None:
    with Workspace(data) as workspace:
        note_on(workspace, "Victor Serge", body=body)


def test_check_says_ok_on_a_sound_library(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    add_note(tmp_path, "one")
    code, out, _ = run(capsys, tmp_path, "check")
    assert code == 0
    assert out.splitlines()[0].endswith(": ok")


def test_check_reports_damage_without_touching_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    add_note(tmp_path, "one")
    path = tmp_path / "library.sqlite3"
    damage_middle_page(path)
    damaged = path.read_bytes()
    code, out, err = run(capsys, tmp_path, "check")
    assert code == 1
    assert "malformed" in out or "page" in out
    assert "--salvage" in err
    assert path.read_bytes() == damaged


def test_check_salvage_copies_what_can_be_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    add_note(tmp_path, "one")
    shutil.rmtree(backups_dir(tmp_path / "library.sqlite3"))
    path = tmp_path / "library.sqlite3"
    damage_middle_page(path)
    damaged = path.read_bytes()
    code, out, _ = run(capsys, tmp_path, "check", "--salvage")
    assert code == 1
    assert "salvaged" in out and "library.damaged-" in out
    [aside] = tmp_path.glob("library.damaged-*.sqlite3")
    assert aside.read_bytes() == damaged
    assert note_bodies(tmp_path) == ["one"]
    assert run(capsys, tmp_path, "check")[0] == 0


def test_check_refuses_a_file_that_is_not_ours(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "library.sqlite3").write_text("plain text")
    code, _, err = run(capsys, tmp_path, "check")
    assert code == 2
    assert "not a Serge Desktop database" in err
    assert (tmp_path / "library.sqlite3").read_text() == "plain text"


def test_backup_goes_to_the_backups_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, tmp_path, "backup")
    assert code == 0
    [backup] = [b for b in list_backups(tmp_path / "library.sqlite3") if b.reason == "manual"]
    assert str(backup.path) in out


def test_backup_to_a_file_refuses_to_overwrite_without_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data, target = tmp_path / "data", tmp_path / "copy.sqlite3"
    assert run(capsys, data, "backup", "-o", str(target))[0] == 0
    first = target.read_bytes()
    add_note(data, "later")
    code, _, err = run(capsys, data, "backup", "-o", str(target))
    assert code == 2 and "--force" in err
    assert target.read_bytes() == first
    assert run(capsys, data, "backup", "-o", str(target), "--force")[0] == 0
    assert target.read_bytes() != first
    assert not list(tmp_path.glob(".*partial"))  # the temporary name is gone


def test_restore_backs_up_first_then_replaces(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data, copy = tmp_path / "data", tmp_path / "copy.sqlite3"
    add_note(data, "kept")
    run(capsys, data, "backup", "-o", str(copy))
    add_note(data, "undone by the restore")
    code, out, _ = run(capsys, data, "restore", str(copy))
    assert code == 0 and "restored" in out
    assert note_bodies(data) == ["kept"]
    [before] = [b for b in list_backups(data / "library.sqlite3") if b.reason == "before-restore"]
    assert str(before.path) in out
    code, _, _ = run(capsys, data, "restore", str(before.path))  # and back again
    assert code == 0
    assert note_bodies(data) == ["kept", "undone by the restore"]


def test_restore_refuses_a_bad_file_and_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data, bad = tmp_path / "data", tmp_path / "bad.sqlite3"
    add_note(data, "kept")
    bad.write_text("not a library")
    before = (data / "library.sqlite3").read_bytes()
    code, _, err = run(capsys, data, "restore", str(bad))
    assert code == 2 and "nothing was changed" in err
    assert (data / "library.sqlite3").read_bytes() == before
    assert note_bodies(data) == ["kept"]


def test_any_command_on_a_damaged_library_names_the_ways_back_and_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    add_note(tmp_path, "one")  # closing makes the day's backup
    path = tmp_path / "library.sqlite3"
    damage_middle_page(path)
    damaged = path.read_bytes()
    code, out, err = run(capsys, tmp_path, "list")
    assert code == 2 and out == ""
    [backup] = list_backups(path)
    assert f"serge-desktop restore {backup.path}" in err and "1 note)" in err
    assert "check --salvage" in err and "check --set-aside" in err
    assert path.read_bytes() == damaged and not list(tmp_path.glob("*damaged*"))
