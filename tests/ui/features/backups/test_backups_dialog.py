"""File ▸ Backups…: list, Back Up Now, Restore (the window shows the restored library)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from serge_desktop.services.workspace import Workspace
from serge_desktop.storage.migrations.runner import LATEST_VERSION
from serge_desktop.ui.features.backups.dialog import BackupsDialog, size_text
from serge_desktop.ui.features.backups.feature import BackupsFeature
from serge_desktop.ui.shell.main_window import MainWindow
from serge_desktop.ui.startup.app import prepare_application
from tests.services.seed_notes import note_on

SAMPLES = Path(__file__).resolve().parents[4] / "db" / "samples"


def feature(window: MainWindow) -> BackupsFeature:
    [found] = window.findChildren(BackupsFeature)
    return found


def cell(dialog: BackupsDialog, row: int, column: int) -> str:
    item = dialog.table.item(row, column)
    assert item is not None
    return item.text()


def backups_action_text(window: MainWindow) -> list[str]:
    return [a.text() for a in window.commands.menus["file"].actions()]


def test_the_file_menu_opens_the_backups_dialog(window: MainWindow) -> None:
    assert "&Backups…" in backups_action_text(window)
    feature(window).action.trigger()
    dialog = feature(window).dialog
    assert isinstance(dialog, BackupsDialog) and dialog.isVisible()
    assert dialog.table.rowCount() == 0
    assert not dialog.restore_button.isEnabled()
    dialog.back_up_button.click()
    assert dialog.table.rowCount() == 1
    assert cell(dialog, 0, 1) == "Made by you"
    assert dialog.restore_button.isEnabled()
    dialog.close()


def test_restoring_shows_the_restored_library_in_the_window(
    window: MainWindow, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    note_on(workspace, "Victor Serge", body="in the backup")
    window.notes.reload()
    dialog = feature(window).open_dialog()
    backup = dialog.back_up_now()
    assert backup is not None
    note_on(workspace, "Victor Serge", body="after the backup")
    window.notes.reload()
    assert window.notes.model.rowCount() == 2
    asked: list[str] = []

    def answer(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    dialog.table.selectRow(0)
    dialog.restore_selected()
    assert dialog.date_text(backup) in asked[0]  # the confirmation names the backup's date
    assert window.notes.model.rowCount() == 1  # the window reread the restored library
    assert window.undo_stack.count() == 0
    assert "Restored" in window.statusBar().currentMessage()
    reasons = [cell(dialog, row, 1) for row in range(dialog.table.rowCount())]
    assert "Before a restore" in reasons
    dialog.close()


def test_each_copy_shows_its_kind_time_schema_and_size_and_is_deleted_only_when_confirmed(
    window: MainWindow, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = feature(window).open_dialog()
    backup = dialog.back_up_now()
    assert backup is not None
    row = next(r for r in range(dialog.table.rowCount()) if cell(dialog, r, 1) == "Made by you")
    assert cell(dialog, row, 0) == dialog.date_text(backup)
    assert cell(dialog, row, 2) == str(LATEST_VERSION)
    assert cell(dialog, row, 3) == size_text(backup.path.stat().st_size)
    assert cell(dialog, row, 3).endswith("kB")  # in words a reader knows, not bytes
    answers = iter([QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes])
    asked: list[str] = []

    def answer(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return next(answers)

    monkeypatch.setattr(QMessageBox, "question", answer)
    dialog.table.selectRow(row)
    assert not dialog.delete_selected() and backup.path.is_file()  # cancelled: kept
    dialog.table.selectRow(row)
    assert dialog.delete_selected() and not backup.path.exists()
    assert "cannot be undone" in asked[0] and "Made by you" in asked[0]
    assert backup.path not in [b.path for b in workspace.backups.list_backups()]
    dialog.close()


def test_the_copy_made_before_an_upgrade_shows_the_schema_it_was_at(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    shutil.copyfile(SAMPLES / "v1-seed-with-note.sqlite", data / "library.sqlite3")
    prepare_application(qapp)
    with Workspace(data) as workspace:  # upgraded from schema 1, after a copy
        window = MainWindow(workspace)
        qtbot.addWidget(window)
        dialog = feature(window).open_dialog()
        dialog.back_up_now()
        rows = {cell(dialog, r, 1): r for r in range(dialog.table.rowCount())}
        assert set(rows) == {"Before an upgrade", "Made by you"}
        assert cell(dialog, rows["Before an upgrade"], 2) == "1"
        assert cell(dialog, rows["Made by you"], 2) == str(LATEST_VERSION)
        [before] = [b for b in workspace.backups.list_backups() if b.reason == "before-migration"]
        assert cell(dialog, rows["Before an upgrade"], 0) == dialog.date_text(before)
        assert cell(dialog, rows["Before an upgrade"], 3) == size_text(before.path.stat().st_size)
        dialog.close()
