"""A damaged page, a truncated file, a newer schema, a foreign file: handled, nothing deleted."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from serge_desktop.services.maintenance import salvage_library
from serge_desktop.services.recovery import RecoveryChoice, offered_choices, recover
from serge_desktop.services.workspace import Workspace
from serge_desktop.storage.backups import backups_dir
from serge_desktop.storage.errors import DatabaseTooNewError, NotOurDatabaseError
from serge_desktop.storage.library_state import LibraryTrouble, RecoveryNeededError, Trouble
from serge_desktop.storage.migrations.runner import LATEST_VERSION
from tests.services.seed_notes import note_on
from tests.storage.conftest import make_sqlite_file
from tests.storage.damage import damage_middle_page, truncate_to_half


def notes(workspace: Workspace) -> list[str]:
    article = workspace.library.list_articles()[0]
    return sorted(n.body for n in workspace.notes.list_notes(article.id))


def library(data: Path, *, backed_up: bool) -> Path:
    """A library with two notes; closing it made the day's backup (removed if not wanted)."""
    with Workspace(data) as workspace:
        note_on(workspace, "Victor Serge", body="first")
        note_on(workspace, "Victor Serge", body="second")
    path = data / "library.sqlite3"
    if not backed_up:
        shutil.rmtree(backups_dir(path))
    return path


def trouble_at(data: Path) -> LibraryTrouble:
    with pytest.raises(RecoveryNeededError) as caught:
        Workspace(data)
    assert caught.value.kind == "damaged"
    return caught.value.trouble


@pytest.mark.parametrize("damage", [damage_middle_page, truncate_to_half])
def test_damage_stops_the_start_and_the_newest_good_backup_comes_back_when_chosen(
    tmp_path: Path, damage: object
) -> None:
    path = library(tmp_path, backed_up=True)
    assert callable(damage)
    damage(path)
    damaged_bytes = path.read_bytes()
    trouble = trouble_at(tmp_path)
    assert path.read_bytes() == damaged_bytes  # nothing restored unasked
    assert trouble.trouble is Trouble.DAMAGED and trouble.newest_good is not None
    assert trouble.newest_good.backup.reason == "daily" and trouble.newest_good.notes == 2
    assert offered_choices(trouble)[0] is RecoveryChoice.RESTORE_BACKUP
    outcome = recover(trouble, RecoveryChoice.RESTORE_BACKUP)
    with Workspace(tmp_path) as workspace:
        assert notes(workspace) == ["first", "second"]
    aside = outcome.set_aside
    assert aside is not None and aside.parent == tmp_path
    assert aside.name.startswith("library.damaged-")
    assert aside.read_bytes() == damaged_bytes  # kept, byte for byte


def test_a_damaged_backup_is_skipped_for_an_older_good_one(tmp_path: Path) -> None:
    path = library(tmp_path, backed_up=True)
    good = sorted(backups_dir(path).iterdir())[-1]
    # A newer backup, but damaged (as a failing disk would leave it), named to sort first.
    bad = backups_dir(path) / "library-29991231-235959-daily.sqlite3"
    shutil.copyfile(good, bad)
    damage_middle_page(bad)
    damage_middle_page(path)
    trouble = trouble_at(tmp_path)
    assert trouble.newest_good is not None and trouble.newest_good.backup.path == good
    assert bad.exists()  # a bad backup is left alone too


def test_without_a_good_backup_nothing_is_replaced_and_salvage_recovers_the_notes(
    tmp_path: Path,
) -> None:
    path = library(tmp_path, backed_up=False)
    damage_middle_page(path)
    damaged_bytes = path.read_bytes()
    trouble = trouble_at(tmp_path)
    assert trouble.newest_good is None
    assert offered_choices(trouble) == (RecoveryChoice.RECOVER_FILES, RecoveryChoice.START_EMPTY)
    assert path.read_bytes() == damaged_bytes  # not moved, not replaced by an empty library
    trouble_at(tmp_path)  # and a second start does not quietly make a fresh one either
    report = salvage_library(path)
    assert report.damaged_path.read_bytes() == damaged_bytes
    assert dict(report.rows)["note"] == 2
    with Workspace(tmp_path) as workspace:
        assert notes(workspace) == ["first", "second"]
        assert workspace.search.search("Serge")  # the search index was rebuilt by the copy


def test_a_newer_schema_is_refused_untouched(tmp_path: Path) -> None:
    path = library(tmp_path, backed_up=True)
    make_sqlite_file(path, f"PRAGMA user_version = {LATEST_VERSION + 1}")
    before = path.read_bytes()
    with pytest.raises(DatabaseTooNewError):
        Workspace(tmp_path)
    assert path.read_bytes() == before
    assert not list(tmp_path.glob("*damaged*"))


def test_a_file_that_is_not_sqlite_is_refused_untouched(tmp_path: Path) -> None:
    path = library(tmp_path, backed_up=False)
    path.write_text("my shopping list\n")
    with pytest.raises(NotOurDatabaseError):
        Workspace(tmp_path)
    assert path.read_text() == "my shopping list\n"
    assert not list(tmp_path.glob("*damaged*"))


def test_at_the_librarys_place_a_file_that_is_not_sqlite_offers_the_backups(
    tmp_path: Path,
) -> None:
    path = library(tmp_path, backed_up=True)
    path.write_text("my shopping list\n")
    with pytest.raises(RecoveryNeededError) as caught:
        Workspace(tmp_path)
    trouble = caught.value.trouble
    assert trouble.trouble is Trouble.NOT_A_DATABASE
    assert trouble.newest_good is not None and trouble.newest_good.notes == 2
    assert path.read_text() == "my shopping list\n"
    assert not list(tmp_path.glob("*damaged*"))
