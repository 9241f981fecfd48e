"""The drawing half of the timeline: its state, geometry, hit-testing and painting."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QFocusEvent,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget
from typing_extensions import override

from serge_desktop.ui.common.palette import blend
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
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.scene = TimelineScene(self)
        self._window: Window | None = None  # None: fit all, whatever the events
        self._selected: int | None = None
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
        return self.scene.frame(self._window, self.width(), self.height(), self._selected)

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
        self.updateGeometry()  # lanes came or went: a scroll area around us must resize
        self.update()

    def _drawn_at(self, pos: QPointF) -> DrawnEvent | None:
        drawn = self.frame().drawn
        for d in drawn:
            if d.label is not None and d.label.contains(pos):
                return d
        for d in reversed(drawn):  # the last drawn marker is on top
            if d.marker.adjusted(-3, -3, 3, 3).contains(pos):
                return d
        return None

    def _painter(self, painter: QPainter, frame: Frame, exposed: QRectF) -> TimelinePainter:
        return TimelinePainter(
            painter=painter,
            layout=frame.layout,
            drawn=frame.drawn,
            fonts=self.scene.fonts,
            legend=self.scene.legend,
            selected=self._selected,
            highlighted=self._highlighted,
            has_focus=self.hasFocus(),
            palette=self.palette(),
            exposed=exposed,
            pads=(PAD_POLE, PAD_END),
        )

    def _static_layer(self, frame: Frame) -> QPixmap:
        """The frame's unchanging part, drawn once per zoom and size, then copied each paint."""
        ratio = self.devicePixelRatioF()
        key = (self.palette().cacheKey(), ratio)
        if self._layer is not None and self._layer[0] is frame and self._layer[1] == key:
            return self._layer[2]
        pixmap = QPixmap(self.size() * ratio)
        pixmap.setDevicePixelRatio(ratio)
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        pixmap.fill(base)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._painter(painter, frame, QRectF(self.rect())).paint_static(
            blend(text, base, 0.6), text
        )
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
        self.update()  # the selection's ring shows focus
        super().focusInEvent(e)

    @override
    def focusOutEvent(self, e: QFocusEvent, /) -> None:
        self.update()
        super().focusOutEvent(e)

    # Geometry ------------------------------------------------------------------------------------

    @override
    def hasHeightForWidth(self) -> bool:
        return True

    @override
    def heightForWidth(self, width: int, /) -> int:
        return self.scene.required_height(self._window, width)

    @override
    def sizeHint(self) -> QSize:
        return QSize(720, self.heightForWidth(720))

    @override
    def minimumSizeHint(self) -> QSize:
        # Grows with the lanes the current width needs, so a scroll area around us can scroll.
        return QSize(240, self.heightForWidth(max(self.width(), 240)))

    @override
    def resizeEvent(self, e: QResizeEvent, /) -> None:
        super().resizeEvent(e)
        self.update()

    # Painting ------------------------------------------------------------------------------------

    @override
    def paintEvent(self, e: QPaintEvent, /) -> None:
        frame = self.frame()
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        muted = blend(text, base, 0.6)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.scene.events:
            scene = self._painter(painter, frame, QRectF(e.rect()))
            if self.cache_layers:
                painter.drawPixmap(e.rect(), self._static_layer(frame), e.rect())
            else:  # drawn afresh, so that an SVG gets lines and text rather than a picture
                painter.fillRect(e.rect(), base)
                scene.paint_static(muted, text)
            scene.paint_dynamic(muted)
        else:
            painter.fillRect(e.rect(), base)
            painter.setPen(muted)
            painter.drawText(
                QRectF(self.rect()).adjusted(12, 12, -12, -12),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                QCoreApplication.translate("TimelineView", "No dated events in this article"),
            )
        if self.hasFocus() and self._selected is None:
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5))
        painter.end()
