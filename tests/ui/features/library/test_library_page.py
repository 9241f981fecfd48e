"""The Library page driven as a reader would: Ctrl+L, filter, Enter, details with undo, series."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QModelIndex, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from serge_desktop.ui.features.library.columns import Column
from serge_desktop.ui.features.library.table_model import SERIES_MIME, LibraryTableModel
from serge_desktop.ui.shell.main_window import MainWindow
from serge_desktop.ui.window.context import PageId
from tests.services.library_helpers import SERIES
from tests.ui.features.library.conftest import library


def titles(model: LibraryTableModel) -> list[str]:
    """The rows as shown: headings, and articles (indented here to tell them apart)."""
    shown = []
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        indent = "  " if model.article_at(index) is not None and model.is_grouped() else ""
        shown.append(indent + str(model.data(index)))
    return shown


def test_the_window_starts_at_the_library_for_several_articles(
    library_window: MainWindow,
) -> None:
    assert library_window.current_page() == PageId.LIBRARY
    # The first article is open behind it, for the study panes.
    assert library_window.current_article() is not None


def test_series_in_order_parts_in_order_or_flat(
    library_window: MainWindow, qtmodeltester: object
) -> None:
    page = library(library_window).page
    assert titles(page.model) == [
        f"{SERIES} (2 articles)",
        "  Boris Souvarine and the first schism",
        "  He found the seeds of hope in Russia",
        "Not in a series (1 article)",
        "  Notes from Brussels",
    ]
    qtmodeltester.check(page.model)  # type: ignore[attr-defined]
    page.grouped.setChecked(False)
    page.table.sortByColumn(Column.TITLE, Qt.SortOrder.DescendingOrder)
    assert titles(page.model) == [
        "Notes from Brussels",
        "He found the seeds of hope in Russia",
        "Boris Souvarine and the first schism",
    ]
    qtmodeltester.check(page.model)  # type: ignore[attr-defined]


def test_filter_as_you_type_then_enter_opens_in_the_reader(
    library_window: MainWindow, qtbot: QtBot
) -> None:
    feature = library(library_window)
    library_window.show_page(PageId.STUDY)
    library_window.activateWindow()
    library_window.reader.setFocus()
    QTest.keyClick(library_window.reader, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert library_window.current_page() == PageId.LIBRARY
    page = feature.page
    qtbot.waitUntil(page.table.hasFocus)  # the rows, for arrows and Enter
    qtbot.keyClicks(page.filter, "souvar")
    assert page.model.article_count() == 1
    assert page.count.text() == "1 of 3"
    qtbot.keyClick(page.filter, Qt.Key.Key_Return)  # to the first row
    assert page.table.hasFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    article = library_window.current_article()
    assert article is not None and article.headline == "Boris Souvarine and the first schism"
    assert library_window.current_page() == PageId.STUDY
    qtbot.waitUntil(library_window.reader.hasFocus)
    # Opening it counts as reading it: the library shows when.
    summary = library_window.workspace.library.get_summary(article.slug)
    assert summary.last_read_at is not None


def test_details_edit_with_undo_and_a_refusal_said_in_words(
    library_window: MainWindow, qtbot: QtBot
) -> None:
    page = library(library_window).page
    page.select_article(library_window.workspace.library.get_summary("notes-from-brussels").id)
    details = page.details
    assert details.title.text() == "Notes from Brussels"
    details.title.setText("Letters from Brussels")
    details.title.textEdited.emit("Letters from Brussels")
    details.series.setEditText(SERIES)
    details.part.setValue(3)
    qtbot.mouseClick(details.apply_button, Qt.MouseButton.LeftButton)
    summary = library_window.workspace.library.get_summary("notes-from-brussels")
    assert (summary.headline, summary.series, summary.part) == ("Letters from Brussels", SERIES, 3)
    assert titles(page.model)[-1] == "  Letters from Brussels"
    assert library_window.commands.undo.text() == "&Undo Edit Details"
    library_window.undo()
    summary = library_window.workspace.library.get_summary("notes-from-brussels")
    assert (summary.headline, summary.series, summary.part) == ("Notes from Brussels", None, None)
    assert details.title.text() == "Notes from Brussels"
    details.title.setText("")
    details.title.textEdited.emit("")
    details.apply()
    assert details.hint.text() == "The title cannot be empty."
    assert library_window.workspace.library.get_summary("notes-from-brussels").headline == (
        "Notes from Brussels"
    )


def test_a_series_is_renamed_moved_by_dragging_and_merged_with_undo(
    library_window: MainWindow, monkeypatch: object
) -> None:
    from serge_desktop.ui.features.library.series_actions import SeriesActions

    feature = library(library_window)
    workspace = library_window.workspace
    page = feature.page
    brussels = workspace.library.get_summary("notes-from-brussels")
    metadata = workspace.metadata.metadata(brussels.id)
    from dataclasses import replace

    workspace.metadata.set_metadata(
        article_id=brussels.id, metadata=replace(metadata, series="Travels")
    )
    feature.refresh()
    travels = workspace.series.get("Travels")
    page.select_series(travels.id)
    setattr(SeriesActions, "ask_name", classmethod(lambda cls, parent, current: "Journeys"))  # noqa: B010
    feature.series.rename_action.trigger()
    assert [s.name for s in workspace.series.list_series()] == [SERIES, "Journeys"]
    # Dragged above the first heading, the series becomes first.
    data = QMimeData()
    data.setData(SERIES_MIME, str(travels.id).encode())
    page.model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert [s.name for s in workspace.series.list_series()] == ["Journeys", SERIES]
    assert titles(page.model)[0] == "Journeys (1 article)"
    library_window.undo()
    library_window.undo()
    assert [s.name for s in workspace.series.list_series()] == [SERIES, "Travels"]
    page.select_series(travels.id)
    first = workspace.series.get(SERIES)
    setattr(SeriesActions, "ask_target", classmethod(lambda cls, parent, s, others: others[0]))  # noqa: B010
    feature.series.merge_action.trigger()
    assert [s.name for s in workspace.series.list_series()] == [SERIES]
    assert workspace.series.get(SERIES).articles == 3 and first.articles == 2
    library_window.undo()
    assert [s.name for s in workspace.series.list_series()] == [SERIES, "Travels"]


def test_a_narrow_window_leaves_the_title_its_share_of_the_table(
    library_window: MainWindow, qtbot: QtBot
) -> None:
    table = library(library_window).page.table
    header = table.horizontalHeader()
    library_window.setWindowState(Qt.WindowState.WindowNoState)  # not the small screen's size
    library_window.resize(1600, 900)
    qtbot.waitUntil(lambda: library_window.width() == 1600)
    wide = header.sectionSize(Column.PUBLICATION)
    assert wide == 130
    library_window.resize(1024, 700)
    qtbot.waitUntil(lambda: header.sectionSize(Column.PUBLICATION) < wide)
    # The other columns narrowed together; the title kept 40% of the table (it had 9% once).
    assert header.sectionSize(Column.TITLE) >= 0.4 * table.viewport().width() - 1
    assert all(header.sectionSize(c) >= 40 for c in Column if not table.isColumnHidden(c))
    library_window.resize(1600, 900)
    qtbot.waitUntil(lambda: header.sectionSize(Column.PUBLICATION) == wide)
    # A column the reader drags wider keeps its share when the window changes size again.
    author = header.sectionSize(Column.AUTHOR)
    header.resizeSection(Column.AUTHOR, author + 100)
    library_window.resize(1200, 900)
    qtbot.waitUntil(lambda: header.sectionSize(Column.PUBLICATION) < wide)
    assert header.sectionSize(Column.AUTHOR) > header.sectionSize(Column.PUBLICATION) + 50


def test_a_heading_too_wide_for_its_column_ends_in_an_ellipsis(library_window: MainWindow) -> None:
    # French headings are longer ("Événements"): narrowed, they lost both ends ("vénement").
    from PySide6.QtWidgets import QHeaderView

    headers = library_window.findChildren(QHeaderView)
    shown = [h for h in headers if h.orientation() is Qt.Orientation.Horizontal and h.count() > 2]
    assert len(shown) >= 3  # the Library's, All Notes', the timeline table's at least
    clipped = [h for h in shown if h.textElideMode() is not Qt.TextElideMode.ElideRight]
    assert clipped == [], [type(h.parent()).__name__ for h in clipped]
