"""The table twin beside the timeline chart: installed in the pane, selection kept in step."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton

from serge_desktop.ui.timeline.pane import TimelinePane
from serge_desktop.ui.timeline.table import TimelineTable


class TableTwin(QObject):
    """Keeps the table showing the pane's events and the chart's selection, both ways.

    Signals: selection_moved() after the user moved the selection in the table.
    """

    selection_moved = Signal()

    def __init__(self, pane: TimelinePane, parent: QObject) -> None:
        super().__init__(parent)
        self._pane = pane
        self.table = TimelineTable()
        self.show_table = QAction(self.tr("Show as &Table"), self)
        self.show_table.setCheckable(True)
        self.show_table.setStatusTip(
            self.tr("Show the timeline as a table: dates in words, sortable, for the keyboard")
        )
        self._install()
        pane.events_changed.connect(self._show_events)
        pane.selection_changed.connect(self._on_chart_selection)
        self.table.event_selected.connect(self._on_table_selected)
        self.table.event_activated.connect(self._on_table_activated)
        self._show_events()

    def _install(self) -> None:
        """Put the table in the pane, with the pane's toggle; the menu action follows the toggle."""
        pane = self._pane
        label = self.tr("Table")
        pane.add_alternate_view(self.table, label)
        self._toggle = next(
            (
                b
                for b in pane.findChildren(QAbstractButton)
                if b.isCheckable() and b.text() == label
            ),
            None,
        )
        if self._toggle is not None:
            self._toggle.toggled.connect(self.show_table.setChecked)
        self.show_table.toggled.connect(self._show)

    def _show(self, table: bool) -> None:
        toggle = self._toggle
        group = toggle.group() if toggle is not None else None
        if toggle is None or group is None:
            return
        if table:
            toggle.setChecked(True)
        else:  # the chart's toggle is the group's first
            group.buttons()[0].setChecked(True)
        if self._pane.isVisible():
            (self.table if table else self._pane.view).setFocus()

    def _show_events(self) -> None:
        self.table.set_events(self._pane.events())
        self.table.select_event(self._pane.selected_event_id())

    def _on_chart_selection(self) -> None:
        self.table.select_event(self._pane.selected_event_id())

    def _on_table_selected(self, event_id: int) -> None:
        view = self._pane.view
        view.select_event(event_id)
        # As if chosen on the chart: "Add Note on the Selected Event" applies to it.
        view.event_selected.emit(event_id)
        self.selection_moved.emit()

    def _on_table_activated(self, event_id: int) -> None:
        self._pane.activate_event(event_id)  # the reader shows its passage, as for the chart
        self.selection_moved.emit()
