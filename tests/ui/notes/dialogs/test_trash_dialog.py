from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from serge_desktop.services.errors import NotFoundError
from serge_desktop.ui.notes.dialogs.trash_dialog import TrashDialog
from serge_desktop.ui.notes.dialogs.trash_model import DELETED_ROLE, QUOTE_ROLE
from serge_desktop.ui.shell.main_window import MainWindow
from tests.ui.note_helpers import (
    note_editing,
    note_on,
    pane_note_ids,
    press_redo,
    press_undo,
)


def open_trash(window: MainWindow, qtbot: QtBot, *, every_article: bool = False) -> TrashDialog:
    article = window.current_article()
    assert article is not None
    dialog = TrashDialog(
        window.workspace.notes,
        window.undo_stack,
        window.bus,
        article_id=None if every_article else article.id,
        headlines={article.id: article.headline},
        parent=window,
    )
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def trashed_notes(window: MainWindow) -> list[int]:
    first = note_on(window, "he reached Petrograd", body="Arrival, **January** 1919")
    second = note_on(window, "he joined the Communist Party")
    for note in (first, second):
        note_editing(window).delete_note(note.id)
    return [first.id, second.id]


def test_trash_model_passes_the_model_tester(
    window: MainWindow, qtbot: QtBot, qtmodeltester: ModelTester
) -> None:
    trashed_notes(window)
    dialog = open_trash(window, qtbot)
    qtmodeltester.check(dialog.model)
    # The most recently deleted first, each with its quote and when it went.
    assert dialog.model.index(0).data(QUOTE_ROLE) == "he joined the Communist Party"
    assert dialog.model.index(0).data(DELETED_ROLE).startswith("Deleted ")


def test_enter_restores_the_selected_notes_and_undo_trashes_them_again(
    window: MainWindow, qtbot: QtBot
) -> None:
    note_ids = trashed_notes(window)
    dialog = open_trash(window, qtbot)
    assert dialog.model.rowCount() == 2
    dialog.list.selectAll()
    with qtbot.waitSignal(dialog.notes_changed):
        qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
    assert dialog.model.rowCount() == 0
    assert window.workspace.notes.list_trash() == []
    assert set(note_ids) <= pane_note_ids(window)
    assert window.undo_stack.undoText() == "Restore from trash"

    press_undo(dialog.list, qtbot)
    assert dialog.model.rowCount() == 2  # the dialog follows the undo stack
    assert not set(note_ids) & pane_note_ids(window)
    press_redo(dialog.list, qtbot)
    assert set(note_ids) <= pane_note_ids(window)


def test_restore_takes_only_the_selected_note(window: MainWindow, qtbot: QtBot) -> None:
    first, second = trashed_notes(window)
    dialog = open_trash(window, qtbot)
    dialog.list.setCurrentIndex(dialog.model.index(1))  # the first deleted is listed last
    dialog.restore_button.click()
    assert [note.id for note in window.workspace.notes.list_trash()] == [second]
    assert window.notes.current_note_id() == first


def test_empty_trash_asks_first_and_does_nothing_when_refused(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    note_ids = trashed_notes(window)
    asked: list[int] = []

    def refuse(_parent: QWidget, count: int) -> bool:
        asked.append(count)
        return False

    monkeypatch.setattr(TrashDialog, "confirm_empty", classmethod(lambda _cls, p, n: refuse(p, n)))
    dialog = open_trash(window, qtbot)
    dialog.empty_button.click()
    assert asked == [2]
    assert len(window.workspace.notes.list_trash()) == 2

    monkeypatch.setattr(TrashDialog, "confirm_empty", classmethod(lambda _cls, _p, _n: True))
    with qtbot.waitSignal(dialog.notes_changed):
        dialog.empty_button.click()
    assert window.workspace.notes.list_trash() == []
    with pytest.raises(NotFoundError):
        window.workspace.notes.get_note(note_ids[0])
    # Deleting for good cannot be undone, and the deletions before it no longer can be either.
    assert not window.undo_stack.canUndo()
    assert not dialog.empty_button.isEnabled()
    assert dialog.status.text() == "Deleted for good: 2."


def test_every_article_shows_where_each_note_was(window: MainWindow, qtbot: QtBot) -> None:
    trashed_notes(window)
    dialog = open_trash(window, qtbot)
    article = window.current_article()
    assert article is not None
    assert article.headline not in dialog.model.index(0).data(DELETED_ROLE)
    dialog.all_articles.setChecked(True)
    assert dialog.model.rowCount() == 2
    assert article.headline in dialog.model.index(0).data(DELETED_ROLE)


def test_a_note_deleted_for_good_meanwhile_is_reported(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    trashed_notes(window)
    errors: list[str] = []
    monkeypatch.setattr(
        TrashDialog, "show_error", classmethod(lambda _cls, _p, _t, message: errors.append(message))
    )
    dialog = open_trash(window, qtbot)
    dialog.list.selectAll()
    window.workspace.notes.empty_trash()  # the command line, say, emptied it meanwhile
    steps = window.undo_stack.count()
    dialog.restore_selected()
    assert errors == ["It is no longer in the library."]
    assert window.undo_stack.count() == steps
    assert dialog.model.rowCount() == 0


def test_escape_closes_and_every_control_is_named(window: MainWindow, qtbot: QtBot) -> None:
    dialog = open_trash(window, qtbot)
    assert dialog.status.text() == "The trash is empty."
    assert not dialog.restore_button.isEnabled()
    for control in dialog.findChildren(QAbstractButton) + dialog.findChildren(QAbstractItemView):
        assert control.accessibleName() or not control.isVisibleTo(dialog), control
    qtbot.keyClick(dialog.list, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
