"""Quitting right after typing saves the text, and nothing runs against the closed library."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from serge_desktop.services.changes import Changes
from serge_desktop.services.workspace import Workspace
from serge_desktop.ui.shell.main_window import MainWindow
from serge_desktop.ui.startup.app import run_app
from tests.services.seed_notes import seed_id


def test_typing_then_quitting_saves_and_leaves_no_window_on_a_closed_library(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    def type_then_quit() -> None:
        [window] = [w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow)]
        article = window.current_article()
        assert article is not None
        start = article.body.index("Victor Serge")
        note = window.workspace.notes.create_note(
            article_id=article.id, revision_id=article.revision_id, start=start,
            end=start + len("Victor Serge"),
        )  # fmt: skip
        window.bus.changed.emit(Changes(notes=True, note_id=note.id))
        window.notes.activate_note(note.id)
        window.notes.editor.insertPlainText("typed a moment before quitting")
        QTimer.singleShot(0, qapp.quit)  # before the autosave's pause is over

    QTimer.singleShot(0, type_then_quit)
    code = run_app(data_dir=str(tmp_path), article_slug=None, exit_after_start=False, argv=["x"])
    assert code == 0
    # The window went while its library was open: no slot of it can run against a closed one.
    assert not [w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow)]
    with Workspace(tmp_path) as workspace:
        bodies = [n.body for n in workspace.notes.list_notes(seed_id(workspace))]
    assert bodies == ["typed a moment before quitting"]
