from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from serge_desktop.services.importer import bundled_article_paths
from serge_desktop.ui.shell.main_window import MainWindow
from tests.ui.note_helpers import importing, note_editing

GONE = "gun-runner, translator and archivist"


def test_an_unplaced_note_is_listed_and_attached_to_the_selection(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    article = window.current_article()
    assert article is not None
    start = article.body.index(GONE)
    window.reader.select_span(start, start + len(GONE))
    note_editing(window).add_note()
    note_id = window.notes.current_note_id()
    assert note_id is not None
    [seed] = [p for p in bundled_article_paths() if p.suffix == ".txt"]
    changed = tmp_path / "revised.txt"
    changed.write_text(seed.read_text(encoding="utf-8").replace(GONE, "translator"), "utf-8")
    with qtbot.waitSignal(importing(window).import_finished, timeout=10000):
        importing(window).import_paths([changed])

    pane = window.notes
    pane.filter_bar.unplaced.setChecked(True)
    assert pane.proxy.rowCount() == 1
    pane.select_note(note_id)
    assert pane.attach_button.isVisibleTo(pane)
    reopened = window.current_article()
    assert reopened is not None
    target = reopened.body.index("journalist, teacher")
    window.reader.select_span(target, target + len("journalist, teacher"))
    pane.attach_button.click()
    note = window.workspace.notes.get_note(note_id)
    assert note.is_placed and note.quote == "journalist, teacher"
    # No longer unplaced: the filter lets go so the attached note stays in sight, selected.
    assert not pane.filter_bar.unplaced.isChecked()
    assert pane.current_note_id() == note_id
    window.undo_stack.undo()
    assert not window.workspace.notes.get_note(note_id).is_placed
