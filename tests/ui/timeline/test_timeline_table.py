"""The timeline's table twin: dates in words, sorted by their bounds, in step with the canvas."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton
from pytestqt.qtbot import QtBot

from serge_desktop.services.changes import Changes
from serge_desktop.services.timeline_edits import EventFields
from serge_desktop.services.workspace import Workspace
from serge_desktop.ui.features.timeline_editing.editing import TimelineEditing
from serge_desktop.ui.shell.main_window import MainWindow
from serge_desktop.ui.timeline.table import TimelineTable
from serge_desktop.ui.timeline.table_model import EVENT_ID_ROLE, Column


def twin_table(window: MainWindow) -> TimelineTable:
    return next(f for f in window.features if isinstance(f, TimelineEditing)).twin.table


def column(table: TimelineTable, which: Column) -> list[str]:
    model = table.model()
    return [str(model.index(row, which).data()) for row in range(model.rowCount())]


def fuzzy_table(qtbot: QtBot, workspace: Workspace) -> tuple[TimelineTable, list[str]]:
    """The seed's events and three open or unspecified dates, in a table of their own."""
    article_id = workspace.library.list_articles()[0].id
    for edtf, label in (("192X", "In the twenties"), ("../1936", "By then"), ("1933/..", "On")):
        workspace.timeline.create_event(
            article_id=article_id, fields=EventFields(edtf, "", label, "life")
        )
    table = TimelineTable()
    qtbot.addWidget(table)
    table.set_events(workspace.timeline.list_events(article_id))
    return table, column(table, Column.EVENT)


def test_rows_sort_by_the_earliest_bound_both_ways(qtbot: QtBot, workspace: Workspace) -> None:
    table, labels = fuzzy_table(qtbot, workspace)
    events = {e.label: e for e in workspace.timeline.list_events(1)}
    assert labels[0] == "By then"  # open start: before every other date
    earliest = [events[label].earliest for label in labels]
    assert earliest == sorted(earliest)
    words = dict(zip(labels, column(table, Column.DATE), strict=True))
    assert words["By then"] == "before 1936"
    assert words["On"] == "from 1933"
    assert words["In the twenties"] == "the 1920s"
    assert words["Sees the revolution must spread"] == "the early 1920s"
    assert words["Attacked by Stalin’s followers"] == "perhaps 1943"
    # "1919" sorts before the period "1919 to 1921" that starts in the same year.
    assert labels.index("Reaches Petrograd") < labels.index("Works for the revolution")
    table.sortByColumn(Column.DATE, Qt.SortOrder.DescendingOrder)
    assert column(table, Column.EVENT)[-1] == "By then"
    table.sortByColumn(Column.EVENT, Qt.SortOrder.AscendingOrder)
    assert column(table, Column.EVENT) == sorted(labels, key=str.casefold)


def test_columns_filled_while_hidden_are_sized_when_shown(
    qtbot: QtBot, workspace: Workspace
) -> None:
    # A hidden table (behind the chart) sizes its columns on being shown, not on every switch.
    table, _ = fuzzy_table(qtbot, workspace)
    table.resize(900, 400)
    table.show()
    qtbot.waitExposed(table)
    for which in (Column.DATE, Column.CATEGORY):
        assert table.columnWidth(which) == max(
            table.sizeHintForColumn(which), table.horizontalHeader().sectionSizeHint(which)
        )


def test_the_selection_survives_new_events_and_sorting(qtbot: QtBot, workspace: Workspace) -> None:
    table, _ = fuzzy_table(qtbot, workspace)
    chosen = next(e for e in workspace.timeline.list_events(1) if e.label == "On")
    table.select_event(chosen.id)
    table.sortByColumn(Column.CATEGORY, Qt.SortOrder.DescendingOrder)
    assert table.selected_event_id() == chosen.id
    table.set_events(workspace.timeline.list_events(1))
    assert table.selected_event_id() == chosen.id
    table.select_event(None)
    assert table.selected_event_id() is None


def test_the_table_has_every_column_with_sources_and_note_counts(window: MainWindow) -> None:
    article = window.current_article()
    assert article is not None
    first = window.events()[0]
    window.workspace.notes.create_note_about(article_id=article.id, event_id=first.id)
    window.bus.announce(Changes(notes=True))  # as the note's command would
    table = twin_table(window)
    model = table.model()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in Column]
    assert headers == ["Date", "As written", "Event", "Category", "Source", "Notes"]
    rows = {column(table, Column.EVENT)[r]: r for r in range(model.rowCount())}
    born = rows[first.label]
    assert model.index(born, Column.NOTES).data() == "1"
    assert model.index(born, Column.WRITTEN).data() == "in 1890"
    assert model.index(rows["Imprisoned in France"], Column.SOURCE).data().startswith("Context")
    assert model.index(born, Column.CATEGORY).data() == "Life"


def test_selection_follows_the_canvas_and_back(window: MainWindow, qtbot: QtBot) -> None:
    table = twin_table(window)
    events = window.events()
    window.timeline.view.select_event(events[3].id)
    window.timeline.view.event_selected.emit(events[3].id)
    assert table.selected_event_id() == events[3].id

    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Down)
    moved = table.selected_event_id()
    assert moved is not None and moved != events[3].id
    assert window.timeline.view.selected_event_id() == moved
    with qtbot.waitSignal(window.timeline.view.event_activated) as activated:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert activated.args == [moved]
    assert table.currentIndex().data(EVENT_ID_ROLE) == moved


def test_show_as_table_switches_the_pane_and_follows_its_toggle(window: MainWindow) -> None:
    twin = next(f for f in window.features if isinstance(f, TimelineEditing)).twin
    pane = window.timeline
    assert pane.current_view() is not twin.table
    twin.show_table.setChecked(True)
    assert pane.current_view() is twin.table
    assert twin.table.model().rowCount() == len(window.events())
    twin.show_table.setChecked(False)
    assert pane.current_view() is not twin.table
    [toggle] = [b for b in pane.findChildren(QAbstractButton) if b.text() == "Table"]
    toggle.click()  # the pane's own button: the menu's tick follows
    assert twin.show_table.isChecked() and pane.current_view() is twin.table
