"""The whole path a reader takes: open, select, note, type, close, reopen, find the note."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from serge_desktop.services.workspace import Workspace
from serge_desktop.ui.shell.main_window import MainWindow
from serge_desktop.ui.startup.app import prepare_application

SENTENCE = "In May that year he joined the Communist Party"


@pytest.mark.e2e
def test_a_note_typed_before_closing_is_there_next_time(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    prepare_application(qapp)
    with Workspace(tmp_path) as workspace:
        window = MainWindow(workspace)
        qtbot.addWidget(window)
        window.open_initial_article()
        window.show()
        qtbot.waitExposed(window)
        article = window.current_article()
        assert article is not None
        start = article.body.index(SENTENCE)
        window.reader.select_span(start, start + len(SENTENCE))
        window.commands.add_note.trigger()
        qtbot.waitUntil(window.notes.editor.hasFocus)
        qtbot.keyClicks(window.notes.editor, "A brave choice")
        window.reader.set_zoom_factor(1.2)
        window.commands.show_timeline.trigger()  # hide the timeline pane
        later = article.body.index("In 1947, exhausted")
        window.reader.scroll_to_offset(later)
        reading_at = window.reader.top_offset()
        assert reading_at is not None and reading_at > 0
        window.close()  # before the autosave pause: closing must save the typing

    with Workspace(tmp_path) as workspace:
        again = MainWindow(workspace)
        qtbot.addWidget(again)
        again.open_initial_article()
        again.show()
        qtbot.waitExposed(again)
        [note] = again.notes.model.notes()
        assert note.body == "A brave choice"
        assert note.quote == SENTENCE
        article = again.current_article()
        assert article is not None
        assert article.body[note.start : note.end] == SENTENCE
        assert again.notes.note_spans() == [(note.id, note.start, note.end)]
        assert again.reader.zoom_factor() == 1.2
        assert again._panes["timeline"].isHidden()
        qtbot.waitUntil(lambda: (again.reader.top_offset() or 0) > 0)
        resumed = again.reader.top_offset()
        assert resumed is not None and abs(resumed - reading_at) < 200  # the same place
        assert not again.commands.show_timeline.isChecked()
        again.close()
