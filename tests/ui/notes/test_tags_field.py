from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from serge_desktop.ui.notes.tags_field import split_tags
from serge_desktop.ui.shell.main_window import MainWindow
from tests.ui.note_helpers import note_editing


def test_split_tags_trims_and_drops_repeats() -> None:
    assert split_tags(" russia,  civil   war ,,Russia, ") == ["russia", "civil war"]


def test_typing_tags_saves_them_with_undo_and_completes_known_ones(
    window: MainWindow, qtbot: QtBot
) -> None:
    article = window.current_article()
    assert article is not None
    start = article.body.index("he reached Petrograd")
    window.reader.select_span(start, start + len("he reached Petrograd"))
    note_editing(window).add_note()
    note_id = window.notes.current_note_id()
    assert note_id is not None
    field = window.notes.tags_field
    field.setFocus()
    qtbot.keyClicks(field, "Russia, civil war")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert window.workspace.notes.get_note(note_id).tags == ("civil war", "Russia")
    assert sorted(field.completer().model().stringList(), key=str.casefold) == [
        "civil war",
        "Russia",
    ]
    window.undo_stack.undo()
    assert window.workspace.notes.get_note(note_id).tags == ()
    window.undo_stack.redo()
    assert field.text() == "civil war, Russia"
    completer = field.completer()
    assert completer.splitPath("Russia, ci") == ["ci"]
