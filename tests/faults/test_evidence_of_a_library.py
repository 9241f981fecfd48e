"""A new library is never created over evidence of an old one (item 3).

An orphan -wal, an empty file, a file cut short beside good backups: start-up stops with the
ways back named, every file stays byte for byte as it was, and each way back works.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from serge_desktop.main import main
from serge_desktop.services.recovery import RecoveryChoice, offered_choices, recover
from serge_desktop.services.workspace import Workspace
from serge_desktop.storage.library_state import LibraryTrouble, RecoveryNeededError, Trouble
from serge_desktop.storage.permissions import sidecar_files
from tests.faults.crashes import crash_while_open
from tests.services.seed_notes import note_on, seed_id
from tests.storage.damage import truncate_to_half

SEED = "he-found-the-seeds-of-hope-in-russia"


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


def own_notes(data: Path) -> list[str]:
    with Workspace(data) as workspace:
        return sorted(n.body for n in workspace.notes.list_notes(seed_id(workspace)))


def crashed_library_without_its_file(data: Path) -> None:
    crash_while_open(data, 3)  # everything since creation lives in the -wal
    library = data / "library.sqlite3"
    library.unlink()
    sidecar_files(library)[1].unlink()


def crashed_library_with_an_empty_file(data: Path) -> None:
    crash_while_open(data, 3)
    (data / "library.sqlite3").write_bytes(b"")


def backed_up_library_with_an_empty_file(data: Path) -> None:
    with Workspace(data) as workspace:  # closing makes the day's backup
        note_on(workspace, "Petrograd", body="backed up")
    (data / "library.sqlite3").write_bytes(b"")


def backed_up_library_cut_short(data: Path) -> None:
    with Workspace(data) as workspace:
        note_on(workspace, "Petrograd", body="backed up")
    truncate_to_half(data / "library.sqlite3")


CASES: dict[str, tuple[Callable[[Path], None], Trouble]] = {
    "orphan -wal": (crashed_library_without_its_file, Trouble.MISSING),
    "empty file beside its -wal": (crashed_library_with_an_empty_file, Trouble.EMPTY),
    "empty file beside backups": (backed_up_library_with_an_empty_file, Trouble.EMPTY),
    "file cut short beside backups": (backed_up_library_cut_short, Trouble.DAMAGED),
}


def trouble_at(data: Path) -> LibraryTrouble:
    with pytest.raises(RecoveryNeededError) as caught:
        Workspace(data)
    return caught.value.trouble


@pytest.mark.parametrize("case", CASES)
def test_nothing_is_created_over_the_evidence_and_the_ways_back_are_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str
) -> None:
    make, expected = CASES[case]
    data = tmp_path / "data"
    make(data)
    before = snapshot(data)
    code = main(["--data-dir", str(data), "list"])
    out, err = capsys.readouterr()
    assert (code, out) == (2, "")
    assert "nothing was changed" in err and "check --set-aside" in err
    assert main(["--data-dir", str(data), "check"]) == 1
    capsys.readouterr()
    trouble = trouble_at(data)
    assert trouble.trouble is expected
    assert snapshot(data) == before  # not one byte changed, the -wal least of all
    choices = offered_choices(trouble)
    assert choices[-1] is RecoveryChoice.START_EMPTY
    if trouble.backups:
        assert trouble.newest_good is not None and trouble.newest_good.notes == 1
        assert choices[0] is RecoveryChoice.RESTORE_BACKUP
        assert f"restore {trouble.newest_good.backup.path}" in err and "1 note)" in err
    if trouble.wal_frames:
        assert RecoveryChoice.RECOVER_FILES in choices


@pytest.mark.parametrize("case", ["orphan -wal", "empty file beside its -wal"])
def test_what_the_wal_holds_is_recovered(tmp_path: Path, case: str) -> None:
    make, _ = CASES[case]
    data = tmp_path / "data"
    make(data)
    outcome = recover(trouble_at(data), RecoveryChoice.RECOVER_FILES)
    assert outcome.salvage is not None and outcome.salvage.wal_used
    assert own_notes(data) == ["crash note 0", "crash note 1", "crash note 2"]


@pytest.mark.parametrize("case", ["empty file beside backups", "file cut short beside backups"])
def test_the_newest_good_backup_is_restored(tmp_path: Path, case: str) -> None:
    make, _ = CASES[case]
    data = tmp_path / "data"
    make(data)
    old = (data / "library.sqlite3").read_bytes()
    outcome = recover(trouble_at(data), RecoveryChoice.RESTORE_BACKUP)
    assert outcome.set_aside is not None and outcome.set_aside.read_bytes() == old
    assert own_notes(data) == ["backed up"]


@pytest.mark.parametrize("case", CASES)
def test_starting_empty_moves_the_old_files_aside_unchanged(tmp_path: Path, case: str) -> None:
    make, _ = CASES[case]
    data = tmp_path / "data"
    make(data)
    before = snapshot(data)
    outcome = recover(trouble_at(data), RecoveryChoice.START_EMPTY)
    aside = outcome.set_aside
    assert aside is not None
    for suffix in ("", "-wal", "-shm"):
        if f"library.sqlite3{suffix}" in before:
            moved = aside.with_name(aside.name + suffix)
            assert moved.read_bytes() == before[f"library.sqlite3{suffix}"]
    assert own_notes(data) == []  # a new library, with the bundled article and no notes
    assert own_notes(data) == []  # and it stays the library: no question at the next start
