from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from serge_desktop.services.importer import bundled_article_paths
from serge_desktop.ui.notes.model import SUBJECT_ROLE
from serge_desktop.ui.shell.main_window import MainWindow


def test_a_note_on_the_whole_article(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    window.commands.add_article_note.trigger()
    note_id = window.notes_pane.current_note_id()
    assert note_id is not None
    qtbot.waitUntil(window.notes_pane.editor.hasFocus)
    qtbot.keyClicks(window.notes_pane.editor, "A life in six countries")
    assert window.notes_pane.flush()
    model = window.notes_pane.model
    assert model.data(model.index(0), SUBJECT_ROLE) == "About the whole article"
    assert window.notes_pane.placed_notes() == []  # nothing highlighted in the text
    # A new version of the text keeps it, placed, with its words.
    [seed] = [p for p in bundled_article_paths() if p.suffix == ".txt"]
    changed = tmp_path / "revised.txt"
    changed.write_text(seed.read_text(encoding="utf-8").replace("gun-runner", "gunrunner"), "utf-8")
    with qtbot.waitSignal(window.import_finished, timeout=10000):
        window.import_paths([changed])
    [note] = window.notes_pane.model.notes()
    assert note.is_placed and note.about == "article" and note.body == "A life in six countries"


def test_a_note_on_the_selected_event(window: MainWindow, qtbot: QtBot) -> None:
    assert not window.commands.add_event_note.isEnabled()
    article = window.current_article()
    assert article is not None
    event = window.workspace.timeline.list_events(article.id)[5]
    rect = window.timeline.event_rects()[event.id]
    qtbot.mouseClick(window.timeline, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert window.commands.add_event_note.isEnabled()
    window.commands.add_event_note.trigger()
    [note] = window.notes_pane.model.notes()
    assert note.about == "event" and note.event_id == event.id
    model = window.notes_pane.model
    assert model.data(model.index(0), SUBJECT_ROLE) == f"About the event: {event.label}"
    window.timeline.select_event(None)
    window._on_note_activated(note.id)  # choosing the note shows its event
    assert window.timeline.selected_event_id() == event.id
    window.undo_stack.undo()
    assert window.notes_pane.model.rowCount() == 0
