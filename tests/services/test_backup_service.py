"""Automatic backups (before an import, once a day on quitting) and restoring one."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from serge_desktop.services.policy import Policy
from serge_desktop.services.workspace import Workspace
from serge_desktop.storage.backups import backups_dir, list_backups
from serge_desktop.storage.errors import BackupRejectedError, StorageError
from tests.services.seed_notes import note_on, seed_id

ARTICLE = "# Zeppelin Diaries\n\nWritten in Mexico by Kibaltchiché.\n".encode()


def reasons(data: Path) -> list[str]:
    return [b.reason for b in list_backups(data / "library.sqlite3")]


def articles_in(backup: Path) -> int:
    with contextlib.closing(sqlite3.connect(backup)) as connection:
        return int(connection.execute("SELECT count(*) FROM article").fetchone()[0])


def test_quitting_backs_up_once_a_day_and_only_after_a_change(tmp_path: Path) -> None:
    with Workspace(tmp_path):
        pass
    assert reasons(tmp_path) == []  # a first start with nothing of the reader's in it
    with Workspace(tmp_path) as workspace:
        note_on(workspace, "Victor Serge", body="one")
    assert reasons(tmp_path) == ["daily"]
    with Workspace(tmp_path) as workspace:
        note_on(workspace, "Victor Serge", body="two")
    assert reasons(tmp_path) == ["daily"]  # today's is there already


def test_guest_and_read_only_workspaces_make_no_backups(tmp_path: Path) -> None:
    with Workspace(tmp_path, secure_delete=True) as workspace:
        note_on(workspace, "Victor Serge", body="guest")
        workspace.importer.import_bytes(ARTICLE, source_name="z.md")
    with Workspace(tmp_path, policy=Policy(guest_mode=True)) as workspace:
        note_on(workspace, "Victor Serge", body="guest")
    with Workspace(tmp_path, read_only=True) as workspace:
        assert workspace.keeps_backups is False
    assert not backups_dir(tmp_path / "library.sqlite3").exists()


def test_an_import_that_writes_is_backed_up_first(workspace: Workspace) -> None:
    workspace.importer.import_bytes(ARTICLE, source_name="z.md")
    [backup] = workspace.backups.list_backups()
    assert backup.reason == "before-import"
    assert articles_in(backup.path) == 1  # the library as it was before the import
    workspace.importer.import_bytes(ARTICLE, source_name="z.md")  # unchanged: writes nothing
    assert len(workspace.backups.list_backups()) == 1


def test_restore_brings_back_the_backup_and_the_services_keep_working(
    workspace: Workspace,
) -> None:
    note_on(workspace, "Victor Serge", body="before")
    chosen = workspace.backups.back_up_now()
    note_on(workspace, "Victor Serge", body="after")
    outcome = workspace.backups.restore(chosen.path)
    article = seed_id(workspace)
    assert [n.body for n in workspace.notes.list_notes(article)] == ["before"]
    assert outcome.previous_state.reason == "before-restore"
    note_on(workspace, "Victor Serge", body="written after the restore")
    assert len(workspace.notes.list_notes(article)) == 2
    workspace.backups.restore(outcome.previous_state.path)  # the restore itself is undoable
    bodies = sorted(n.body for n in workspace.notes.list_notes(article))
    assert bodies == ["after", "before"]


def test_an_old_backup_pushed_out_by_rotation_still_restores(workspace: Workspace) -> None:
    note_on(workspace, "Victor Serge", body="long ago")
    made = workspace.backups.back_up_now()
    folder = made.path.parent
    oldest = folder / "library-20200101-120000-daily.sqlite3"
    shutil.copyfile(made.path, oldest)
    made.path.unlink()
    for month in range(1, 13):  # newer months: the safety backup's rotation drops "oldest"
        shutil.copyfile(oldest, folder / f"library-2025{month:02d}01-120000-daily.sqlite3")
    note_on(workspace, "Victor Serge", body="today")
    workspace.backups.restore(oldest)
    assert not oldest.exists()  # rotated away, yet restored
    assert [n.body for n in workspace.notes.list_notes(seed_id(workspace))] == ["long ago"]


def test_a_bad_backup_is_refused_and_nothing_changes(workspace: Workspace, tmp_path: Path) -> None:
    note_on(workspace, "Victor Serge", body="kept")
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"SQLite format 3\x00" + bytes(200))
    with pytest.raises(BackupRejectedError):
        workspace.backups.restore(bad)
    assert [n.body for n in workspace.notes.list_notes(seed_id(workspace))] == ["kept"]
    assert workspace.backups.list_backups() == []  # refused before the safety backup


def test_a_read_only_workspace_cannot_restore(tmp_path: Path) -> None:
    with Workspace(tmp_path) as workspace:
        backup = workspace.backups.back_up_now()
    with Workspace(tmp_path, read_only=True) as workspace, pytest.raises(StorageError) as caught:
        workspace.backups.restore(backup.path)
    assert caught.value.kind == "read_only"


def test_files_imported_in_a_row_share_the_backup_before_the_first(workspace: Workspace) -> None:
    other = b"# Memoirs of a Revolutionary\n\nWritten in Mexico.\n"
    workspace.importer.import_bytes(ARTICLE, source_name="z.md")
    workspace.importer.import_bytes(other, source_name="m.md")
    [backup] = workspace.backups.list_backups()
    assert articles_in(backup.path) == 1  # the seed alone: before the first of the two


def test_an_import_after_other_changes_is_backed_up_again(workspace: Workspace) -> None:
    other = b"# Memoirs of a Revolutionary\n\nWritten in Mexico.\n"
    workspace.importer.import_bytes(ARTICLE, source_name="z.md")
    note_on(workspace, "Victor Serge", body="between the imports")
    workspace.importer.import_bytes(other, source_name="m.md")
    newest = workspace.backups.list_backups()[0]  # the day keeps its newest backup
    assert newest.reason == "before-import"
    assert articles_in(newest.path) == 2  # the seed and the first import, with the note
