"""Suggested events reviewed in the window: accept (one, or all as one undo step), dismiss."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from serge_desktop.ui.features.timeline_editing.editing import TimelineEditing
from serge_desktop.ui.shell.main_window import MainWindow
from serge_desktop.ui.timeline.editing.suggestions_dialog import SuggestionsDialog


def editing_of(window: MainWindow) -> TimelineEditing:
    return next(f for f in window.features if isinstance(f, TimelineEditing))


def open_review(window: MainWindow, *dates: str) -> SuggestionsDialog:
    """Delete the curated events of these dates, so that their sentences are suggested again."""
    for event in window.events():
        if event.edtf in dates:
            window.workspace.timeline.delete_event(event_id=event.id)
    window.timeline.reload()
    editing = editing_of(window)
    editing.suggest.trigger()
    assert editing.review.dialog is not None
    return editing.review.dialog


def labels(dialog: SuggestionsDialog) -> list[str]:
    return [dialog.reviewed(row)[1] for row in range(dialog.list.rowCount())]


def test_accept_an_edited_label_then_dismiss_and_undo(window: MainWindow, qtbot: QtBot) -> None:
    dialog = open_review(window, "1919-01", "1947")
    assert labels(dialog) == ["He reached Petrograd", "He died of a heart attack"]
    date, label = dialog.list.item(0, 0), dialog.list.item(0, 1)
    assert date is not None and label is not None
    assert date.text() == "January 1919"
    label.setText("Reaches Petrograd at last")
    dialog.list.setCurrentCell(0, 1)
    said: list[str] = []
    window.bus.spoken.connect(said.append)
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    assert said == ["Event added: Reaches Petrograd at last, January 1919."]
    made = [e for e in window.events() if e.label == "Reaches Petrograd at last"]
    assert len(made) == 1 and made[0].edtf == "1919-01" and made[0].is_placed
    assert made[0].quote == "In January 1919 he reached Petrograd."
    assert labels(dialog) == ["He died of a heart attack"]

    qtbot.mouseClick(dialog.dismiss_button, Qt.MouseButton.LeftButton)
    assert labels(dialog) == []
    assert not dialog.accept_all_button.isEnabled()
    article = window.current_article()
    assert article is not None
    assert len(window.workspace.timeline.dismissed_suggestions(article.id)) == 1
    window.undo_stack.undo()  # the dismissal
    dialog.reload()
    assert labels(dialog) == ["He died of a heart attack"]


def test_accept_all_is_one_undo_step(window: MainWindow, qtbot: QtBot) -> None:
    dialog = open_review(window, "1919-01", "1919-05", "1947")
    before = len(window.events())
    steps = window.undo_stack.count()
    said: list[str] = []
    window.bus.spoken.connect(said.append)
    qtbot.mouseClick(dialog.accept_all_button, Qt.MouseButton.LeftButton)
    assert len(window.events()) == before + 3
    assert said == ["3 suggested events added."]  # one sentence, not one per event
    assert window.undo_stack.count() == steps + 1
    assert labels(dialog) == []
    window.undo_stack.undo()
    assert len(window.events()) == before
    dialog.reload()
    assert len(labels(dialog)) == 3


def test_edit_opens_the_editor_with_the_suggestion(window: MainWindow) -> None:
    dialog = open_review(window, "1919-05")
    dialog.list.setCurrentCell(0, 1)
    dialog.edit_button.click()
    editor = editing_of(window).editor
    assert editor is not None
    reading = editor.phrase()
    assert reading is not None and reading.edtf == "1919-05"  # "that year" read from the text
    assert editor.label_field.text() == "He joined the Communist Party"
    editor.accept()
    assert any(e.label == "He joined the Communist Party" for e in window.events())
    assert labels(dialog) == []
