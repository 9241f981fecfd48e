"""The curated sidecar's note on a date: in the event's editor and tooltip, edited undoably."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from serge_desktop.ui.shell.main_window import MainWindow
from serge_desktop.ui.timeline.captions import event_tooltip
from tests.ui.features.timeline_editing.test_event_editing import editing_of, open_editor, pick

BORN = "Born Victor Lvovich Kibalchich on 30 December 1890, to Russian exiles."


def test_the_sidecars_note_is_shown_and_edited_with_its_event(
    window: MainWindow, qtbot: QtBot
) -> None:
    [born] = [e for e in window.timeline.events() if e.label == "Born in Brussels"]
    assert born.description == BORN
    assert BORN in event_tooltip(born)
    editing = editing_of(window)
    pick(window, born.id)
    editing.edit_event.trigger()
    editor = open_editor(editing)
    assert editor.description_field.toPlainText() == BORN  # the event's details show it
    editor.description_field.setPlainText(BORN + " His parents had fled the Tsar.")
    editor.ok_button().click()
    qtbot.waitUntil(lambda: editing.editor is None or not editing.editor.isVisible())

    def described() -> str:
        return next(e.description for e in window.timeline.events() if e.id == born.id)

    assert described() == BORN + " His parents had fled the Tsar."
    # Ctrl+K finds the event by what is said of it.
    assert [hit.event_id for hit in window.workspace.search.search("Tsar").events] == [born.id]
    window.undo_stack.undo()
    assert described() == BORN
    # An edit that leaves the note alone keeps it (the label changed only).
    pick(window, born.id)
    editing.edit_event.trigger()
    editor = open_editor(editing)
    editor.label_field.setText("Born in Brussels, 1890")
    editor.ok_button().click()
    assert described() == BORN
