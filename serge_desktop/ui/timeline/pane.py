"""The timeline pane: controls, the chart (every lane in view, a bar for time) and twins.

Signals:
    event_selected(int), event_activated(int): the user chose an event (in the chart or a twin);
        activated asks for its passage.
    selection_changed(): the selected event changed, by the user or the program.
    events_changed(): the events shown were replaced (another article, or a change to them).
"""

from __future__ import annotations

import contextlib
from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QScrollBar,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from serge_desktop.core.errors import SergeError
from serge_desktop.services.changes import Changes
from serge_desktop.services.timeline import TimelineService
from serge_desktop.services.views import TimelineEventView
from serge_desktop.ui.timeline.controls import TimelineControls
from serge_desktop.ui.timeline.empty_offer import EmptyTimelineOffer
from serge_desktop.ui.timeline.time_bar import TimeBar
from serge_desktop.ui.timeline.view import TimelineView

if TYPE_CHECKING:
    from serge_desktop.services.categories import CategoryService


class TimelinePane(QWidget):
    """The timeline chart, its controls, and other views of the same events to switch to.

    Given the timeline service, it reads the open article's events itself and reads them again
    when a change says they (or their notes) changed; given the category service, it reads the
    library's categories for the legend's order.
    """

    event_selected = Signal(int)
    event_activated = Signal(int)
    selection_changed = Signal()
    events_changed = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        service: TimelineService | None = None,
        categories: CategoryService | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._category_service = categories
        self._article_id: int | None = None
        self._events: list[TimelineEventView] = []
        self._view = TimelineView()
        self._view.event_selected.connect(self.event_selected)
        self._view.event_activated.connect(self.event_activated)
        self._view.selection_changed.connect(self.selection_changed)
        self._time_bar = TimeBar(self._view)
        self._chart = QWidget()
        self._chart.setAccessibleName(self.tr("Timeline chart"))
        chart_layout = QVBoxLayout(self._chart)
        chart_layout.setContentsMargins(0, 0, 0, 0)
        chart_layout.setSpacing(0)
        chart_layout.addWidget(self._view, 1)
        chart_layout.addWidget(self._time_bar)
        self.empty_offer = EmptyTimelineOffer(self._chart)
        self.empty_offer.hide()
        chart_layout.addWidget(self.empty_offer, 1)
        self._stack = QStackedWidget()
        self._stack.addWidget(self._chart)
        self.controls = TimelineControls(self._view, self)
        self._chart.addActions(self.controls.actions_for_menu())  # their keys, on the chart
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.controls)
        layout.addWidget(self._stack, 1)
        self.setFocusProxy(self._view)
        self._chart_toggle: QToolButton | None = None

    @property
    def view(self) -> TimelineView:
        return self._view

    def menu_actions(self) -> list[QAction]:
        """The chart's zoom and fit actions, for the Timeline menu."""
        return self.controls.actions_for_menu()

    # The events shown ----------------------------------------------------------------------------

    def set_article(self, article_id: int | None) -> None:
        """Show this article's events (read with the service)."""
        self._article_id = article_id
        self._read_categories()
        events = self._read_events()
        self.set_events(events if events is not None else [])

    def set_events(self, events: Sequence[TimelineEventView]) -> None:
        self._events = list(events)
        self._view.set_events(self._events)
        self._show_empty_offer(not self._events and self._article_id is not None)
        self.events_changed.emit()

    def offer_suggestions(self, action: QAction) -> None:
        """An article without events shows a button for ``action`` (Suggest Events…)."""
        self.empty_offer.offer(action)

    def _show_empty_offer(self, empty: bool) -> None:
        # The chart of nothing makes way for what to do about it; the keyboard goes there too.
        had_focus = self.focusWidget() is not None and self.isAncestorOf(self.focusWidget())
        self.empty_offer.setVisible(empty)
        self._view.setVisible(not empty)
        if self._stack.currentWidget() is self._chart:
            self.setFocusProxy(self.empty_offer.button if empty else self._view)
            if had_focus:
                self.setFocus()

    def events(self) -> list[TimelineEventView]:
        return list(self._events)

    def reload(self) -> None:
        """Read the events again, keeping the selected one selected."""
        fresh = self._read_events()
        if fresh is not None:
            selected = self.selected_event_id()
            self.set_events(fresh)
            self.select_event(selected)

    def on_changed(self, changes: Changes) -> None:
        """Read the events again after a change to events, categories or notes.

        A note about an event changes its note count, so notes count too; the events are
        replaced only when they differ, keeping the view where it is and the selection (an
        event that is gone is no longer selected).
        """
        if not (changes.events or changes.categories or changes.notes):
            return
        if changes.categories:
            self._read_categories()
        fresh = self._read_events()
        if fresh is not None and fresh != self._events:
            selected = self.selected_event_id()
            self.set_events(fresh)
            self.select_event(selected)
        if changes.event_id is not None:
            self.select_event(changes.event_id)

    def _read_categories(self) -> None:
        if self._category_service is None:
            return
        with contextlib.suppress(SergeError):  # a locked library: the next change reads again
            self._view.set_categories(self._category_service.legend())

    def _read_events(self) -> list[TimelineEventView] | None:
        if self._service is None or self._article_id is None:
            return None
        with contextlib.suppress(SergeError):  # a locked library: the next change reads again
            return self._service.list_events(self._article_id)
        return None

    # Selection ------------------------------------------------------------------------------------

    def selected_event_id(self) -> int | None:
        return self._view.selected_event_id()

    def select_event(self, event_id: int | None) -> None:
        """Select an event for the program; emits selection_changed only."""
        self._view.select_event(event_id)

    def activate_event(self, event_id: int) -> None:
        """Select an event and show its passage, as a click on it does."""
        self._view.select_event(event_id)
        self._view.event_activated.emit(event_id)

    def highlight_events(self, ids: Collection[int]) -> None:
        """Light up the events told in the part of the article on screen."""
        self._view.highlight_events(ids)

    def time_bar(self) -> QScrollBar:
        return self._time_bar

    def add_alternate_view(self, widget: QWidget, label: str) -> None:
        """Offer another view of the events (a table, say) beside the chart, with a toggle."""
        if self._chart_toggle is None:
            chart = self.controls.add_toggle(self.tr("Chart"))
            chart.setChecked(True)
            chart.toggled.connect(lambda on: self._show(self._chart, on))
            self._chart_toggle = chart
        toggle = self.controls.add_toggle(label)
        self._stack.addWidget(widget)
        toggle.toggled.connect(lambda on: self._show(widget, on))

    def current_view(self) -> QWidget:
        return self._stack.currentWidget() or self._chart

    def _show(self, widget: QWidget, shown: bool = True) -> None:
        if not shown:
            return
        had_focus = self.focusWidget() is not None and self.isAncestorOf(self.focusWidget())
        self._stack.setCurrentWidget(widget)
        chart = widget is self._chart
        empty = not self.empty_offer.isHidden()
        self.setFocusProxy((self.empty_offer.button if empty else self._view) if chart else widget)
        self.controls.set_chart_shown(chart)
        if had_focus:
            (self._view if chart else widget).setFocus()
