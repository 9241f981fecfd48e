"""Switching article in a shown window: the text and its highlights first, the notes list next."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListView
from pytestqt.qtbot import QtBot

from serge_desktop.ui.shell.main_window import MainWindow
from tests.ui.note_helpers import note_on
from tests.ui.sql_statements import statements_run

# The statement that reads the notes list: the reader's own notes (not other authors'), with
# their dates (which their highlights are read without).
NOTES_LIST_SQL = ('CAST("t1"."created_at" AS TEXT)', '+"t1"."layer_id" IS NULL')


@pytest.fixture
def statements(window: MainWindow) -> Iterator[list[str]]:
    """Every SQL statement the window runs from now on."""
    with statements_run() as ran:
        yield ran


def lists_read(statements: list[str]) -> int:
    return sum(all(part in s for part in NOTES_LIST_SQL) for s in statements)


def other_article(window: MainWindow) -> str:
    imported = window.workspace.importer.import_bytes(
        b"# Another article\n\nA short text to switch to.\n", source_name="other.md"
    )
    return imported.article.slug


def rows_listed(window: MainWindow) -> int:
    """The rows the notes list shows, looked at without asking the pane for its notes."""
    (view,) = [
        v
        for v in window.notes.findChildren(QListView)
        if v.accessibleName() == "Notes of this article"
    ]
    return view.model().rowCount()


def seed_with_notes(window: MainWindow) -> tuple[str, list[int]]:
    article = window.current_article()
    assert article is not None
    ids = [
        note_on(window, "Victor Serge was born in Brussels", body="born").id,
        note_on(window, "he reached Petrograd").id,
    ]
    window.workspace.notes.create_note_about(article_id=article.id, body="about it all")
    return article.slug, ids


def away_and_back(window: MainWindow, qtbot: QtBot, seed: str) -> None:
    """Read another article (its notes listed), then switch back to ``seed``."""
    window.open_article(other_article(window))
    qtbot.waitUntil(lambda: rows_listed(window) == 0)
    window.open_article(seed)


def test_a_switch_draws_the_highlights_first_and_reads_the_list_once_after(
    window: MainWindow, qtbot: QtBot, statements: list[str]
) -> None:
    seed, ids = seed_with_notes(window)
    window.notes.select_note(ids[0])
    window.open_article(other_article(window))
    qtbot.waitUntil(lambda: rows_listed(window) == 0)
    statements.clear()

    window.open_article(seed)

    # The frame drawn next shows the passages highlighted; the list is not read yet, and until
    # it is no note is current: nothing is left of the other article's list or editor.
    assert window.reader.highlight_count() == 2
    assert window.reader.note_at(window.current_article().body.index("Petrograd")).id == ids[1]
    assert rows_listed(window) == 0
    assert window.notes.current_note_id() is None
    assert not window.notes.editor.isEnabled() and window.notes.editor.toPlainText() == ""
    assert lists_read(statements) == 0
    qtbot.waitUntil(lambda: rows_listed(window) == 3)
    assert lists_read(statements) == 1
    assert window.reader.highlight_count() == 2
    assert window.notes.title.text() == "Notes (3)"


def test_what_asks_for_the_notes_before_the_list_is_filled_gets_them_read_first(
    window: MainWindow, qtbot: QtBot
) -> None:
    seed, ids = seed_with_notes(window)
    away_and_back(window, qtbot, seed)
    # A click on a highlight selects its note: the list is read then, not after.
    offset = window.current_article().body.index("Brussels")
    note = window.reader.note_at(offset)
    assert note is not None
    window.notes.select_note(note.id)

    assert rows_listed(window) == 3
    assert window.notes.current_note_id() == ids[0]
    assert window.notes.editor.toPlainText() == "born"
    assert [n.id for n in window.notes.placed_notes()] == ids


def test_a_note_current_before_the_switch_is_not_deleted_by_the_delete_key_after(
    window: MainWindow, qtbot: QtBot
) -> None:
    seed, ids = seed_with_notes(window)
    window.notes.select_note(ids[1])
    window.notes.list.setFocus()

    window.open_article(other_article(window))
    qtbot.keyClick(window.notes.list, Qt.Key.Key_Delete)

    article_id = window.workspace.library.article_view(seed).id
    assert set(ids) <= {n.id for n in window.workspace.notes.list_notes(article_id)}


def test_a_filter_typed_before_the_list_is_filled_filters_the_new_articles_notes(
    window: MainWindow, qtbot: QtBot
) -> None:
    seed, _ids = seed_with_notes(window)
    away_and_back(window, qtbot, seed)
    window.notes.filter_bar.field.setText("born")

    assert rows_listed(window) == 1
    assert window.notes.title.text() == "Notes (1 of 3)"


def test_the_article_read_again_keeps_its_current_note(window: MainWindow, qtbot: QtBot) -> None:
    seed, ids = seed_with_notes(window)
    window.notes.select_note(ids[1])

    window.open_article(seed, reload=True)  # as after a newer text was imported

    qtbot.waitUntil(lambda: rows_listed(window) == 3)
    assert window.notes.current_note_id() == ids[1]
