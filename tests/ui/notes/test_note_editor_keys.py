"""Tab leaves the note editor as it leaves any field; Ctrl+] and Ctrl+[ indent Markdown lines."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from serge_desktop.ui.shell.main_window import MainWindow
from tests.ui.note_helpers import note_on

CTRL = Qt.KeyboardModifier.ControlModifier


def editing(window: MainWindow, qtbot: QtBot, body: str) -> None:
    note = note_on(window, "he reached Petrograd", body=body)
    window.activateWindow()
    window.notes.edit_note(note.id)
    qtbot.waitUntil(window.notes.editor.hasFocus)


def test_tab_and_shift_tab_move_the_focus_and_type_nothing(
    window: MainWindow, qtbot: QtBot
) -> None:
    editing(window, qtbot, "A paragraph")
    editor = window.notes.editor
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert not editor.hasFocus()
    after = QApplication.focusWidget()
    assert after is not None and window.notes.isAncestorOf(after)
    assert editor.toPlainText() == "A paragraph"
    qtbot.keyClick(after, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert editor.hasFocus()
    qtbot.keyClick(editor, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert not editor.hasFocus()
    window.notes.flush()
    assert window.notes.current_note().body == "A paragraph"  # type: ignore[union-attr]


def test_ctrl_brackets_indent_and_outdent_the_lines_as_one_undo_step(
    window: MainWindow, qtbot: QtBot
) -> None:
    editing(window, qtbot, "- Paris\n- Petrograd\n- Moscow")
    editor = window.notes.editor
    cursor = editor.textCursor()
    cursor.setPosition(editor.toPlainText().index("Petrograd"))
    cursor.setPosition(editor.toPlainText().index("Moscow") + 2, QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    qtbot.keyClick(editor, Qt.Key.Key_BracketRight, CTRL)
    assert editor.toPlainText() == "- Paris\n    - Petrograd\n    - Moscow"
    qtbot.keyClick(editor, Qt.Key.Key_BracketLeft, CTRL)
    assert editor.toPlainText() == "- Paris\n- Petrograd\n- Moscow"
    qtbot.keyClick(editor, Qt.Key.Key_BracketRight, CTRL)
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL)
    assert editor.toPlainText() == "- Paris\n- Petrograd\n- Moscow"
    window.notes.flush()
    assert window.notes.current_note().body == "- Paris\n- Petrograd\n- Moscow"  # type: ignore[union-attr]


def test_outdenting_takes_no_more_than_the_line_has(window: MainWindow, qtbot: QtBot) -> None:
    editing(window, qtbot, "  two spaces\n\ttab\nnone")
    editor = window.notes.editor
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_BracketLeft, CTRL)
    assert editor.toPlainText() == "two spaces\ntab\nnone"
