"""The check at start is skipped only for a file exactly as a clean close left it (issue 18)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from serge_desktop.main import main
from serge_desktop.services.maintenance import check_library
from serge_desktop.services.workspace import Workspace
from serge_desktop.storage.clean_close import marker_path
from serge_desktop.storage.library_state import RecoveryNeededError
from tests.faults.crashes import crash_while_open
from tests.services.seed_notes import note_on
from tests.storage.damage import damage_middle_page


def test_a_clean_close_lets_the_next_start_skip_the_check(tmp_path: Path) -> None:
    with Workspace(tmp_path) as workspace:
        assert not workspace.startup_check_skipped  # a new library: nothing to trust yet
        note_on(workspace, "Petrograd", body="kept")
    path = tmp_path / "library.sqlite3"
    assert marker_path(path).is_file()
    with Workspace(tmp_path) as workspace:
        assert workspace.startup_check_skipped
        assert not marker_path(path).exists()  # open: a crash now must be noticed next time
    assert marker_path(path).is_file()
    assert check_library(path).closed_cleanly


def test_after_a_crash_the_start_checks(tmp_path: Path) -> None:
    Workspace(tmp_path).close()
    crash_while_open(tmp_path, 1)
    assert not marker_path(tmp_path / "library.sqlite3").exists()
    with Workspace(tmp_path) as workspace:
        assert not workspace.startup_check_skipped


@pytest.mark.parametrize("change", ["damaged", "replaced"])
def test_a_file_changed_behind_our_back_is_checked(tmp_path: Path, change: str) -> None:
    with Workspace(tmp_path) as workspace:
        note_on(workspace, "Petrograd", body="kept")
    path = tmp_path / "library.sqlite3"
    if change == "damaged":
        damage_middle_page(path)
        with pytest.raises(RecoveryNeededError):  # found at start, not after the window is up
            Workspace(tmp_path)
    else:
        shutil.copyfile(path, tmp_path / "copy")
        (tmp_path / "copy").replace(path)  # the same bytes, another file
        with Workspace(tmp_path) as workspace:
            assert not workspace.startup_check_skipped


def test_a_problem_found_in_the_background_makes_the_next_start_check(tmp_path: Path) -> None:
    Workspace(tmp_path).close()
    with Workspace(tmp_path) as workspace:
        assert workspace.startup_check_skipped
        workspace.note_background_check(sound=False)
    assert not marker_path(tmp_path / "library.sqlite3").exists()
    with Workspace(tmp_path) as workspace:
        assert not workspace.startup_check_skipped


def test_check_says_whether_the_library_was_closed_cleanly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    Workspace(tmp_path).close()
    assert main(["--data-dir", str(tmp_path), "check"]) == 0
    assert "closed cleanly after its last use" in capsys.readouterr().out
    crash_while_open(tmp_path, 1)
    assert main(["--data-dir", str(tmp_path), "check"]) == 0
    assert "not closed cleanly" in capsys.readouterr().out
