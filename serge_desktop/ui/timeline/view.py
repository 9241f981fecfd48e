"""A custom-painted horizontal timeline of an article's dated events, zoomable in time."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from PySide6.QtCore import QEvent, QPointF, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QToolTip, QWidget
from typing_extensions import override

from serge_desktop.services.views import TimelineEventView
from serge_desktop.ui.common.accessible_roles import register_accessible_role
from serge_desktop.ui.timeline.canvas import TimelineCanvas
from serge_desktop.ui.timeline.captions import (
    accessible_description,
    accessible_name,
    event_tooltip,
)
from serge_desktop.ui.timeline.geometry.scale import (
    Window,
    centred_on,
    clamped,
    framing,
    panned,
    zoomed,
)
from serge_desktop.ui.timeline.navigation import ZOOM_STEP, TimelineNavigation

__all__ = ["TimelineView"]


class TimelineView(TimelineCanvas):
    """The events on a time axis, labels stacked in lanes above it so that every one is readable.

    Signals:
        event_activated(int): the user clicked an event or pressed Enter on it.
        event_selected(int): the user moved the selection (mouse or keyboard) to this event.
        visible_range_changed(Window): the stretch of time shown changed (zoom, pan, new events).
        selection_changed(): the selected event changed, by the user or the program.
    """

    event_activated = Signal(int)
    event_selected = Signal(int)
    visible_range_changed = Signal(object)
    selection_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        register_accessible_role(TimelineView, QAccessible.Role.Chart)
        super().__init__(parent)
        self.setAccessibleName(self.tr("Timeline"))
        help_text = self.tr(
            "Arrow keys: previous or next event · Enter: open its passage · + and −: zoom · "
            "Shift+arrows, Page Up/Down, wheel or drag: move in time · Ctrl+wheel or pinch: "
            "zoom · Home: fit all · Z: zoom to the selected event"
        )
        self.setStatusTip(help_text)
        self.setWhatsThis(help_text)
        self.grabGesture(Qt.GestureType.PinchGesture)
        self._navigation = TimelineNavigation(self)

    # Events and selection ------------------------------------------------------------------------

    def set_events(self, events: Sequence[TimelineEventView]) -> None:
        self.scene.set_events(events)
        ids = set(self.scene.by_id)
        self._highlighted = self._highlighted & ids
        if self._hovered not in ids:
            self._hovered = None
        if self._selected not in ids and self._selected is not None:
            self._selected = None
            self.selection_changed.emit()
        if self._window is not None:
            self._window = clamped(self._window, self.scene.whole())
        self._changed_geometry()
        self._describe_selection()
        self.visible_range_changed.emit(self.visible_window())

    def events(self) -> list[TimelineEventView]:
        return list(self.scene.events)

    def set_categories(self, categories: Sequence[tuple[str, str]] | None) -> None:
        """The library's categories, (name, colour) in the legend's order; None: by name."""
        self.scene.set_categories(categories)
        self._changed_geometry()

    def select_event(self, event_id: int | None) -> None:
        """Select an event for the program (e.g. the reader moved); emits no signal."""
        if event_id is not None and event_id not in self.scene.by_id:
            event_id = None
        if event_id != self._selected:
            self._selected = event_id
            self._describe_selection()
            self._reveal(event_id)
            self.update()
            self.selection_changed.emit()

    def highlight_events(self, ids: Collection[int]) -> None:
        highlighted = frozenset(ids)
        if highlighted != self._highlighted:
            self._highlighted = highlighted
            self.update()

    def select_by_user(self, event_id: int) -> None:
        if event_id != self._selected:
            self.select_event(event_id)
            self.event_selected.emit(event_id)

    def step_selection(self, step: int) -> None:
        """Move the selection `step` events on in time order; from nothing, to an end in view."""
        order = self.scene.order
        if not order:
            return
        if self._selected in order:
            index = min(max(order.index(self._selected) + step, 0), len(order) - 1)
        else:
            in_view = self.frame().keys_in_view() or order
            index = order.index(in_view[0] if step > 0 else in_view[-1])
        self.select_by_user(order[index])

    def activate_selection(self) -> None:
        """Ask for the selected event's passage, as Enter does."""
        if self._selected is not None:
            self.event_activated.emit(self._selected)

    def select_edge(self, last: bool) -> None:
        if self.scene.order:
            self.select_by_user(self.scene.order[-1 if last else 0])

    # Zoom and pan --------------------------------------------------------------------------------

    def set_visible_window(self, window: Window | None) -> None:
        """Show this stretch of time (kept within the limits); None fits everything."""
        whole = self.scene.whole()
        new = None if window is None else clamped(window, whole)
        if new == whole:
            new = None
        if new != self._window:
            self._window = new
            self.update()  # the size wanted stays: lanes fit the height at every zoom
            self.visible_range_changed.emit(self.visible_window())

    def zoom_by(self, factor: float, at_x: float | None = None) -> None:
        """Zoom in by `factor` (below 1: out) keeping the moment under `at_x` where it is."""
        if at_x is None:
            anchor = self.scene.anchor(self._selected) if self._selected is not None else None
            window = self.visible_window()
            if anchor is None or not window.contains(anchor):
                anchor = (window.start + window.end) / 2
        else:
            anchor = self.frame().layout.year_at(at_x)
        self.set_visible_window(zoomed(self.visible_window(), factor, anchor, self.whole_window()))

    def zoom_in(self) -> None:
        self.zoom_by(ZOOM_STEP)

    def zoom_out(self) -> None:
        self.zoom_by(1 / ZOOM_STEP)

    def fit_all(self) -> None:
        self.set_visible_window(None)

    def zoom_to_selection(self) -> None:
        extent = self.scene.extent(self._selected) if self._selected is not None else None
        if extent is not None:
            self.set_visible_window(framing(*extent, self.whole_window()))
            self._reveal(self._selected)

    def pan_by(self, years: float) -> None:
        self.set_visible_window(panned(self.visible_window(), years, self.whole_window()))

    def years_per_pixel(self) -> float:
        layout = self.frame().layout
        return layout.window.span / max(1.0, layout.axis_x1 - layout.axis_x0)

    def _describe_selection(self) -> None:
        event = self.scene.by_id.get(self._selected) if self._selected is not None else None
        self.setAccessibleName(accessible_name(event) if event else self.tr("Timeline"))
        self.setAccessibleDescription(accessible_description(event) if event else "")
        if QAccessible.isActive():
            for kind in (QAccessible.Event.NameChanged, QAccessible.Event.DescriptionChanged):
                QAccessible.updateAccessibility(QAccessibleEvent(self, kind))

    def _reveal(self, event_id: int | None) -> None:
        """Bring an event into view: pan the time axis to it (every lane is always in view)."""
        anchor = self.scene.anchor(event_id) if event_id is not None else None
        if anchor is None:
            return
        window = self.visible_window()
        margin = window.span * 0.05
        if not window.start + margin <= anchor <= window.end - margin:
            self.set_visible_window(centred_on(window, anchor, self.whole_window()))

    # Input ---------------------------------------------------------------------------------------

    @override
    def mousePressEvent(self, e: QMouseEvent, /) -> None:
        if e.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(e)
            return
        drawn = self._drawn_at(e.position())
        if drawn is None:
            self._navigation.start_drag(e.position())
        else:
            self.select_by_user(drawn.event.id)
            self.event_activated.emit(drawn.event.id)
        e.accept()

    @override
    def mouseMoveEvent(self, e: QMouseEvent, /) -> None:
        if self._navigation.drag_to(e.position()):
            return
        drawn = self._drawn_at(e.position())
        self.set_hovered(drawn.event.id if drawn else None)
        if drawn:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        else:
            self.unsetCursor()
        super().mouseMoveEvent(e)

    @override
    def leaveEvent(self, e: QEvent, /) -> None:
        self.set_hovered(None)
        super().leaveEvent(e)

    @override
    def mouseReleaseEvent(self, e: QMouseEvent, /) -> None:
        self._navigation.end_drag()
        super().mouseReleaseEvent(e)

    @override
    def wheelEvent(self, e: QWheelEvent, /) -> None:
        self._navigation.wheel(e)

    @override
    def keyPressEvent(self, e: QKeyEvent, /) -> None:
        if not self._navigation.key(e):
            super().keyPressEvent(e)

    @override
    def event(self, e: QEvent, /) -> bool:
        navigation = self.__dict__.get("_navigation")  # None while QWidget is being built
        if isinstance(navigation, TimelineNavigation):
            if isinstance(e, QKeyEvent) and e.type() == QEvent.Type.ShortcutOverride:
                if navigation.takes_shortcut(e):
                    e.accept()  # our + and − before the reader's zoom keys
                    return True
            elif navigation.gesture(e):
                return True
        if e.type() == QEvent.Type.ToolTip and isinstance(e, QHelpEvent):
            drawn = self._drawn_at(QPointF(e.pos()))
            if drawn:
                rect = (drawn.label or drawn.marker).toAlignedRect()
                QToolTip.showText(e.globalPos(), event_tooltip(drawn.event), self, rect)
            else:
                QToolTip.hideText()
                e.ignore()
            return True
        return super().event(e)
