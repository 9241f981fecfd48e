"""The series chart: a band per article shown, the events several tell drawn once, zoomable.

The keys are those of an article's chart (arrows move along a band, + and − zoom, Home fits
all, Enter opens), and Up and Down go to the nearest event in time in the band above or below.
The wheel scrolls the bands; Shift+wheel moves in time, Ctrl+wheel zooms.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QContextMenuEvent,
    QFocusEvent,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QToolTip, QWidget
from typing_extensions import override

from serge_desktop.ui.common.accessible_roles import register_accessible_role
from serge_desktop.ui.timeline.geometry.scale import (
    Window,
    centred_on,
    clamped,
    framing,
    panned,
    zoomed,
)
from serge_desktop.ui.timeline.navigation import ZOOM_STEP, TimelineNavigation
from serge_desktop.ui.timeline.series.chart_data import ChartData
from serge_desktop.ui.timeline.series.series_canvas import SeriesCanvas, SeriesFrame
from serge_desktop.ui.timeline.series.series_navigation import (
    SeriesNavigation,
    across_bands,
    along_band,
    band_edge,
)
from serge_desktop.ui.timeline.series.series_painting import echo_x
from serge_desktop.ui.timeline.series.series_words import (
    accessible_description,
    accessible_name,
    item_html,
)


class SeriesChart(SeriesCanvas):
    """The events of a series' articles, a band each, on one axis.

    Signals:
        event_selected(int): the user selected this event (its key).
        event_activated(int): the user asked for its passages (double-click, Enter).
        passages_requested(int, QPoint): the user asked for its passages with the context menu.
        visible_range_changed(Window): the stretch of time shown changed.
        selection_changed(): the selected event changed, by the user or the program.
    """

    event_selected = Signal(int)
    event_activated = Signal(int)
    passages_requested = Signal(int, QPoint)
    visible_range_changed = Signal(object)
    selection_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        register_accessible_role(SeriesChart, QAccessible.Role.Chart)
        super().__init__(parent)
        self.setAccessibleName(self.tr("Series timeline"))
        help_text = self.tr(
            "Left and Right: previous or next event in a band · Up and Down: the band above or "
            "below · Enter: open its passages · + and −: zoom · Shift+arrows, Page Up/Down, "
            "Shift+wheel or drag: move in time · wheel: scroll the bands · Home: fit all"
        )
        self.setStatusTip(help_text)
        self.setWhatsThis(help_text)
        self._navigation = SeriesNavigation(self)

    # Data ------------------------------------------------------------------------------------

    def set_data(self, data: ChartData) -> None:
        """Show these bands, keeping the selection and the stretch of time where they can."""
        self.scene.set_data(data)
        if self._selected not in data.items and self._selected is not None:
            self._selected = None
            self.selection_changed.emit()
        if self._hovered not in data.items:
            self._hovered = None
        if self._window is not None:
            self._window = clamped(self._window, self.scene.whole())
            if self._window == self.scene.whole():
                self._window = None
        self._changed_content()
        self._describe_selection()
        self.visible_range_changed.emit(self.visible_window())

    def set_categories(self, categories: Sequence[tuple[str, str]] | None) -> None:
        given = list(categories) if categories is not None else None
        if given == self.scene.categories():
            return  # read again with the page: measuring 200 bands again would be for nothing
        self.scene.set_categories(given)
        self._changed_content()

    def data(self) -> ChartData:
        return self.scene.data

    # Selection -------------------------------------------------------------------------------

    def select_event(self, key: int | None) -> None:
        """Select an event for the program, bringing it into view; emits selection_changed."""
        if key is not None and key not in self.scene.data.items:
            key = None
        if key != self._selected:
            self._selected = key
            self._describe_selection()
            self.reveal(key)
            self.update()
            self.selection_changed.emit()

    def select_by_user(self, key: int) -> None:
        if key != self._selected:
            self.select_event(key)
            self.event_selected.emit(key)

    def activate_selection(self) -> None:
        if self._selected is not None:
            self.event_activated.emit(self._selected)

    def step_selection(self, step: int) -> None:
        """The previous or next event in time in the selected event's band."""
        if self._selected is None or self.scene.band_of(self._selected) is None:
            self.select_edge(last=step < 0)
            return
        key = along_band(self.scene, self._selected, step)
        if key is not None:
            self.select_by_user(key)

    def step_band(self, step: int) -> None:
        """The event nearest in time to the selected one in the next band with events."""
        window = self.visible_window()
        key = across_bands(self.scene, self._selected, step, (window.start + window.end) / 2)
        if key is not None:
            self.select_by_user(key)

    def select_edge(self, last: bool) -> None:
        """The first (or last) event of the selected event's band, or of the first band."""
        key = band_edge(self.scene, self._selected, last)
        if key is not None:
            self.select_by_user(key)

    def _describe_selection(self) -> None:
        item = self.scene.item(self._selected) if self._selected is not None else None
        if item is None:
            self.setAccessibleName(self.tr("Series timeline"))
            self.setAccessibleDescription("")
        else:
            titles = {b.key: b.title for b in self.scene.data.bands}
            band = self.scene.data.band_of.get(item.key)
            self.setAccessibleName(accessible_name(item, titles.get(band or 0, "")))
            self.setAccessibleDescription(accessible_description(item, self._article_titles()))
        if QAccessible.isActive():
            for kind in (QAccessible.Event.NameChanged, QAccessible.Event.DescriptionChanged):
                QAccessible.updateAccessibility(QAccessibleEvent(self, kind))

    def _article_titles(self) -> dict[int, str]:
        return {b.key: b.title for b in self.scene.data.bands if b.slug}

    def reveal(self, key: int | None) -> None:
        """Bring an event into view: its time (panning) and its band (scrolling)."""
        anchor = self.scene.anchor(key) if key is not None else None
        band = self.scene.band_of(key) if key is not None else None
        if anchor is None or band is None:
            return
        window = self.visible_window()
        margin = window.span * 0.05
        if not window.start + margin <= anchor <= window.end - margin:
            self.set_visible_window(centred_on(window, anchor, self.whole_window()))
        layout = self.scene.shapes(self.width(), self.viewport_height())[1]
        top, bottom = layout.tops[band], layout.tops[band] + layout.heights[band]
        if top < self._scroll:
            self.set_scroll(round(top))
        elif bottom > self._scroll + self.viewport_height():
            self.set_scroll(round(min(top, bottom - self.viewport_height())))

    # Zoom, pan and scroll ----------------------------------------------------------------------

    def set_visible_window(self, window: Window | None) -> None:
        whole = self.scene.whole()
        new = None if window is None else clamped(window, whole)
        if new == whole:
            new = None
        if new != self._window:
            self._window = new
            self.update()
            self.visible_range_changed.emit(self.visible_window())

    def zoom_by(self, factor: float, at_x: float | None = None) -> None:
        window = self.visible_window()
        if at_x is None:
            anchor = self.scene.anchor(self._selected) if self._selected is not None else None
            if anchor is None or not window.contains(anchor):
                anchor = (window.start + window.end) / 2
        else:
            frame = self.frame()
            share = (at_x - frame.axis_x0) / max(1.0, frame.axis_x1 - frame.axis_x0)
            anchor = window.start + share * window.span
        self.set_visible_window(zoomed(window, factor, anchor, self.whole_window()))

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
            self.reveal(self._selected)

    def pan_by(self, years: float) -> None:
        self.set_visible_window(panned(self.visible_window(), years, self.whole_window()))

    def years_per_pixel(self) -> float:
        frame = self.frame()
        return self.visible_window().span / max(1.0, frame.axis_x1 - frame.axis_x0)

    # Pointing --------------------------------------------------------------------------------

    def item_at(self, pos: QPointF) -> int | None:
        """The event under `pos`: a label, a marker, or an echo of a shared event."""
        frame = self.frame()
        for top, drawn in self.callouts(frame):
            if drawn.label is not None and drawn.label.translated(0, top).contains(pos):
                return drawn.event.id
        if not 0 <= pos.y() < frame.band_bottom:
            return None
        band = frame.stack.band_at(pos.y() + frame.scroll)
        on_screen = frame.band_on_screen(band) if band is not None else None
        if band is None or on_screen is None:
            return None
        top, band_frame = on_screen
        local = QPointF(pos.x(), pos.y() - top)
        for drawn in band_frame.labelled:
            if drawn.label is not None and drawn.label.contains(local):
                return drawn.event.id
        strip = band_frame.layout.strip
        position = strip.hit(local.x(), local.y())
        if position is not None:
            return strip.index.specs[position].key
        return self._echo_at(frame, band, local)

    def _echo_at(self, frame: SeriesFrame, band: int, local: QPointF) -> int | None:
        on_screen = frame.band_on_screen(band)
        if on_screen is None:
            return None
        strip = on_screen[1].layout.strip
        if abs(local.y() - strip.axis_y) > strip.radius + 6:
            return None
        for echo in self.scene.data.bands[band].echoes:
            if abs(echo_x(strip, echo)[0] - local.x()) <= 4:
                return echo.item
        return None

    def set_hovered(self, key: int | None) -> None:
        if key != self._hovered:
            self._hovered = key
            self.update()

    # Input -----------------------------------------------------------------------------------

    @override
    def mousePressEvent(self, e: QMouseEvent, /) -> None:
        if e.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(e)
            return
        key = self.item_at(e.position())
        if key is None:
            self._navigation.start_drag(e.position())
        else:
            self.select_by_user(key)
        e.accept()

    @override
    def mouseDoubleClickEvent(self, e: QMouseEvent, /) -> None:
        key = self.item_at(e.position())
        if key is not None and e.button() == Qt.MouseButton.LeftButton:
            self.select_by_user(key)
            self.event_activated.emit(key)
            e.accept()
            return
        super().mouseDoubleClickEvent(e)

    @override
    def mouseMoveEvent(self, e: QMouseEvent, /) -> None:
        if self._navigation.drag_to(e.position()):
            return
        key = self.item_at(e.position())
        self.set_hovered(key)
        if key is not None:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        else:
            self.unsetCursor()
        super().mouseMoveEvent(e)

    @override
    def mouseReleaseEvent(self, e: QMouseEvent, /) -> None:
        self._navigation.end_drag()
        super().mouseReleaseEvent(e)

    @override
    def leaveEvent(self, e: QEvent, /) -> None:
        self.set_hovered(None)
        super().leaveEvent(e)

    @override
    def contextMenuEvent(self, e: QContextMenuEvent, /) -> None:
        key = self.item_at(QPointF(e.pos())) if e.reason() == e.Reason.Mouse else self._selected
        if key is None:
            e.ignore()
            return
        self.select_by_user(key)
        self.passages_requested.emit(key, e.globalPos())
        e.accept()

    @override
    def wheelEvent(self, e: QWheelEvent, /) -> None:
        self._navigation.wheel(e)

    @override
    def keyPressEvent(self, e: QKeyEvent, /) -> None:
        if not self._navigation.key(e):
            super().keyPressEvent(e)

    @override
    def resizeEvent(self, e: QResizeEvent, /) -> None:
        super().resizeEvent(e)
        self._changed_content()

    @override
    def changeEvent(self, e: QEvent, /) -> None:
        kinds = (QEvent.Type.FontChange, QEvent.Type.PaletteChange, QEvent.Type.LanguageChange)
        if e.type() in (*kinds, QEvent.Type.StyleChange):
            self.scene.invalidate()
            self._changed_content()
        super().changeEvent(e)

    @override
    def focusInEvent(self, e: QFocusEvent, /) -> None:
        self.update()  # the focus ring
        super().focusInEvent(e)

    @override
    def focusOutEvent(self, e: QFocusEvent, /) -> None:
        self.update()
        super().focusOutEvent(e)

    @override
    def event(self, e: QEvent, /) -> bool:
        navigation = self.__dict__.get("_navigation")
        if isinstance(navigation, TimelineNavigation):
            if isinstance(e, QKeyEvent) and e.type() == QEvent.Type.ShortcutOverride:
                if navigation.takes_shortcut(e):
                    e.accept()
                    return True
            elif navigation.gesture(e):
                return True
        if e.type() == QEvent.Type.ToolTip and isinstance(e, QHelpEvent):
            key = self.item_at(QPointF(e.pos()))
            item = self.scene.item(key) if key is not None else None
            if item is not None:
                QToolTip.showText(
                    e.globalPos(), item_html(item, self._article_titles(), links=False), self
                )
            else:
                QToolTip.hideText()
                e.ignore()
            return True
        return super().event(e)
