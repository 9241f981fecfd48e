"""Damage to an index alone is found, and repaired without losing anything (item 8)."""

from __future__ import annotations

from pathlib import Path

import pytest

from serge_desktop.main import main
from serge_desktop.services.maintenance import check_library
from serge_desktop.services.workspace import Workspace
from serge_desktop.storage.backups import list_backups
from tests.faults.cli_runs import integrity
from tests.faults.index_damage import drop_index_entries
from tests.services.seed_notes import note_on, seed_id


def library_with_a_damaged_index(data: Path) -> Path:
    with Workspace(data) as workspace:
        note_on(workspace, "Victor Serge", body="first")
    path = data / "library.sqlite3"
    drop_index_entries(path)
    return path


def test_quick_check_misses_it_and_check_names_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = library_with_a_damaged_index(tmp_path)
    assert integrity(path).startswith("row ") and "missing from index note_article_id" in (
        integrity(path)
    )
    with Workspace(tmp_path) as workspace:  # quick_check at start does not see it: it opens
        assert not workspace.startup_check_skipped
    report = check_library(path)
    assert report.repairable_in_place
    code = main(["--data-dir", str(tmp_path), "check"])
    out, err = capsys.readouterr()
    assert code == 1
    assert "missing from index note_article_id" in out
    assert "nothing is lost" in err and "--salvage" in err


def test_salvage_rebuilds_the_index_after_a_backup_and_loses_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = library_with_a_damaged_index(tmp_path)
    code = main(["--data-dir", str(tmp_path), "check", "--salvage"])
    out, _ = capsys.readouterr()
    assert code == 1 and "rebuilt 1 index" in out
    [backup] = [b for b in list_backups(path) if b.reason == "before-repair"]
    assert "missing from index" in integrity(backup.path)  # the copy is faithful, damage and all
    assert integrity(path) == "ok"
    assert main(["--data-dir", str(tmp_path), "check"]) == 0
    with Workspace(tmp_path) as workspace:
        bodies = sorted(n.body for n in workspace.notes.list_notes(seed_id(workspace)))
    assert bodies == ["first", "not in the index"]
    assert not [p for p in tmp_path.iterdir() if "damaged" in p.name]  # nothing set aside
