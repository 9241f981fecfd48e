"""All notes and Conflicting dates, driven through the window: filters, paging, Enter opens."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QLocale, QModelIndex, Qt
from pytestqt.qtbot import QtBot

from serge_desktop.services.all_notes import PAGE_SIZE
from serge_desktop.ui.features.library.all_notes_model import NoteColumn
from serge_desktop.ui.features.library.all_notes_page import AllNotesPage
from serge_desktop.ui.features.library.columns import last_read_text
from serge_desktop.ui.shell.main_window import MainWindow
from serge_desktop.ui.window.context import PageId
from tests.ui.features.library.conftest import library
from tests.ui.note_helpers import announce_notes

SEED = "he-found-the-seeds-of-hope-in-russia"


def many_highlights(window: MainWindow, count: int) -> None:
    """``count`` highlights on the seed, every third one pink and tagged "exile"."""
    article = window.workspace.library.article_view(SEED)
    for number in range(count):
        start = (number * 37) % (len(article.body) - 40)
        window.workspace.notes.create_note(
            article_id=article.id, revision_id=article.revision_id, start=start,
            end=start + 20, body=f"Note {number}", color="pink" if number % 3 == 0 else "yellow",
            tags=("exile",) if number % 3 == 0 else (),
        )  # fmt: skip
    announce_notes(window)


def test_all_notes_pages_filters_and_opens_the_passage(
    library_window: MainWindow, qtbot: QtBot, qtmodeltester: object
) -> None:
    many_highlights(library_window, PAGE_SIZE + 30)
    feature = library(library_window)
    feature.across.notes_action.trigger()
    assert library_window.current_page() == "all_notes"
    page: AllNotesPage = feature.across.notes_page
    model = page.model
    qtbot.waitUntil(lambda: page.tag.count() > 1)  # the filters' choices come just after
    assert model.rowCount() == PAGE_SIZE  # one page first …
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())  # … the rest as the reader scrolls
    assert model.rowCount() == PAGE_SIZE + 30 and not model.canFetchMore(QModelIndex())
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    # When each changed, the month in words ("3 Dec 2026, 16:21", never "3 12 2026 16:21").
    changed = str(model.data(model.index(0, NoteColumn.CHANGED)))
    assert re.fullmatch(r"\d{1,2} [A-Z][a-z]{2} \d{4}, \d\d:\d\d", changed), changed
    page.colour.setCurrentIndex(page.colour.findData("pink"))
    assert model.rowCount() == len(range(0, PAGE_SIZE + 30, 3))
    page.tag.setCurrentIndex(page.tag.findData("exile"))
    assert model.rowCount() == len(range(0, PAGE_SIZE + 30, 3))
    page.article.setCurrentIndex(page.article.findText("Notes from Brussels"))
    assert model.rowCount() == 0 and page.count.text() == "0 notes"
    page.article.setCurrentIndex(0)
    page.table.setFocus()
    page.table.selectRow(2)
    chosen = model.note_at(2)
    assert chosen is not None
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert library_window.current_page() == PageId.STUDY
    assert library_window.notes.current_note_id() == chosen.note.id
    article = library_window.current_article()
    assert article is not None and article.slug == SEED


def test_conflicts_list_both_claims_and_open_the_evidence(
    library_window: MainWindow, qtbot: QtBot, qtmodeltester: object
) -> None:
    feature = library(library_window)
    feature.across.conflicts_action.trigger()
    page = feature.across.conflicts_page
    model = page.model
    assert model.event_count() == 1
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    event = model.index(0, 0)
    assert model.data(event) == "Serge moves to Paris"
    claims = [model.index(row, 0, event) for row in range(model.rowCount(event))]
    assert [model.data(c) for c in claims] == [
        "Boris Souvarine and the first schism",
        "He found the seeds of hope in Russia",
    ]
    assert [model.data(c.siblingAtColumn(2)) for c in claims] == ["1908", "1909"]
    assert model.data(claims[0].siblingAtColumn(1)) == "1908 (1908)"
    assert model.data(claims[0].siblingAtColumn(3)) == "In 1908 Serge came to Paris"
    first_claim = model.claim_at(claims[0])
    assert first_claim is not None
    page.tree.setCurrentIndex(claims[0])
    qtbot.keyClick(page.tree, Qt.Key.Key_Return)
    article = library_window.current_article()
    assert article is not None and article.headline == "Boris Souvarine and the first schism"
    assert library_window.current_page() == PageId.STUDY
    assert library_window.timeline.selected_event_id() == first_claim.event.id


def test_search_keeps_to_the_scope_chosen_and_remembers_it(
    library_window: MainWindow,
) -> None:
    from serge_desktop.ui.features.search_everything import SearchEverything
    from tests.ui.note_helpers import feature_of

    search = feature_of(library_window, SearchEverything)
    library_window.open_article(SEED)
    search.open()
    dialog = search.dialog
    assert dialog is not None
    dialog.field.setText("Paris")
    dialog.scope.choose_library()
    dialog.run_search()
    everywhere = dialog.model.rowCount()
    dialog.scope.choose_article()
    dialog.run_search()
    assert 0 < dialog.model.rowCount() < everywhere
    dialog.hide()
    search.open()  # opened again: the article is still the scope
    assert dialog.scope.scope().kind.value == "article"


def test_a_day_read_before_today_is_named_with_its_month_in_words() -> None:
    when = dt.datetime(2026, 3, 12, 9, 30, tzinfo=dt.UTC)
    english = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    assert last_read_text(when, english) == "12 Mar 2026"  # not 3/12/26, read either way
