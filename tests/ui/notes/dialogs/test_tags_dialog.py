from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from serge_desktop.services.errors import EmptyTagError, TagTooLongError
from serge_desktop.ui.common.error_messages import describe_error
from serge_desktop.ui.notes.dialogs.tags_dialog import TagsDialog
from serge_desktop.ui.notes.dialogs.tags_model import NAME_COLUMN, NOTES_COLUMN
from serge_desktop.ui.notes.tag_commands import SetNoteTagsCommand
from serge_desktop.ui.shell.main_window import MainWindow
from tests.ui.note_helpers import note_editing, note_on, press_redo, press_undo


def replace(monkeypatch: pytest.MonkeyPatch, name: str, answer: Callable[..., Any]) -> None:
    """Replace one of the dialog's questions with an answer given without a person."""
    monkeypatch.setattr(TagsDialog, name, classmethod(lambda _cls, _parent, *a: answer(*a)))


def tagged_notes(window: MainWindow) -> tuple[int, int]:
    first = note_on(window, "he reached Petrograd", tags=["exile", "Russia"])
    second = note_on(window, "he joined the Communist Party", tags=["exile"])
    return first.id, second.id


def open_tags(window: MainWindow, qtbot: QtBot) -> TagsDialog:
    dialog = TagsDialog(window.workspace.tags, window.undo_stack, window.bus, parent=window)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def counts(dialog: TagsDialog) -> dict[str, int]:
    model = dialog.model
    return {
        model.index(r, NAME_COLUMN).data(): model.index(r, NOTES_COLUMN).data()
        for r in range(model.rowCount())
    }


def select(dialog: TagsDialog, name: str) -> None:
    row = dialog.model.row_of(name)
    assert row is not None
    dialog.view.setCurrentIndex(dialog.model.index(row, NAME_COLUMN))


def tags_of(window: MainWindow, note_id: int) -> tuple[str, ...]:
    return window.workspace.notes.get_note(note_id).tags


def test_tags_model_passes_the_model_tester(
    window: MainWindow, qtbot: QtBot, qtmodeltester: ModelTester
) -> None:
    tagged_notes(window)
    dialog = open_tags(window, qtbot)
    qtmodeltester.check(dialog.model)
    assert counts(dialog) == {"exile": 2, "Russia": 1}


def test_rename_and_undo(window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    first, _second = tagged_notes(window)
    replace(monkeypatch, "ask_new_name", lambda name: f"  {name.title()}s ")
    dialog = open_tags(window, qtbot)
    select(dialog, "exile")
    with qtbot.waitSignal(dialog.tags_changed):
        dialog.rename_button.click()
    assert counts(dialog) == {"Exiles": 2, "Russia": 1}
    assert dialog.selected_name() == "Exiles"
    assert tags_of(window, first) == ("Exiles", "Russia")
    pane_tags = {t for note in window.notes.model.notes() for t in note.tags}
    assert pane_tags == {"Exiles", "Russia"}  # the window was refreshed
    press_undo(dialog, qtbot)
    assert counts(dialog) == {"exile": 2, "Russia": 1}
    press_redo(dialog, qtbot)
    assert tags_of(window, first) == ("Exiles", "Russia")


def test_renaming_onto_another_tag_asks_then_merges(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = tagged_notes(window)
    asked: list[tuple[str, str]] = []
    answers = [False, True]

    def confirm(name: str, into: str) -> bool:
        asked.append((name, into))
        return answers.pop(0)

    replace(monkeypatch, "ask_new_name", lambda _name: "russia")
    replace(monkeypatch, "confirm_merge", confirm)
    dialog = open_tags(window, qtbot)
    select(dialog, "exile")
    dialog.rename_selected()  # refused: nothing changes
    assert counts(dialog) == {"exile": 2, "Russia": 1}
    assert not window.undo_stack.canUndo()
    dialog.rename_selected()
    assert asked == [("exile", "Russia"), ("exile", "Russia")]
    assert counts(dialog) == {"Russia": 2}
    assert tags_of(window, second) == ("Russia",)
    press_undo(dialog, qtbot)  # exile comes back, and Russia leaves the note that did not have it
    assert counts(dialog) == {"exile": 2, "Russia": 1}
    assert tags_of(window, first) == ("exile", "Russia")
    assert tags_of(window, second) == ("exile",)


def test_a_change_of_case_is_a_rename_not_a_merge(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    tagged_notes(window)
    replace(monkeypatch, "ask_new_name", lambda _name: "Exile")
    replace(monkeypatch, "confirm_merge", lambda *_a: pytest.fail("not a merge"))
    dialog = open_tags(window, qtbot)
    select(dialog, "exile")
    dialog.rename_selected()
    assert counts(dialog) == {"Exile": 2, "Russia": 1}


def test_merge_into_a_chosen_tag_and_undo(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = tagged_notes(window)
    offered: list[list[str]] = []

    def choose(name: str, others: list[str]) -> str:
        offered.append(others)
        return "exile"

    replace(monkeypatch, "choose_merge_target", choose)
    dialog = open_tags(window, qtbot)
    select(dialog, "Russia")
    dialog.merge_button.click()
    assert offered == [["exile"]]
    assert counts(dialog) == {"exile": 2}
    assert window.undo_stack.undoText() == "Merge tag “Russia” into “exile”"
    press_undo(dialog, qtbot)
    assert tags_of(window, first) == ("exile", "Russia")
    assert tags_of(window, second) == ("exile",)


def test_delete_key_deletes_from_every_note_and_undo_puts_it_back(
    window: MainWindow, qtbot: QtBot
) -> None:
    first, second = tagged_notes(window)
    note_editing(window).delete_note(
        second
    )  # a note in the trash loses the tag too, and gets it back
    dialog = open_tags(window, qtbot)
    select(dialog, "exile")
    dialog.view.setFocus()
    with qtbot.waitSignal(dialog.tags_changed):
        qtbot.keyClick(dialog.view, Qt.Key.Key_Delete)
    assert counts(dialog) == {"Russia": 1}
    assert tags_of(window, first) == ("Russia",)
    assert "“exile”" in dialog.status.text()
    press_undo(dialog, qtbot)
    assert counts(dialog) == {"exile": 1, "Russia": 1}
    window.workspace.notes.restore_note(note_id=second)
    assert tags_of(window, second) == ("exile",)


def test_bad_names_are_explained_and_nothing_is_written(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    tagged_notes(window)
    errors: list[str] = []
    names = ["   ", "x" * 65]
    replace(monkeypatch, "ask_new_name", lambda _name: names.pop(0))
    replace(monkeypatch, "show_error", lambda _title, message: errors.append(message))
    dialog = open_tags(window, qtbot)
    select(dialog, "exile")
    dialog.rename_selected()
    dialog.rename_selected()
    too_long = TagTooLongError("x" * 65, 64)
    assert errors == [describe_error(EmptyTagError()), describe_error(too_long)]
    assert errors[1] == "A tag may have 64 characters; this one has 65. Shorten it."
    assert counts(dialog) == {"exile": 2, "Russia": 1}
    assert not window.undo_stack.canUndo()


def test_cancelled_questions_change_nothing(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    tagged_notes(window)
    replace(monkeypatch, "ask_new_name", lambda _name: None)
    replace(monkeypatch, "choose_merge_target", lambda _name, _others: None)
    dialog = open_tags(window, qtbot)
    dialog.rename_selected()
    dialog.merge_selected()
    assert not window.undo_stack.canUndo()


def test_set_note_tags_and_undo_drops_the_tags_it_created(window: MainWindow) -> None:
    first, _second = tagged_notes(window)
    tags = window.workspace.tags
    command = SetNoteTagsCommand(tags, window.bus, note_id=first, names=["exile", "Petrograd"])
    window.undo_stack.push(command)
    assert tags_of(window, first) == ("exile", "Petrograd")
    assert window.notes.current_note_id() == first
    window.undo()
    assert tags_of(window, first) == ("exile", "Russia")
    assert [t.name for t in tags.list_tags()] == ["exile", "Russia"]  # "Petrograd" went
    window.redo()
    assert tags_of(window, first) == ("exile", "Petrograd")


def test_set_note_tags_that_change_nothing_or_fail_leave_no_undo_step(
    window: MainWindow,
) -> None:
    first, _second = tagged_notes(window)
    same = SetNoteTagsCommand(
        window.workspace.tags, window.bus, note_id=first, names=["russia", "exile"]
    )
    window.undo_stack.push(same)
    bad = SetNoteTagsCommand(window.workspace.tags, window.bus, note_id=first, names=["  "])
    window.undo_stack.push(bad)
    assert isinstance(bad.error, EmptyTagError)
    assert not window.undo_stack.canUndo()
    assert tags_of(window, first) == ("exile", "Russia")


def test_escape_closes_and_every_control_is_named(window: MainWindow, qtbot: QtBot) -> None:
    dialog = open_tags(window, qtbot)
    assert dialog.status.text().startswith("No tags yet.")
    assert not dialog.rename_button.isEnabled() and not dialog.merge_button.isEnabled()
    for control in dialog.findChildren(QAbstractButton) + dialog.findChildren(QAbstractItemView):
        assert control.accessibleName() or not control.isVisibleTo(dialog), control
    qtbot.keyClick(dialog.view, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
