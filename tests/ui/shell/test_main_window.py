from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from serge_desktop.services.workspace import Workspace
from serge_desktop.ui.shell.about_dialog import about_text
from serge_desktop.ui.shell.main_window import MainWindow
from serge_desktop.ui.startup.app import prepare_application
from tests.ui.note_helpers import note_editing

SENTENCE = "In January 1919 he reached Petrograd."


def select_sentence(window: MainWindow, sentence: str = SENTENCE) -> tuple[int, int]:
    article = window.current_article()
    assert article is not None
    start = article.body.index(sentence)
    window.reader.select_span(start, start + len(sentence))
    return start, start + len(sentence)


def test_the_window_opens_on_the_bundled_article(window: MainWindow) -> None:
    article = window.current_article()
    assert article is not None
    assert article.headline == "He found the seeds of hope in Russia"
    assert "He found the seeds of hope in Russia" in window.windowTitle()
    assert window.switcher.currentText() == article.headline
    assert len(window.timeline.view.event_rects()) >= 14


def test_add_note_anchors_the_selection_and_focuses_the_editor(
    window: MainWindow, qtbot: QtBot
) -> None:
    assert not window.commands.add_note.isEnabled()
    start, end = select_sentence(window)
    assert window.commands.add_note.isEnabled()
    window.commands.add_note.trigger()
    note_id = window.notes.current_note_id()
    assert note_id is not None
    assert window.notes.note_spans() == [(note_id, start, end)]
    qtbot.waitUntil(window.notes.editor.hasFocus)


def test_typing_saves_itself_after_a_pause(window: MainWindow, qtbot: QtBot) -> None:
    select_sentence(window)
    note_editing(window).add_note()
    note_id = window.notes.current_note_id()
    assert note_id is not None
    qtbot.keyClicks(window.notes.editor, "Civil war")
    qtbot.waitSignal(window.notes.note_saved, timeout=2000).wait()  # the pause autosave
    assert window.workspace.notes.get_note(note_id).body == "Civil war"


def test_delete_can_be_undone_and_redone(window: MainWindow) -> None:
    select_sentence(window)
    note_editing(window).add_note()
    note_id = window.notes.current_note_id()
    assert note_id is not None
    window.notes.delete_button.click()
    assert window.notes.model.rowCount() == 0
    window.undo_stack.undo()
    assert [n.id for n in window.notes.model.notes()] == [note_id]
    window.undo_stack.redo()
    assert window.notes.model.rowCount() == 0


def test_undo_of_add_note_removes_it(window: MainWindow) -> None:
    select_sentence(window)
    note_editing(window).add_note()
    assert window.notes.model.rowCount() == 1
    window.undo_stack.undo()
    assert window.notes.model.rowCount() == 0
    window.undo_stack.redo()
    assert window.notes.model.rowCount() == 1


def test_clicking_an_event_scrolls_to_its_sentence(window: MainWindow, qtbot: QtBot) -> None:
    window.resize(1200, 700)
    bar = window.reader.verticalScrollBar()
    bar.setValue(0)
    last = window.workspace.timeline.list_events(window.current_article().id)[-1]  # type: ignore[union-attr]
    view = window.timeline.view  # a short pane folds some labels into their markers
    rect = view.event_rects().get(last.id) or view.marker_rects()[last.id]
    with qtbot.waitSignal(window.timeline.view.event_activated) as activated:
        qtbot.mouseClick(
            window.timeline.view, Qt.MouseButton.LeftButton, pos=rect.center().toPoint()
        )
    assert activated.args == [last.id]
    assert bar.value() > 0
    assert window.reader.flash.is_running()


def test_clicking_a_note_scrolls_the_reader_to_it(window: MainWindow, qtbot: QtBot) -> None:
    window.resize(1200, 600)
    select_sentence(window, "In 1947, exhausted by years of struggle and poverty")
    note_editing(window).add_note()
    bar = window.reader.verticalScrollBar()
    bar.setValue(0)
    index = window.notes.proxy.index(0, 0)  # the view shows the filter proxy's rows
    qtbot.mouseClick(
        window.notes.list.viewport(),
        Qt.MouseButton.LeftButton,
        pos=window.notes.list.visualRect(index).center(),
    )
    assert bar.value() > 0


def test_panes_can_be_hidden_from_the_view_menu(window: MainWindow) -> None:
    window.commands.show_timeline.trigger()
    assert window._panes["timeline"].isHidden()
    window.commands.show_notes.trigger()
    assert window._panes["notes"].isHidden() and not window.notes.isVisible()
    window.commands.show_timeline.trigger()
    assert not window._panes["timeline"].isHidden()


def test_find_counts_and_steps_through_matches(window: MainWindow, qtbot: QtBot) -> None:
    window.commands.find.trigger()
    assert window.find_bar.isVisible()
    qtbot.keyClicks(window.find_bar.field, "revolution")
    total = window.reader.match_count()
    assert total >= 5
    assert window.find_bar.count_label.text() == f"1 of {total}"
    window.commands.find_next.trigger()
    assert window.find_bar.count_label.text() == f"2 of {total}"
    window.commands.find_previous.trigger()
    window.commands.find_previous.trigger()
    assert window.find_bar.count_label.text() == f"{total} of {total}"
    qtbot.keyClick(window.find_bar.field, Qt.Key.Key_Escape)
    assert not window.find_bar.isVisible()
    assert window.reader.match_count() == 0


def test_zoom_changes_the_reading_font(window: MainWindow) -> None:
    size = window.reader.reading_font().pointSizeF()
    window.commands.zoom_in.trigger()
    assert window.reader.reading_font().pointSizeF() > size
    window.commands.zoom_reset.trigger()
    assert window.reader.reading_font().pointSizeF() == size
    window.commands.zoom_out.trigger()
    assert window.reader.reading_font().pointSizeF() < size


def test_about_names_versions_and_the_database(window: MainWindow) -> None:
    text = about_text(window.workspace.database_path)
    assert str(window.workspace.database_path) in text
    assert "Qt" in text and "Python" in text


def test_every_action_and_control_has_a_name(window: MainWindow) -> None:
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit

    unnamed = [
        widget.objectName() or type(widget).__name__
        for kind in (QComboBox, QLineEdit, QPlainTextEdit)
        for widget in window.findChildren(kind)
        if not widget.accessibleName()
    ]
    # Qt's own buttons (menu and toolbar overflow, a line edit's clear button) are named by Qt.
    unnamed += [
        type(button).__name__
        for button in window.findChildren(QAbstractButton)
        if not button.objectName().startswith("qt_")
        and not isinstance(button.parent(), QLineEdit)
        and not (button.accessibleName() or button.text() or button.toolTip())
    ]
    assert unnamed == []


def test_a_selection_is_trimmed_and_may_start_in_the_title(window: MainWindow) -> None:
    article = window.current_article()
    assert article is not None
    doc = window.reader.document()
    cursor = window.reader.textCursor()
    cursor.setPosition(0)  # the masthead
    cursor.setPosition(doc.findBlockByNumber(5).position() + 6, cursor.MoveMode.KeepAnchor)
    window.reader.setTextCursor(cursor)
    span = window.reader.selected_span()
    assert span is not None and span[0] == 0
    first = article.paragraphs[0]
    window.reader.select_span(first.start, first.end + 2)  # with the paragraph break
    assert window.reader.selected_span() == (first.start, first.end)


def test_zoom_keeps_the_words_at_the_top(window: MainWindow) -> None:
    window.resize(1200, 700)
    bar = window.reader.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    before = window.reader.top_offset()
    assert before is not None
    for _ in range(3):
        window.commands.zoom_in.trigger()
    after = window.reader.top_offset()
    assert after is not None
    # The same line stays on top: at most a line's worth of words may differ.
    assert abs(after - before) < 120


def test_undo_while_typing_keeps_the_typed_text(window: MainWindow, qtbot: QtBot) -> None:
    select_sentence(window)
    note_editing(window).add_note()
    note_id = window.notes.current_note_id()
    assert note_id is not None
    qtbot.keyClicks(window.notes.editor, "Besieged city")
    window.reader.setFocus()
    window.commands.undo.trigger()  # before the autosave pause: the typing is saved, then undone
    assert window.workspace.notes.get_note(note_id).body == ""
    window.commands.redo.trigger()
    assert window.workspace.notes.get_note(note_id).body == "Besieged city"
    window.commands.undo.trigger()
    window.commands.undo.trigger()  # and then the note itself
    assert window.notes.model.rowCount() == 0
    window.commands.redo.trigger()
    window.commands.redo.trigger()
    assert [n.body for n in window.notes.model.notes()] == ["Besieged city"]


def test_a_writing_session_is_one_undo_step(window: MainWindow, qtbot: QtBot) -> None:
    select_sentence(window)
    note_editing(window).add_note()
    note_id = window.notes.current_note_id()
    assert note_id is not None
    for words in ("Civil war", ", famine", " and typhus"):
        qtbot.keyClicks(window.notes.editor, words)
        assert window.notes.flush()  # as the autosave would, after each pause
    assert window.undo_stack.count() == 2  # "Add note" and one "Edit note"
    window.commands.undo.trigger()
    assert window.workspace.notes.get_note(note_id).body == ""
    assert window.notes.editor.toPlainText() == ""


def test_reopening_the_find_bar_finds_its_text_again(window: MainWindow, qtbot: QtBot) -> None:
    window.commands.find.trigger()
    qtbot.keyClicks(window.find_bar.field, "Trotsky")
    total = window.reader.match_count()
    assert total >= 2
    qtbot.keyClick(window.find_bar.field, Qt.Key.Key_Escape)
    window.commands.find.trigger()
    assert window.reader.match_count() == total
    assert window.find_bar.count_label.text() == f"1 of {total}"


def test_zoom_keeps_the_current_match(window: MainWindow, qtbot: QtBot) -> None:
    window.commands.find.trigger()
    qtbot.keyClicks(window.find_bar.field, "Stalin")
    window.commands.find_next.trigger()
    window.commands.zoom_in.trigger()
    assert window.reader.current_match() == 1


def test_hovering_a_highlight_shows_its_note(window: MainWindow, qtbot: QtBot) -> None:
    start, end = select_sentence(window)
    note_editing(window).add_note()
    window.notes.editor.setPlainText("Besieged by the Whites")
    window.notes.flush()
    window.reader.show_span(start, end)
    doc = window.reader._article_document
    assert doc is not None
    cursor = doc.cursor_for(start + 3, start + 3)
    point = window.reader.viewport().mapTo(window.reader, window.reader.cursorRect(cursor).center())
    event = QHelpEvent(QEvent.Type.ToolTip, point, window.reader.mapToGlobal(point))
    QApplication.sendEvent(window.reader, event)
    qtbot.waitUntil(QToolTip.isVisible)
    assert QToolTip.text() == "Besieged by the Whites"


def test_ctrl_number_highlights_and_recolours_with_undo(window: MainWindow, qtbot: QtBot) -> None:
    select_sentence(window)
    window.commands.highlights["blue"].trigger()  # Ctrl+3
    [note] = window.notes.model.notes()
    assert note.color == "blue"
    assert window.commands.highlights["blue"].shortcut().toString() == "Ctrl+3"
    window.notes.select_note(note.id)
    window.commands.highlights["pink"].trigger()  # no selection: recolour the current note
    assert window.workspace.notes.get_note(note.id).color == "pink"
    window.undo_stack.undo()
    assert window.workspace.notes.get_note(note.id).color == "blue"
    window.undo_stack.undo()
    assert window.notes.model.rowCount() == 0


def test_the_window_starts_on_a_library_with_text_that_is_not_utf8(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    with Workspace(tmp_path) as workspace:
        article = workspace.library.list_articles()[0]
        view = workspace.library.article_view(article.slug)
        start = view.body.index("Victor Serge")
        workspace.notes.create_note(
            article_id=view.id, revision_id=view.revision_id, start=start, end=start + 12,
            body="fine", tags=["ok"],
        )  # fmt: skip
    with contextlib.closing(sqlite3.connect(tmp_path / "library.sqlite3")) as raw:
        raw.execute("UPDATE note SET body = CAST(? AS TEXT)", (b"caf\xe9 \xff",))
        raw.execute("UPDATE tag SET name = CAST(? AS TEXT)", (b"t\xe9g",))
        raw.execute("UPDATE article SET headline = CAST(? AS TEXT)", (b"He found \xff hope",))
        raw.commit()
    prepare_application(qapp)
    with Workspace(tmp_path) as workspace:
        window = MainWindow(workspace)
        qtbot.addWidget(window)
        window.open_initial_article()
        window.show()
        qtbot.waitExposed(window)
        assert window.notes.model.rowCount() == 1
        [note] = workspace.notes.list_notes(view.id)
        assert note.body == "caf\ufffd \ufffd" and note.tags == ("t\ufffdg",)
        shown = window.current_article()
        assert shown is not None and shown.headline == "He found \ufffd hope"
