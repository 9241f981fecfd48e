"""The Library's "last read" is the time the library holds, without listing the library again."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from serge_desktop.services.workspace import Workspace
from serge_desktop.ui.features.library.columns import Column
from serge_desktop.ui.features.library.page import LibraryPage
from serge_desktop.ui.shell.main_window import MainWindow
from serge_desktop.ui.window.context import PageId
from tests.ui.features.library.conftest import library
from tests.ui.sql_statements import listings, statements_run

SEED = "he-found-the-seeds-of-hope-in-russia"
BRUSSELS = "notes-from-brussels"
SOUVARINE = "boris-souvarine-and-the-first-schism"


def shown_times(page: LibraryPage) -> dict[str, dt.datetime | None]:
    """Each article's "last read" as the page's rows hold it."""
    model = page.model
    rows = [model.article_at(model.index(r, 0)) for r in range(model.rowCount())]
    return {row.slug: row.last_read_at for row in rows if row is not None}


def stored_times(workspace: Workspace) -> dict[str, dt.datetime | None]:
    return {a.slug: a.last_read_at for a in workspace.library.list_articles()}


def go_to_library(window: MainWindow, qtbot: QtBot) -> None:
    """Ctrl+L from the text, as the reader goes back to the Library."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.reader.setFocus()
    QTest.keyClick(window.reader, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == PageId.LIBRARY


def open_from_library(window: MainWindow, qtbot: QtBot, slug: str) -> None:
    page = library(window).page
    page.select_article(window.workspace.library.get_summary(slug).id)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert window.current_page() == PageId.STUDY
    assert window.current_article() is not None and window.current_article().slug == slug


def test_a_page_first_shown_after_several_articles_shows_when_each_was_read(
    qtbot: QtBot, qapp: object, shelf: Workspace
) -> None:
    window = MainWindow(shelf)
    qtbot.addWidget(window)
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(1400, 900)
    window.open_initial_article(SEED)  # an article remembered: the window starts at the text
    window.show()
    qtbot.waitExposed(window)
    assert not window.central.is_built(PageId.LIBRARY)
    opened = stored_times(shelf)[SEED]
    with statements_run() as statements:
        # Each one read on and left counts as read until it is left (its place kept).
        window.reader.scroll_to_offset(20)
        window.open_article(BRUSSELS)
        window.reader.scroll_to_offset(10)
        window.open_article(SOUVARINE)
        go_to_library(window, qtbot)
    page = library(window).page
    assert shown_times(page) == stored_times(shelf)
    assert opened is not None and stored_times(shelf)[SEED] > opened
    assert all(shown_times(page).values())
    assert listings(statements) == 1  # the page's own reading when first shown, no other


def test_back_at_the_library_after_reading_it_shows_when_without_listing_again(
    library_window: MainWindow, qtbot: QtBot
) -> None:
    page = library(library_window).page
    with statements_run() as statements:
        open_from_library(library_window, qtbot, BRUSSELS)
        opened = library_window.workspace.library.get_summary(BRUSSELS).last_read_at
        assert opened is not None
        library_window.reader.scroll_to_offset(20)  # reads on
        go_to_library(library_window, qtbot)
    # Left for the Library, the text was read until then: its place kept, its time with it.
    stored = library_window.workspace.library.get_summary(BRUSSELS).last_read_at
    assert stored is not None and stored > opened
    assert shown_times(page) == stored_times(library_window.workspace)
    current = page.current_article()
    assert current is not None and current.slug == BRUSSELS
    # The row shows the time stored, and the library was not listed again for one time.
    assert listings(statements) == 0


def test_sorted_by_last_read_the_article_just_read_takes_its_place_and_stays_current(
    library_window: MainWindow, qtbot: QtBot
) -> None:
    page = library(library_window).page
    page.grouped.setChecked(False)
    page.table.sortByColumn(Column.LAST_READ, Qt.SortOrder.AscendingOrder)
    assert list(shown_times(page)) == [SEED, SOUVARINE, BRUSSELS]  # opened at start; never
    open_from_library(library_window, qtbot, BRUSSELS)
    go_to_library(library_window, qtbot)
    assert list(shown_times(page)) == [SEED, BRUSSELS, SOUVARINE]
    current = page.current_article()
    assert current is not None and current.slug == BRUSSELS
    assert shown_times(page) == stored_times(library_window.workspace)
