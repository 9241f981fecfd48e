"""File ▸ Backups…: list, Back Up Now, Restore (the window shows the restored library), and
the start-up messages for a damaged library."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from serge_desktop.services.workspace import Workspace
from serge_desktop.storage.backups import backups_dir
from serge_desktop.ui.features.backups.dialog import BackupsDialog
from serge_desktop.ui.features.backups.feature import BackupsFeature
from serge_desktop.ui.shell.main_window import MainWindow
from serge_desktop.ui.startup.recovery_dialogs import open_with_recovery
from tests.services.seed_notes import note_on
from tests.storage.damage import damage_middle_page


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


def click_when_shown(button_text: str) -> None:
    def click() -> None:
        box = QApplication.activeModalWidget()
        buttons = box.buttons() if isinstance(box, QMessageBox) else []
        matching = [b for b in buttons if b.text() == button_text]
        if not matching:  # not shown yet (or another box is up first): look again shortly
            QTimer.singleShot(20, click)
            return
        matching[0].click()

    QTimer.singleShot(0, click)


def damaged_library(data: Path, *, keep_backups: bool) -> None:
    with Workspace(data) as workspace:
        note_on(workspace, "Victor Serge", body="precious")
    if not keep_backups:
        shutil.rmtree(backups_dir(data / "library.sqlite3"))
    damage_middle_page(data / "library.sqlite3")


def test_a_restored_library_is_announced_at_start(qtbot: QtBot, tmp_path: Path) -> None:
    damaged_library(tmp_path, keep_backups=True)
    click_when_shown("OK")
    with open_with_recovery(lambda: Workspace(tmp_path)) as workspace:
        assert workspace.recovery is not None
    assert list(tmp_path.glob("library.damaged-*.sqlite3"))


def test_without_a_backup_the_start_offers_salvage(qtbot: QtBot, tmp_path: Path) -> None:
    damaged_library(tmp_path, keep_backups=False)
    click_when_shown("Salvage What Can Be Read")
    click_when_shown("OK")  # the "salvaged" message that follows
    with open_with_recovery(lambda: Workspace(tmp_path)) as workspace:
        article = workspace.library.list_articles()[0]
        assert [n.body for n in workspace.notes.list_notes(article.id)] == ["precious"]
    assert list(tmp_path.glob("library.damaged-*.sqlite3"))


def test_declining_salvage_leaves_the_file_and_reports_the_error(
    qtbot: QtBot, tmp_path: Path
) -> None:
    damaged_library(tmp_path, keep_backups=False)
    before = (tmp_path / "library.sqlite3").read_bytes()
    click_when_shown("Quit")
    with pytest.raises(Exception, match="no good backup"):
        open_with_recovery(lambda: Workspace(tmp_path))
    assert (tmp_path / "library.sqlite3").read_bytes() == before
