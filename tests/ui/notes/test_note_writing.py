"""The note editor has room: a remembered split, Write for an empty note, a live preview."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from serge_desktop.services.workspace import Workspace
from serge_desktop.ui.shell.main_window import MainWindow
from serge_desktop.ui.startup.app import prepare_application
from tests.ui.notes.test_note_preview import add_note


def test_an_empty_note_opens_on_write_not_on_preview(window: MainWindow) -> None:
    written = add_note(window, "he reached Petrograd", "**Petrograd** at last")
    empty = add_note(window, "In 1947, exhausted", "")
    pane = window.notes
    pane.select_note(written)
    pane.tabs.setCurrentWidget(pane.preview)
    pane.select_note(empty)
    assert pane.tabs.currentWidget() is pane.editor
    # A written note keeps the Preview the reader chose.
    pane.tabs.setCurrentWidget(pane.preview)
    pane.select_note(written)
    assert pane.tabs.currentWidget() is pane.preview
    assert pane.preview.toPlainText() == "Petrograd at last"


def test_side_by_side_renders_as_the_note_is_typed(window: MainWindow, qtbot: QtBot) -> None:
    note_id = add_note(window, "he reached Petrograd", "")
    pane = window.notes
    pane.select_note(note_id)
    writing = pane.writing
    assert writing.live.isHidden()
    qtbot.mouseClick(writing.side_by_side, Qt.MouseButton.LeftButton)
    assert writing.is_side_by_side() and writing.live.isVisible()
    assert pane.editor.isVisible()  # the text and its rendering, both in view
    assert not pane.tabs.isTabVisible(pane.tabs.indexOf(pane.preview))
    assert writing.live.width() > 100 and pane.editor.width() > 100
    pane.editor.setFocus()
    qtbot.keyClicks(pane.editor, "Exile in _Orenburg_")
    qtbot.waitUntil(lambda: writing.live.toPlainText() == "Exile in Orenburg")
    cursor = writing.live.textCursor()
    cursor.setPosition(writing.live.toPlainText().index("Orenburg") + 1)
    assert cursor.charFormat().fontItalic()
    # Another note shows at once in the live preview; turned off, the Preview tab is back.
    other = add_note(window, "In 1947, exhausted", "The *end*.")
    pane.select_note(other)
    assert writing.live.toPlainText() == "The end."
    writing.side_by_side.click()
    assert writing.live.isHidden()
    assert pane.tabs.isTabVisible(pane.tabs.indexOf(pane.preview))


def test_the_split_and_side_by_side_are_remembered(
    window: MainWindow, workspace: Workspace, qtbot: QtBot, qapp: object
) -> None:
    window.notes.writing.side_by_side.click()  # the way of writing is kept too
    splitter = window.notes.splitter
    first = splitter.sizes()
    total = sum(first)
    splitter.setSizes([total // 4, total - total // 4])
    chosen = splitter.sizes()
    assert chosen[1] > first[1]  # the editor given more of the pane
    window.close()
    prepare_application(qapp)  # type: ignore[arg-type]
    again = MainWindow(workspace)
    qtbot.addWidget(again)
    again.resize(window.size())
    again.show()
    qtbot.waitExposed(again)
    assert again.notes.splitter.sizes() == chosen
    assert again.notes.writing.is_side_by_side()
    assert again.notes.writing.live.isVisible()
