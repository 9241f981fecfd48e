from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from serge_desktop.services.importer import bundled_article_paths
from serge_desktop.ui.notes.model import SUBJECT_ROLE
from serge_desktop.ui.shell.main_window import MainWindow
from tests.ui.note_helpers import importing


def test_a_note_on_the_whole_article(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    window.commands.add_article_note.trigger()
    note_id = window.notes.current_note_id()
    assert note_id is not None
    qtbot.waitUntil(window.notes.editor.hasFocus)
    qtbot.keyClicks(window.notes.editor, "A life in six countries")
    assert window.notes.flush()
    model = window.notes.model
    assert model.data(model.index(0), SUBJECT_ROLE) == "About the whole article"
    assert window.notes.placed_notes() == []  # nothing highlighted in the text
    # A new version of the text keeps it, placed, with its words.
    [seed] = [p for p in bundled_article_paths() if p.suffix == ".txt"]
    changed = tmp_path / "revised.txt"
    changed.write_text(seed.read_text(encoding="utf-8").replace("gun-runner", "gunrunner"), "utf-8")
    with qtbot.waitSignal(importing(window).import_finished, timeout=10000):
        importing(window).import_paths([changed])
    [note] = window.notes.model.notes()
    assert note.is_placed and note.about == "article" and note.body == "A life in six countries"


def test_a_note_on_the_selected_event(window: MainWindow, qtbot: QtBot) -> None:
    assert not window.commands.add_event_note.isEnabled()
    article = window.current_article()
    assert article is not None
    event = window.workspace.timeline.list_events(article.id)[5]
    rect = window.timeline.view.event_rects()[event.id]
    qtbot.mouseClick(window.timeline.view, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert window.commands.add_event_note.isEnabled()
    window.commands.add_event_note.trigger()
    [note] = window.notes.model.notes()
    assert note.about == "event" and note.event_id == event.id
    model = window.notes.model
    assert model.data(model.index(0), SUBJECT_ROLE) == f"About the event: {event.label}"
    window.timeline.view.select_event(None)
    window.notes.activate_note(note.id)  # choosing the note shows its event
    assert window.timeline.view.selected_event_id() == event.id
    window.undo_stack.undo()
    assert window.notes.model.rowCount() == 0
