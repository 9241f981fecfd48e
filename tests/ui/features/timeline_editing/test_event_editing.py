"""Adding, editing and deleting events in the window, undone and redone; "Add to Timeline"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from serge_desktop.services.changes import Changes
from serge_desktop.ui.features.timeline_editing.editing import TimelineEditing
from serge_desktop.ui.shell.main_window import MainWindow
from serge_desktop.ui.timeline.editing.editor import EventEditor

PETROGRAD = "In January 1919 he reached Petrograd."


def editing_of(window: MainWindow) -> TimelineEditing:
    return next(f for f in window.features if isinstance(f, TimelineEditing))


def open_editor(editing: TimelineEditing) -> EventEditor:
    assert editing.editor is not None and editing.editor.isVisible()
    return editing.editor


def pick(window: MainWindow, event_id: int) -> None:
    """Select an event as the user does on the canvas."""
    window.timeline.view.select_event(event_id)
    window.timeline.view.event_selected.emit(event_id)


def ids_shown(window: MainWindow, editing: TimelineEditing) -> tuple[set[int], set[int]]:
    """The events the canvas draws and those the table lists."""
    table = editing.twin.table.source
    listed = {table.event_at(row).id for row in range(table.rowCount())}
    return set(window.timeline.view.marker_rects()), listed


def test_add_edit_delete_each_undone_and_redone(window: MainWindow, qtbot: QtBot) -> None:
    editing = editing_of(window)
    before = {e.id for e in window.events()}
    editing.add_event.trigger()
    editor = open_editor(editing)
    assert not editor.ok_button().isEnabled()
    qtbot.keyClicks(editor.label_field, "Sails for Mexico")
    qtbot.keyClicks(editor.date_field, "March 1941")
    editor.category.setCurrentIndex(editor.category.findData("exile"))
    qtbot.mouseClick(editor.ok_button(), Qt.MouseButton.LeftButton)
    [added] = [e for e in window.events() if e.id not in before]
    assert (added.edtf, added.date_text, added.category) == ("1941-03", "March 1941", "exile")
    assert not added.is_placed  # no passage was selected
    assert all(added.id in shown for shown in ids_shown(window, editing))
    assert window.timeline.view.selected_event_id() == added.id

    window.undo_stack.undo()
    assert added.id not in {e.id for e in window.events()}
    assert not any(added.id in shown for shown in ids_shown(window, editing))
    window.undo_stack.redo()
    assert added.id in {e.id for e in window.events()}  # the same id again
    assert all(added.id in shown for shown in ids_shown(window, editing))

    editing.edit_event.trigger()
    editor = open_editor(editing)
    assert editor.date_field.text() == "March 1941"
    editor.label_field.setText("Sails from Marseille for Mexico")
    editor.accept()
    [edited] = [e for e in window.events() if e.id == added.id]
    assert edited.label == "Sails from Marseille for Mexico"
    table = editing.twin.table.source
    row = table.row_of(added.id)
    assert row is not None and table.event_at(row).label == "Sails from Marseille for Mexico"
    window.undo_stack.undo()
    assert [e.label for e in window.events() if e.id == added.id] == ["Sails for Mexico"]
    window.undo_stack.redo()

    pick(window, added.id)
    editing.delete_event.trigger()
    assert added.id not in {e.id for e in window.events()}
    assert "Undo" in window.statusBar().currentMessage()
    window.undo_stack.undo()
    assert [e.label for e in window.events() if e.id == added.id] == [
        "Sails from Marseille for Mexico"
    ]


def test_deleting_a_curated_event_keeps_its_notes_and_undo_gives_them_back(
    window: MainWindow,
) -> None:
    editing = editing_of(window)
    article = window.current_article()
    assert article is not None
    event = window.events()[0]
    note = window.workspace.notes.create_note_about(article_id=article.id, event_id=event.id)
    window.timeline.reload()
    pick(window, event.id)
    editing.delete_event.trigger()
    assert window.workspace.notes.get_note(note.id).event_id is None
    window.undo_stack.undo()
    assert window.workspace.notes.get_note(note.id).event_id == event.id
    [back] = [e for e in window.events() if e.id == event.id]
    assert back.note_count == 1


def test_edit_and_delete_need_a_selected_event(window: MainWindow) -> None:
    editing = editing_of(window)
    window.timeline.view.select_event(None)
    window.bus.announce(Changes(events=True))  # as after any change to the events
    assert not editing.edit_event.isEnabled() and not editing.delete_event.isEnabled()
    first = window.events()[0].id
    pick(window, first)
    assert editing.edit_event.isEnabled() and editing.delete_event.isEnabled()


# A popup menu on the offscreen platform: it cannot raise itself or grab the keyboard.
@pytest.mark.qt_log_ignore("This plugin does not support")
def test_add_to_timeline_on_a_sentence_reads_its_date(window: MainWindow, qtbot: QtBot) -> None:
    editing = editing_of(window)
    reader = window.reader
    article = window.current_article()
    assert article is not None
    start = article.body.index(PETROGRAD)
    reader.show_span(start, start + len(PETROGRAD))
    reader.select_span(start + 20, start + 21)  # to find where the sentence is drawn
    cursor = reader.textCursor()
    cursor.clearSelection()
    reader.setTextCursor(cursor)
    point = reader.cursorRect(cursor).center()

    def choose_add_to_timeline() -> None:
        menu = QApplication.activePopupWidget()
        assert menu is not None
        [action] = [a for a in menu.actions() if a is editing.add_to_timeline]
        menu.close()
        action.trigger()

    QTimer.singleShot(50, choose_add_to_timeline)
    global_point = reader.viewport().mapToGlobal(point)
    menu_event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, global_point)
    QApplication.sendEvent(reader.viewport(), menu_event)
    qtbot.waitUntil(lambda: editing.editor is not None and editing.editor.isVisible())
    editor = open_editor(editing)
    reading = editor.phrase()
    assert reading is not None and reading.edtf == "1919-01"
    assert editor.evidence.toPlainText() == PETROGRAD
    assert editor.label_field.text() == "He reached Petrograd"
    assert "1919-01" in editor.reading.text()
    editor.accept()
    [made] = [e for e in window.events() if e.quote == PETROGRAD and e.label.startswith("He")]
    assert made.is_placed and made.date_text == "In January 1919" and not made.is_context


def test_a_sentence_without_a_date_opens_with_a_hint(window: MainWindow) -> None:
    editing = editing_of(window)
    article = window.current_article()
    assert article is not None
    sentence = "But a vigorous campaign was mounted in France for his release."
    start = article.body.index(sentence)
    window.reader.select_span(start, start + len(sentence))
    editing.add_to_timeline.trigger()
    editor = open_editor(editing)
    assert editor.date_field.text() == "" and not editor.ok_button().isEnabled()
    assert "No date found" in editor.reading.text()
    assert editor.evidence.toPlainText() == sentence
    editor.reject()


def test_a_refused_change_is_explained_and_leaves_no_step(window: MainWindow) -> None:
    editing = editing_of(window)
    shown: list[str] = []
    window.show_error = lambda title, message: shown.append(message)  # type: ignore[method-assign]
    event = window.events()[0]
    pick(window, event.id)
    window.workspace.timeline.delete_event(event_id=event.id)  # gone behind the window's back
    steps = window.undo_stack.count()
    editing.delete_event.trigger()
    assert shown == ["It is no longer in the library."]
    assert window.undo_stack.count() == steps


def test_the_delete_key_deletes_the_selected_event_only_on_the_timeline(
    window: MainWindow, qtbot: QtBot
) -> None:
    event = window.events()[2]
    pick(window, event.id)
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_Delete)
    assert event.id in {e.id for e in window.events()}  # the key belongs to the reader there
    window.timeline.view.setFocus()
    qtbot.keyClick(window.timeline.view, Qt.Key.Key_Delete)
    assert event.id not in {e.id for e in window.events()}
    window.undo_stack.undo()
    assert event.id in {e.id for e in window.events()}
