"""After a clean close the window opens at once and checks the library in the background.

It speaks only when the check finds something: index damage can be repaired at once, losing
nothing; other damage is explained, and the next start checks before opening (issue 18).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from serge_desktop.services.maintenance import HealthReport
from serge_desktop.services.workspace import Workspace
from serge_desktop.storage.clean_close import marker_path, record_clean_close
from serge_desktop.ui.shell.main_window import MainWindow
from serge_desktop.ui.startup import background_check
from serge_desktop.ui.startup.app import prepare_application
from serge_desktop.ui.startup.background_check import LibraryChecker, RepairPrompt
from serge_desktop.ui.startup.window_opening import dispose_window, open_window
from tests.faults.cli_runs import integrity
from tests.faults.index_damage import drop_index_entries
from tests.services.seed_notes import note_on, seed_id
from tests.storage.damage import damage_middle_page


def closed_cleanly_but_damaged(data: Path, damage: object) -> Path:
    """A library closed cleanly, then damaged as a failing disk would: its stamp unchanged."""
    with Workspace(data) as workspace:
        note_on(workspace, "Victor Serge", body="kept")
    path = data / "library.sqlite3"
    assert callable(damage)
    damage(path)
    record_clean_close(path)  # bit rot leaves size, time and inode as they were
    return path


def run_check(qtbot: QtBot, workspace: Workspace, window: MainWindow) -> HealthReport | None:
    checker = LibraryChecker(workspace, window, flush=window.notes.flush)
    with qtbot.waitSignal(checker.checked, timeout=30_000) as done:
        checker.start()
    report = done.args[0]
    assert report is None or isinstance(report, HealthReport)
    return report


def test_a_sound_library_is_checked_in_silence(qtbot: QtBot, tmp_path: Path) -> None:
    Workspace(tmp_path).close()
    prepare_application(QApplication.instance())  # type: ignore[arg-type]
    with Workspace(tmp_path) as workspace:
        window = MainWindow(workspace)
        qtbot.addWidget(window)
        assert workspace.startup_check_skipped
        report = run_check(qtbot, workspace, window)
        assert report is not None and report.ok
    assert marker_path(tmp_path / "library.sqlite3").is_file()  # still trusted next time


def test_index_damage_found_in_the_background_is_repaired_when_the_reader_agrees(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = closed_cleanly_but_damaged(tmp_path, drop_index_entries)
    asked: list[HealthReport] = []
    monkeypatch.setattr(
        RepairPrompt, "ask", classmethod(lambda cls, r, _p=None: asked.append(r) or True)
    )
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    prepare_application(QApplication.instance())  # type: ignore[arg-type]
    with Workspace(tmp_path) as workspace:
        window = MainWindow(workspace)
        qtbot.addWidget(window)
        report = run_check(qtbot, workspace, window)
        assert report is not None and report.repairable_in_place and asked
        assert "The library is repaired" in told[0]
        assert integrity(path) == "ok"
        bodies = sorted(n.body for n in workspace.notes.list_notes(seed_id(workspace)))
    assert bodies == ["kept", "not in the index"]


def test_other_damage_is_explained_and_the_next_start_checks_first(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = closed_cleanly_but_damaged(tmp_path, damage_middle_page)
    shown: list[HealthReport] = []

    class Box:
        def exec(self) -> int:
            return 0

    monkeypatch.setattr(background_check, "damage_box", lambda r, _p=None: shown.append(r) or Box())
    prepare_application(QApplication.instance())  # type: ignore[arg-type]
    with Workspace(tmp_path) as workspace:  # damage the quick check would have found
        window = MainWindow(workspace)
        qtbot.addWidget(window)
        report = run_check(qtbot, workspace, window)
        assert report is not None and not report.ok and not report.repairable_in_place
        assert shown
        window.close()
    assert not marker_path(path).exists()  # the next start runs its check before opening


def test_stopping_interrupts_the_check(qtbot: QtBot, tmp_path: Path) -> None:
    Workspace(tmp_path).close()
    prepare_application(QApplication.instance())  # type: ignore[arg-type]
    with Workspace(tmp_path) as workspace:
        window = MainWindow(workspace)
        qtbot.addWidget(window)
        checker = LibraryChecker(workspace, window, flush=window.notes.flush)
        checker.start()
        checker.stop()  # returns once the thread has ended: the window may go
        assert checker.report is None or checker.report.ok


def test_an_ordinary_window_checks_its_library_once_painted(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    # The control for the guest session's test, which has no checker: the same open_window
    # gives an ordinary start one.
    Workspace(tmp_path).close()
    prepare_application(qapp)
    with Workspace(tmp_path) as workspace:
        window = open_window(qapp, workspace, None, exit_after_start=False)
        try:
            [checker] = window.findChildren(LibraryChecker)
            with qtbot.waitSignal(checker.checked, timeout=30_000):
                window.repaint()
            assert checker.report is not None and checker.report.ok
        finally:
            dispose_window(qapp, window)
