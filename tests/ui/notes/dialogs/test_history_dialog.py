from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QTextBrowser
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from serge_desktop.services.note_versions import VERSION_INTERVAL
from serge_desktop.storage import models as m
from serge_desktop.storage.database import write_transaction
from serge_desktop.ui.common.local_time import local_time_text
from serge_desktop.ui.notes.dialogs.history_dialog import HistoryDialog
from serge_desktop.ui.shell.main_window import MainWindow
from tests.ui.note_helpers import announce_notes, note_on, press_redo, press_undo


def age_versions() -> None:
    """Move every kept version back past the interval, as if the reader had paused."""
    with write_transaction(m.database_proxy.obj):
        for version in m.NoteVersion.select():
            version.saved_at -= VERSION_INTERVAL
            version.save()


def note_with_history(window: MainWindow) -> int:
    """A note whose texts were "First", "**Second** thoughts", and now "Third"."""
    note = note_on(window, "he reached Petrograd", body="First")
    notes = window.workspace.notes
    notes.update_body(note_id=note.id, body="**Second** thoughts")  # keeps "First"
    age_versions()
    notes.update_body(note_id=note.id, body="Third")  # keeps "**Second** thoughts"
    announce_notes(window, note.id)
    return note.id


def open_history(window: MainWindow, qtbot: QtBot, note_id: int) -> HistoryDialog:
    dialog = HistoryDialog(
        window.workspace.notes,
        window.undo_stack,
        window.bus,
        note_id=note_id,
        parent=window,
    )
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_versions_are_listed_newest_first_after_the_current_text(
    window: MainWindow, qtbot: QtBot, qtmodeltester: ModelTester
) -> None:
    note_id = note_with_history(window)
    dialog = open_history(window, qtbot, note_id)
    qtmodeltester.check(dialog.model)
    rows = [dialog.model.index(r).data() for r in range(dialog.model.rowCount())]
    # Previews show the words as rendered, without the Markdown marks.
    assert [row.split("\n")[1] for row in rows] == ["Third", "Second thoughts", "First"]
    newest = window.workspace.notes.history(note_id)[0]
    assert rows[1].startswith(local_time_text(newest.saved_at))
    # The newest version is selected and shown rendered, not as Markdown source.
    assert dialog.selected_row() == 1
    assert dialog.text.toPlainText() == "Second thoughts"
    assert dialog.restore_button.isEnabled()
    dialog.select_row(0)
    assert dialog.text.toPlainText() == "Third"
    assert not dialog.restore_button.isEnabled()  # the current text is not a version


def test_restore_a_version_with_enter_and_undo_it(window: MainWindow, qtbot: QtBot) -> None:
    note_id = note_with_history(window)
    window.notes.select_note(note_id)
    dialog = open_history(window, qtbot, note_id)
    dialog.select_row(2)
    with qtbot.waitSignal(dialog.note_restored) as restored:
        qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
    assert restored.args == [note_id]
    notes = window.workspace.notes
    assert notes.get_note(note_id).body == "First"
    assert window.notes.editor.toPlainText() == "First"
    # The text it replaced is kept, so the history offers it back.
    assert notes.history(note_id)[0].body == "Third"
    assert dialog.selected_row() == 0 and dialog.text.toPlainText() == "First"

    press_undo(dialog, qtbot)
    assert notes.get_note(note_id).body == "Third"
    assert window.notes.editor.toPlainText() == "Third"
    assert dialog.model.index(0).data().endswith("\nThird")  # the dialog follows the stack
    press_redo(dialog, qtbot)
    assert notes.get_note(note_id).body == "First"


def test_a_note_without_versions_says_so(window: MainWindow, qtbot: QtBot) -> None:
    note = note_on(window, "he reached Petrograd", body="Only text")
    dialog = open_history(window, qtbot, note.id)
    assert dialog.model.rowCount() == 1
    assert dialog.status.text() == "This note has no earlier versions yet."
    assert not dialog.restore_button.isEnabled()
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)  # nothing to restore: nothing happens
    assert not window.undo_stack.canUndo()


def test_a_version_gone_meanwhile_is_reported(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    note_id = note_with_history(window)
    errors: list[str] = []
    monkeypatch.setattr(
        HistoryDialog,
        "show_error",
        classmethod(lambda _cls, _p, _t, message: errors.append(message)),
    )
    dialog = open_history(window, qtbot, note_id)
    with write_transaction(m.database_proxy.obj):
        m.NoteVersion.delete().execute()
    dialog.restore_selected()
    assert errors == ["It is no longer in the library."]
    assert not window.undo_stack.canUndo()


def test_escape_closes_and_every_control_is_named(window: MainWindow, qtbot: QtBot) -> None:
    dialog = open_history(window, qtbot, note_with_history(window))
    controls = dialog.findChildren(QAbstractButton) + dialog.findChildren(QAbstractItemView)
    for control in [*controls, *dialog.findChildren(QTextBrowser)]:
        assert control.accessibleName() or not control.isVisibleTo(dialog), control
    qtbot.keyClick(dialog.list, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_times_are_shown_in_the_local_zone() -> None:
    moment = dt.datetime(2026, 1, 2, 3, 4, tzinfo=dt.UTC)
    assert local_time_text(moment) == local_time_text(moment.replace(tzinfo=None))
    assert local_time_text(moment) == local_time_text(moment.astimezone())


def test_an_earlier_text_with_html_is_shown_as_typed_not_interpreted(
    window: MainWindow, qtbot: QtBot
) -> None:
    note = note_on(window, "he reached Petrograd", body="<b>bold</b> <img src='/etc/hostname'>")
    window.workspace.notes.update_body(note_id=note.id, body="Now plain")
    announce_notes(window, note.id)
    dialog = open_history(window, qtbot, note.id)
    dialog.select_row(1)
    assert dialog.text.toPlainText() == "<b>bold</b> <img src='/etc/hostname'>"
