from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from serge_desktop.services.search import FIRST_PAGE
from serge_desktop.services.search_views import EventHit, NoteHit
from serge_desktop.ui.search.model import SearchResultsModel
from serge_desktop.ui.shell.main_window import MainWindow
from tests.ui.note_helpers import note_editing, note_on, search_feature


def test_results_model_passes_the_model_tester(
    window: MainWindow, qtmodeltester: ModelTester
) -> None:
    model = SearchResultsModel()
    model.set_results(window.workspace.search.search("Petrograd"))
    qtmodeltester.check(model)
    assert model.hit_at(0) is None  # a heading comes first
    assert model.first_hit_row() == 1


def test_ctrl_k_finds_as_you_type_and_enter_opens_the_event(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.resize(1200, 700)
    window.reader.verticalScrollBar().setValue(0)
    window.commands.search.trigger()
    dialog = search_feature(window).dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.field, "orenb")  # a prefix, in lower case
    dialog.run_search()
    rows = [dialog.model.hit_at(r) for r in range(dialog.model.rowCount())]
    events = [hit for hit in rows if isinstance(hit, EventHit)]
    assert events and "Orenburg" in events[0].label
    # Move to the event with the keys, then open it.
    while not isinstance(dialog.model.hit_at(dialog.results.currentIndex().row()), EventHit):
        qtbot.keyClick(dialog.field, Qt.Key.Key_Down)
    with qtbot.waitSignal(dialog.hit_chosen):
        qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert window.timeline.view.selected_event_id() == events[0].event_id
    assert window.reader.verticalScrollBar().value() > 0


def test_a_note_hit_selects_the_note(window: MainWindow, qtbot: QtBot) -> None:
    article = window.current_article()
    assert article is not None
    start = article.body.index("he reached Petrograd")
    window.reader.select_span(start, start + len("he reached Petrograd"))
    note_editing(window).add_note()
    note_id = window.notes.current_note_id()
    window.notes.editor.setPlainText("Civil war and famine")
    window.notes.flush()
    window.notes.select_note(None)
    search_feature(window).open()
    dialog = search_feature(window).dialog
    assert dialog is not None
    dialog.field.setText("famine")
    dialog.run_search()
    [hit] = [h for r in range(dialog.model.rowCount()) if (h := dialog.model.hit_at(r))]
    assert isinstance(hit, NoteHit) and hit.note_id == note_id
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    assert window.notes.current_note_id() == note_id


def test_odd_input_never_fails(window: MainWindow) -> None:
    search_feature(window).open()
    dialog = search_feature(window).dialog
    assert dialog is not None
    for text in ['"', "AND OR NOT", "col:umn*", "(((", "Kibaltchiché", "   "]:
        dialog.field.setText(text)
        dialog.run_search()


def test_a_note_hit_reads_as_rendered_words_under_the_articles_title(
    window: MainWindow, qtbot: QtBot
) -> None:
    article = window.current_article()
    assert article is not None
    note_on(
        window,
        "he reached Petrograd",
        body="**Civil war** and _famine_, see [the memoirs](https://example.org/memoirs)",
    )
    window.commands.search.trigger()
    dialog = search_feature(window).dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.field, "famine")
    dialog.run_search()
    [row] = [r for r in range(dialog.model.rowCount()) if dialog.model.hit_at(r)]
    shown = dialog.model.index(row, 0).data(Qt.ItemDataRole.DisplayRole)
    assert shown.startswith(f"Note in {article.headline}: ")
    assert article.slug not in shown
    assert "Civil war and famine, see the memoirs" in shown
    for mark in ("**", "_", "[", "](", "https://"):
        assert mark not in shown
    dialog.close()


def shown_notes(window: MainWindow) -> list[NoteHit]:
    dialog = search_feature(window).dialog
    assert dialog is not None
    rows = (dialog.model.hit_at(row) for row in range(dialog.model.rowCount()))
    return [hit for hit in rows if isinstance(hit, NoteHit)]


def test_the_first_page_shows_at_once_and_the_rest_follows_keeping_the_selection(
    window: MainWindow, qtbot: QtBot
) -> None:
    many = FIRST_PAGE + 4
    for n in range(many):
        note_on(window, "he reached Petrograd", body=f"crowd of readers {n}")
    window.commands.search.trigger()
    dialog = search_feature(window).dialog
    assert dialog is not None
    dialog.field.setText("crowd")
    dialog.run_search()
    assert len(shown_notes(window)) == FIRST_PAGE  # what a keystroke waits for
    for _ in range(3):
        qtbot.keyClick(dialog.field, Qt.Key.Key_Down)
    chosen = dialog.model.hit_at(dialog.results.currentIndex().row())
    assert isinstance(chosen, NoteHit)
    qtbot.waitUntil(lambda: len(shown_notes(window)) == many)
    assert dialog.model.hit_at(dialog.results.currentIndex().row()) == chosen
    whole = window.workspace.search.search("crowd").notes
    assert tuple(shown_notes(window)) == whole
    assert str(window.workspace.search.search("crowd").total) in dialog.status.text()
    # Typing on before the rest came: the next search starts afresh, nothing is added to it.
    dialog.run_search()
    dialog.field.setText("crowd of")
    dialog.show_the_rest()
    assert len(shown_notes(window)) == FIRST_PAGE
    dialog.close()
