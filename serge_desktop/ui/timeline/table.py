"""The timeline's accessible twin: the same events in a sortable, keyboard-navigable table.

Signals:
    event_selected(int): the user moved the current row to this event.
    event_activated(int): Enter or a double-click on this event (open its passage).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget
from typing_extensions import override

from serge_desktop.services.views import TimelineEventView
from serge_desktop.ui.timeline.table_model import (
    EVENT_ID_ROLE,
    SORT_ROLE,
    Column,
    TimelineTableModel,
)


class TimelineTable(QTableView):
    event_selected = Signal(int)
    event_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Timeline events"))
        self.setAccessibleDescription(
            self.tr("The timeline as a table; Enter shows an event's passage in the article")
        )
        self.source = TimelineTableModel()
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.source)
        self.proxy.setSortRole(SORT_ROLE)
        self.setModel(self.proxy)
        self.setSortingEnabled(True)
        self.sortByColumn(Column.DATE, Qt.SortOrder.AscendingOrder)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)  # Tab leaves the table; arrows move within it
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.EVENT, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        self._quiet = False
        self._columns_unsized = False  # events set while hidden: sized when first shown
        self.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.doubleClicked.connect(self._activate)

    def set_events(self, events: Sequence[TimelineEventView]) -> None:
        """Show these events, keeping the selected one selected when it is still there."""
        selected = self.selected_event_id()
        self._quiet = True
        try:
            self.source.set_events(events)
            # Measuring every cell is most of filling the table (20 ms for a long article, on
            # every article switch): the table is hidden behind the chart until asked for.
            self._columns_unsized = not self.isVisible()
            if not self._columns_unsized:
                self._size_columns()
        finally:
            self._quiet = False
        self.select_event(selected)

    def _size_columns(self) -> None:
        self._columns_unsized = False
        self.resizeColumnsToContents()
        self.horizontalHeader().setSectionResizeMode(Column.EVENT, QHeaderView.ResizeMode.Stretch)

    def select_event(self, event_id: int | None) -> None:
        """Select an event's row for the program (the canvas moved); emits no signal."""
        row = self.source.row_of(event_id) if event_id is not None else None
        self._quiet = True
        try:
            if row is None:
                self.selectionModel().clear()
                return
            index = self.proxy.mapFromSource(self.source.index(row, Column.DATE))
            self.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.scrollTo(index)
        finally:
            self._quiet = False

    def selected_event_id(self) -> int | None:
        index = self.currentIndex()
        rows = self.selectionModel().selectedRows()
        if not index.isValid() or not rows:
            return None
        value = index.data(EVENT_ID_ROLE)
        return int(value) if value is not None else None

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._quiet or not current.isValid():
            return
        self.event_selected.emit(int(current.data(EVENT_ID_ROLE)))

    def _activate(self, index: QModelIndex) -> None:
        if index.isValid():
            self.event_activated.emit(int(index.data(EVENT_ID_ROLE)))

    @override
    def showEvent(self, event: QShowEvent) -> None:
        if self._columns_unsized:
            self._size_columns()
        super().showEvent(event)

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._activate(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)
