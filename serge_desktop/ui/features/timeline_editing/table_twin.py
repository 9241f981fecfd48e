"""The table twin beside the timeline canvas: installed in the pane, selection kept in step."""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton

from serge_desktop.core.errors import SergeError
from serge_desktop.services.views import TimelineEventView
from serge_desktop.ui.timeline.table import TimelineTable

if TYPE_CHECKING:
    from serge_desktop.ui.shell.main_window import MainWindow


class TableTwin(QObject):
    """Keeps the table showing the canvas's events and selection, both ways.

    Signals: selection_moved() after the user moved the selection in the table.
    """

    selection_moved = Signal()

    def __init__(self, window: MainWindow, parent: QObject) -> None:
        super().__init__(parent)
        self._window = window
        self.table = TimelineTable()
        self.show_table = QAction(self.tr("Show as &Table"), window)
        self.show_table.setCheckable(True)
        self.show_table.setStatusTip(
            self.tr("Show the timeline as a table: dates in words, sortable, for the keyboard")
        )
        self._install()
        canvas = window.timeline
        canvas.event_selected.connect(self._on_canvas_selected)
        canvas.event_activated.connect(self._on_canvas_selected)
        self.table.event_selected.connect(self._on_table_selected)
        self.table.event_activated.connect(self._on_table_activated)
        # Any undoable change may change an event's note count (a note about it added or
        # deleted): read the events again when they differ, so counts and badges stay true.
        window.undo_stack.indexChanged.connect(lambda _index: self.sync())

    def _install(self) -> None:
        """Put the table in the pane, with the pane's toggle; the menu action follows the toggle."""
        pane = self._window.timeline_pane
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
        pane = self._window.timeline_pane
        if pane.isVisible():
            (self.table if table else self._window.timeline).setFocus()

    def show_events(self, events: Sequence[TimelineEventView]) -> None:
        self.table.set_events(events)
        self.table.select_event(self._window.timeline.selected_event_id())

    def sync(self) -> None:
        # The window's undo stack is cleared as the window is destroyed, after its library may
        # have closed: a window being destroyed has nothing left to show.
        if not shiboken6.isValid(self._window):
            return
        article = self._window.current_article()
        if article is None:
            return
        with contextlib.suppress(SergeError):  # a locked library: the next change reads again
            fresh = self._window.workspace.timeline.list_events(article.id)
            if fresh != self._window.events():
                selected = self._window.timeline.selected_event_id()
                self._window.reload_events()
                self._window.timeline.select_event(selected)
                self.show_events(self._window.events())

    def _on_canvas_selected(self, event_id: int) -> None:
        self.table.select_event(event_id)

    def _on_table_selected(self, event_id: int) -> None:
        canvas = self._window.timeline
        canvas.select_event(event_id)
        # As if chosen on the canvas: the window enables "Add Note on the Selected Event".
        canvas.event_selected.emit(event_id)
        self.selection_moved.emit()

    def _on_table_activated(self, event_id: int) -> None:
        canvas = self._window.timeline
        canvas.select_event(event_id)
        canvas.event_activated.emit(event_id)  # the window shows the passage, as for the canvas
        self.selection_moved.emit()
