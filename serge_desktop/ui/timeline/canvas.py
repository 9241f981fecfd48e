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
from serge_desktop.ui.timeline.geometry.scale import Window
from serge_desktop.ui.timeline.painting import DrawnEvent, TimelinePainter, tick_label_rect
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

    def selected_event_id(self) -> int | None:
        return self._selected

    # Geometry queries ----------------------------------------------------------------------------

    def frame(self) -> Frame:
        return self.scene.frame(self._window, self.width(), self.height())

    def callouts(self) -> list[DrawnEvent]:
        """Hidden labels shown over the others: the selected event's and the hovered one's."""
        frame = self.frame()
        by_id = frame.by_id
        shown = []
        for event_id in dict.fromkeys((self._selected, self._hovered)):
            d = by_id.get(event_id) if event_id is not None else None
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
        return {d.event.id: QRectF(d.label) for d in self.frame().drawn if d.label is not None}

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
        drawn = self.frame().drawn
        for d in drawn:
            if d.label is not None and d.label.contains(pos):
                return d
        for d in reversed(drawn):  # the last drawn marker is on top
            if d.marker.adjusted(-3, -3, 3, 3).contains(pos):
                return d
        return None

    def _painter(self, painter: QPainter, frame: Frame, exposed: QRectF) -> TimelinePainter:
        marked = [  # markers without a label that selection or the reader ring
            d
            for i in (self._selected, *self._highlighted)
            if i is not None and (d := frame.by_id.get(i)) is not None and d.label is None
        ]
        return TimelinePainter(
            painter=painter,
            layout=frame.layout,
            drawn=frame.drawn,
            labelled=(*frame.labelled, *marked),
            fonts=self.scene.fonts,
            legend=self.scene.legend,
            selected=self._selected,
            highlighted=self._highlighted,
            has_focus=self.hasFocus(),
            colours=self.scene.colours,
            exposed=exposed,
            pads=(PAD_POLE, PAD_END),
            callouts=self.callouts(),
        )

    def _static_layer(self, frame: Frame) -> QPixmap:
        """The frame's unchanging part, drawn once per zoom and size, then copied each paint.

        Drawn at the screen's pixel ratio, so it is as sharp as the rest at 200 %.
        """
        ratio = self.devicePixelRatioF()
        key = (self.palette().cacheKey(), ratio)
        if self._layer is not None and self._layer[0] is frame and self._layer[1] == key:
            return self._layer[2]
        pixmap = QPixmap(self.size() * ratio)
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(self.scene.colours.base)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._painter(painter, frame, QRectF(self.rect())).paint_static()
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
        return QSize(240, self.scene.minimum_height())

    @override
    def resizeEvent(self, e: QResizeEvent, /) -> None:
        super().resizeEvent(e)
        self.update()

    # Painting ------------------------------------------------------------------------------------

    @override
    def paintEvent(self, e: QPaintEvent, /) -> None:
        frame = self.frame()
        colours = self.scene.colours
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.scene.events:
            scene = self._painter(painter, frame, QRectF(e.rect()))
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
                scene.paint_static()
            scene.paint_dynamic()
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
