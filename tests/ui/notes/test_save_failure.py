"""When the library cannot be written, typed text stays on screen and is saved later."""

from __future__ import annotations

import sqlite3

from pytestqt.qtbot import QtBot

from serge_desktop.ui.shell.main_window import MainWindow
from tests.ui.note_helpers import note_editing


def test_typing_survives_a_locked_library(window: MainWindow, qtbot: QtBot) -> None:
    article = window.current_article()
    assert article is not None
    window.reader.select_span(0, 12)
    note_editing(window).add_note()
    note_id = window.notes.current_note_id()
    assert note_id is not None
    # Another program holds the write lock; wait only briefly for it in this test.
    window.workspace.notes._db.execute_sql("PRAGMA busy_timeout = 50")  # type: ignore[no-untyped-call]
    holder = sqlite3.connect(window.workspace.database_path, isolation_level=None)
    try:
        holder.execute("BEGIN IMMEDIATE")
        qtbot.keyClicks(window.notes.editor, "Written while locked")
        assert window.notes.flush() is False
        assert window.notes.editor.toPlainText() == "Written while locked"
        assert window.notes.save_state.text().startswith("Not saved")
        assert window.notes.saving.autosave.isActive()  # it will try again by itself
        asked: list[bool] = []

        def keep_open() -> bool:
            asked.append(True)
            return False

        window.confirm_close_without_saving = keep_open  # type: ignore[method-assign]
        window.close()
        assert asked and window.isVisible()  # the window stayed open to keep the text
    finally:
        holder.execute("COMMIT")
        holder.close()
    assert window.notes.flush() is True
    assert window.workspace.notes.get_note(note_id).body == "Written while locked"
