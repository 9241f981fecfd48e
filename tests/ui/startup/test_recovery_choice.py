"""At start-up a library that cannot be opened as it is offers the ways back (issue 11, item 3)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QDateTime, QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from serge_desktop.services.recovery import RecoveryChoice, RecoveryOutcome
from serge_desktop.services.workspace import Workspace
from serge_desktop.storage.backups import backups_dir
from serge_desktop.storage.library_state import LibraryTrouble, RecoveryNeededError
from serge_desktop.ui.startup.app import prepare_application, run_app
from serge_desktop.ui.startup.recovery_dialogs import RecoveryChoiceDialog, open_with_recovery
from tests.services.seed_notes import note_on, seed_id
from tests.storage.damage import damage_middle_page


def damaged_library(data: Path, *, keep_backups: bool) -> bytes:
    with Workspace(data) as workspace:
        note_on(workspace, "Victor Serge", body="precious")
        note_on(workspace, "Petrograd", body="also precious")
    if not keep_backups:
        shutil.rmtree(backups_dir(data / "library.sqlite3"))
    damage_middle_page(data / "library.sqlite3")
    return (data / "library.sqlite3").read_bytes()


def trouble_at(data: Path) -> LibraryTrouble:
    with pytest.raises(RecoveryNeededError) as caught:
        Workspace(data)
    return caught.value.trouble


def answering(
    monkeypatch: pytest.MonkeyPatch, choice: RecoveryChoice | None
) -> list[RecoveryOutcome]:
    """Make the dialog answer ``choice``; returns the outcomes the reader is told of."""
    told: list[RecoveryOutcome] = []
    monkeypatch.setattr(RecoveryChoiceDialog, "ask", classmethod(lambda cls, _t: choice))
    monkeypatch.setattr(RecoveryChoiceDialog, "tell", classmethod(lambda cls, o: told.append(o)))
    return told


def test_the_dialog_names_the_backup_with_its_time_and_notes(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    prepare_application(qapp)  # the English plural forms, as at start
    damaged_library(tmp_path, keep_backups=True)
    dialog = RecoveryChoiceDialog(trouble_at(tmp_path))
    qtbot.addWidget(dialog)
    assert dialog.text() == "Your library is damaged."
    assert "Nothing has been changed" in dialog.informativeText()
    assert "1 backup of it is in its backups folder." in dialog.informativeText()
    labels = [b.text() for b in dialog.buttons()]
    restore = next(label for label in labels if label.startswith("Restore the Backup of"))
    assert restore.endswith("(2 notes)")
    # Its time as File ▸ Backups shows it, the month in words: never "3 12 2026" or "12/3/26".
    trouble = trouble_at(tmp_path)
    assert trouble.newest_good is not None
    made = QDateTime.fromSecsSinceEpoch(int(trouble.newest_good.backup.created.timestamp()))
    assert (
        restore
        == f"Restore the Backup of {QLocale().toString(made, 'd MMM yyyy, HH:mm')} (2 notes)"
    )
    assert QLocale().monthName(made.date().month(), QLocale.FormatType.ShortFormat) in restore
    assert "Recover What the Files Hold" in labels and "Start With an Empty Library" in labels
    assert dialog.defaultButton().text() == restore  # the best way back first
    assert all(b.accessibleName() for b in [*dialog.choice_buttons, dialog.quit_button])


def test_restoring_the_backup_opens_it_and_keeps_the_damaged_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    damaged = damaged_library(tmp_path, keep_backups=True)
    told = answering(monkeypatch, RecoveryChoice.RESTORE_BACKUP)
    with open_with_recovery(lambda: Workspace(tmp_path)) as workspace:
        bodies = sorted(n.body for n in workspace.notes.list_notes(seed_id(workspace)))
    assert bodies == ["also precious", "precious"]
    [outcome] = told
    assert outcome.set_aside is not None and outcome.set_aside.read_bytes() == damaged


def test_recovering_what_the_files_hold_without_a_backup(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    damaged_library(tmp_path, keep_backups=False)
    told = answering(monkeypatch, RecoveryChoice.RECOVER_FILES)
    with open_with_recovery(lambda: Workspace(tmp_path)) as workspace:
        bodies = sorted(n.body for n in workspace.notes.list_notes(seed_id(workspace)))
    assert bodies == ["also precious", "precious"]
    assert told[0].salvage is not None


def test_quitting_changes_nothing_and_ends_the_app_quietly(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    damaged = damaged_library(tmp_path, keep_backups=True)
    answering(monkeypatch, None)
    code = run_app(data_dir=str(tmp_path), article_slug=None, exit_after_start=False, argv=["x"])
    assert code == 1
    assert (tmp_path / "library.sqlite3").read_bytes() == damaged
    assert not list(tmp_path.glob("*damaged*"))
