"""A mouse selection snaps to whole words (Alt keeps it exact); the keyboard selects exactly."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from serge_desktop.ui.shell.main_window import MainWindow
from tests.ui.reader.reader_helpers import drag_select

PASSAGE = "In 1908 he went to Paris"


def passage(window: MainWindow) -> tuple[int, int]:
    article = window.current_article()
    assert article is not None
    start = article.body.index(PASSAGE)
    return start, start + len(PASSAGE)


def test_a_drag_one_character_off_highlights_whole_words(window: MainWindow, qtbot: QtBot) -> None:
    start, end = passage(window)
    drag_select(qtbot, window.reader, start + 1, end - 2)  # "n 1908 he went to Par"
    assert window.reader.selected_span() == (start, end)
    assert window.reader.textCursor().selectedText() == PASSAGE  # what is shown is what is saved
    window.commands.highlights["yellow"].trigger()
    [note] = window.notes.model.notes()
    assert note.quote == PASSAGE


def test_a_drag_backwards_snaps_too(window: MainWindow, qtbot: QtBot) -> None:
    start, end = passage(window)
    drag_select(qtbot, window.reader, end - 2, start + 1)
    assert window.reader.selected_span() == (start, end)
    cursor = window.reader.textCursor()
    assert cursor.position() < cursor.anchor()  # still running backwards, for Shift+arrows


def test_alt_keeps_a_selection_exact(window: MainWindow, qtbot: QtBot) -> None:
    start, end = passage(window)
    drag_select(qtbot, window.reader, start + 1, end - 2, Qt.KeyboardModifier.AltModifier)
    assert window.reader.selected_span() == (start + 1, end - 2)
    window.commands.highlights["green"].trigger()
    [note] = window.notes.model.notes()
    assert note.quote == "n 1908 he went to Par"


def test_the_keyboard_selects_exactly(window: MainWindow, qtbot: QtBot) -> None:
    start, _ = passage(window)
    reader = window.reader
    doc = reader._article_document
    assert doc is not None
    cursor = QTextCursor(doc.document)
    cursor.setPosition(doc.to_document(start + 1))
    reader.setTextCursor(cursor)
    reader.setFocus()
    for _ in range(6):
        qtbot.keyClick(reader, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert reader.selected_span() == (start + 1, start + 7)  # "n 1908", as chosen
    words = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(reader, Qt.Key.Key_Right, words)
    qtbot.keyClick(reader, Qt.Key.Key_Right, words)
    assert reader.selected_span() == (start + 1, start + len("In 1908 he"))


def test_a_click_without_a_drag_selects_nothing(window: MainWindow, qtbot: QtBot) -> None:
    start, _ = passage(window)
    drag_select(qtbot, window.reader, start + 3, start + 3)
    assert window.reader.selected_span() is None
