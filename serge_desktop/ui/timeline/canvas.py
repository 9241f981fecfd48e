"""The drawing half of the timeline: its state, geometry, hit-testing and painting."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QFocusEvent,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget
from typing_extensions import override

from serge_desktop.ui.timeline.captions import tick_text
from serge_desktop.ui.timeline.crowd_painting import paint_crowd
from serge_desktop.ui.timeline.geometry.scale import Window
from serge_desktop.ui.timeline.painting import (
    DrawnEvent,
    EventPainter,
    paint_axis,
    paint_legend,
    tick_label_rect,
)
from serge_desktop.ui.timeline.scene import PAD_END, PAD_POLE, Frame, TimelineScene


class TimelineCanvas(QWidget):
    """Paints the events of `scene` in the stretch of time `visible_window()`.

    TimelineView adds what the user does with it; this class only keeps and draws the state.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)  # for the pointing-hand cursor over events
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)  # we fill every pixel
        # As tall as the pane allows: the lanes fit the height, never the other way round.
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.scene = TimelineScene(self)
        self._window: Window | None = None  # None: fit all, whatever the events
        self._selected: int | None = None
        self._hovered: int | None = None  # under the pointer: a hidden label shows while it is
        self._highlighted: frozenset[int] = frozenset()
        self._layer: tuple[Frame, tuple[int, float], QPixmap] | None = None
        # Off when drawing for export: an SVG should get lines and text, not a picture of them.
        self.cache_layers = True

    def visible_window(self) -> Window:
        return self._window or self.scene.whole()

    def whole_window(self) -> Window:
        return self.scene.whole()

    def is_fit(self) -> bool:
        return self.visible_window() == self.whole_window()

    def has_events(self) -> bool:
        return bool(self.scene.events)

    def selected_event_id(self) -> int | None:
        return self._selected

    # Geometry queries ----------------------------------------------------------------------------

    def frame(self) -> Frame:
        return self.scene.frame(self._window, self.width(), self.height())

    def callouts(self) -> list[DrawnEvent]:
        """Hidden labels shown over the others: the selected event's and the hovered one's."""
        frame = self.frame()
        shown = []
        for event_id in dict.fromkeys((self._selected, self._hovered)):
            d = frame.event(event_id) if event_id is not None else None
            if d is not None and d.label is None:
                callout = self.scene.callout(d, frame.layout)
                if callout is not None:
                    shown.append(callout)
        return shown

    def callout_rects(self) -> dict[int, QRectF]:
        """Where the hidden labels of the selected and the hovered event are shown now."""
        return {d.event.id: QRectF(d.label) for d in self.callouts() if d.label is not None}

    def event_rects(self) -> dict[int, QRectF]:
        """Each labelled event's label rectangle in widget coordinates, at the current zoom."""
        return {d.event.id: QRectF(d.label) for d in self.frame().labelled if d.label is not None}

    def marker_rects(self) -> dict[int, QRectF]:
        """Each event in view: its marker (a point's circle, a period's bar), in widget pixels."""
        return {d.event.id: QRectF(d.marker) for d in self.frame().drawn}

    def tick_label_rects(self) -> list[tuple[str, QRectF]]:
        """The axis labels painted, each with its rectangle."""
        layout = self.frame().layout
        fm = QFontMetricsF(self.scene.fonts[2])
        labels = []
        for tick in (t for t in layout.ticks if t.major):
            text = tick_text(tick.unit, tick.year, tick.month, tick.day)
            x = round(tick.x) + 0.5
            rect = tick_label_rect(
                x, round(layout.axis_y) + 0.5, fm.horizontalAdvance(text) + 2, fm.height()
            )
            if rect.left() >= 0 and rect.right() <= layout.width:
                labels.append((text, rect))
        return labels

    def _changed_geometry(self) -> None:
        self.updateGeometry()  # fonts or the legend changed: the least height may too
        self.update()

    def _drawn_at(self, pos: QPointF) -> DrawnEvent | None:
        for d in self.callouts():  # on top of everything
            if d.label is not None and d.label.contains(pos):
                return d
        frame = self.frame()
        for d in frame.labelled:
            if d.label is not None and d.label.contains(pos):
                return d
        strip = frame.layout.strip
        position = strip.hit(pos.x(), pos.y()) if strip is not None else None
        if position is None:
            return None
        return frame.event(strip.index.specs[position].key) if strip is not None else None

    def _dynamic(self, frame: Frame) -> list[DrawnEvent]:
        """The events drawn over the cached layer: the selected one and those the reader lights."""
        found = []
        for event_id in (self._selected, *self._highlighted):
            d = frame.event(event_id) if event_id is not None else None
            if d is not None:
                found.append(d)
        return found

    def _event_painter(self, painter: QPainter, *, plain: bool) -> EventPainter:
        device = painter.device()
        return EventPainter(
            painter=painter,
            texts=self.scene.texts,
            colours=self.scene.colours,
            has_focus=self.hasFocus(),
            selected=None if plain else self._selected,
            highlighted=frozenset() if plain else self._highlighted,
            pads=(PAD_POLE, PAD_END),
            sprites=self.scene.sprites if plain and self.cache_layers else None,
            ratio=device.devicePixelRatioF() if device is not None else 1.0,
        )

    def _paint_static(self, painter: QPainter, frame: Frame, left_out: frozenset[int]) -> None:
        """Axis, crowd, legend and every label as if nothing were selected or lit.

        `left_out` are drawn by `_paint_dynamic` only (when nothing is cached, so that an SVG
        holds each label once).
        """
        scene = self.scene
        layout = frame.layout
        paint_axis(painter, layout, scene.texts, scene.colours)
        if layout.strip is not None:
            ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
            paint_crowd(
                painter,
                layout.strip,
                scene.looks,
                scene.colours,
                scene.sprites,
                frame.labelled_positions,
                ratio,
            )
        paint_legend(painter, layout.legend, scene.legend, scene.texts, scene.colours)
        labelled = [d for d in frame.labelled if d.event.id not in left_out]
        self._event_painter(painter, plain=True).paint_events(labelled)

    def _paint_dynamic(self, painter: QPainter, frame: Frame, exposed: QRectF) -> None:
        events = self._event_painter(painter, plain=False)
        events.paint_events(self._dynamic(frame), exposed)
        for d in self.callouts():
            events.paint_callout(d)

    def _static_layer(self, frame: Frame) -> QPixmap:
        """The frame's unchanging part, drawn once per zoom and size, then copied each paint.

        Drawn at the screen's pixel ratio, so it is as sharp as the rest at 200 %; the pixmap
        of the last zoom is drawn over again rather than made anew.
        """
        ratio = self.devicePixelRatioF()
        key = (self.palette().cacheKey(), ratio)
        if self._layer is not None and self._layer[0] is frame and self._layer[1] == key:
            return self._layer[2]
        size = self.size() * ratio
        if self._layer is not None and self._layer[2].size() == size and self._layer[1] == key:
            pixmap = self._layer[2]
        else:
            pixmap = QPixmap(size)
            pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(self.scene.colours.base)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint_static(painter, frame, frozenset())
        painter.end()
        self._layer = (frame, key, pixmap)
        return pixmap

    # Changes -------------------------------------------------------------------------------------

    @override
    def changeEvent(self, e: QEvent, /) -> None:
        kinds = (QEvent.Type.FontChange, QEvent.Type.PaletteChange, QEvent.Type.LanguageChange)
        if e.type() in (*kinds, QEvent.Type.StyleChange):
            self.scene.invalidate()
            self._changed_geometry()
        super().changeEvent(e)

    @override
    def focusInEvent(self, e: QFocusEvent, /) -> None:
        self.update()  # the focus ring
        super().focusInEvent(e)

    @override
    def focusOutEvent(self, e: QFocusEvent, /) -> None:
        self.update()
        super().focusOutEvent(e)

    def set_hovered(self, event_id: int | None) -> None:
        """The event under the pointer: its label shows while it is, if it had no room."""
        if event_id != self._hovered:
            self._hovered = event_id
            self.update()

    # Geometry ------------------------------------------------------------------------------------

    def natural_height(self, width: int) -> int:
        """The height at which every label would show with its date (for an exported picture)."""
        return max(self.scene.natural_height(self._window, width), self.scene.minimum_height())

    @override
    def sizeHint(self) -> QSize:
        # Not the natural height: that lays out every event, and the chart fits any height.
        return QSize(720, max(self.scene.minimum_height(), 320))

    @override
    def minimumSizeHint(self) -> QSize:
        # The axis, the legend and one lane: a splitter can make the chart no shorter.
        return QSize(240, self.scene.minimum_height(self.width()))

    @override
    def resizeEvent(self, e: QResizeEvent, /) -> None:
        super().resizeEvent(e)
        if e.oldSize().width() != e.size().width():
            self.updateGeometry()  # the legend may wrap onto more rows, or fewer: least height
        self.update()

    # Painting ------------------------------------------------------------------------------------

    @override
    def paintEvent(self, e: QPaintEvent, /) -> None:
        frame = self.frame()
        colours = self.scene.colours
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.scene.events:
            if self.cache_layers:
                layer = self._static_layer(frame)
                # The source rectangle is in the pixmap's device pixels, the target in ours.
                ratio = layer.devicePixelRatio()
                source = QRectF(e.rect()).toRect()
                device = QRect(
                    round(source.x() * ratio),
                    round(source.y() * ratio),
                    round(source.width() * ratio),
                    round(source.height() * ratio),
                )
                painter.drawPixmap(e.rect(), layer, device)
            else:  # drawn afresh, so that an SVG gets lines and text rather than a picture
                painter.fillRect(e.rect(), colours.base)
                dynamic = frozenset(d.event.id for d in self._dynamic(frame))
                self._paint_static(painter, frame, dynamic)
            self._paint_dynamic(painter, frame, QRectF(e.rect()))
        else:
            painter.fillRect(e.rect(), colours.base)
            painter.setPen(colours.muted)
            painter.drawText(
                QRectF(self.rect()).adjusted(12, 12, -12, -12),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                QCoreApplication.translate("TimelineView", "No dated events in this article"),
            )
        if self.hasFocus():  # the chart's own focus ring, whatever is selected in it
            painter.setPen(QPen(colours.ring, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        painter.end()
