"""Draws a laid-out timeline: axis, extents, poles, markers, labels, note badges and the legend."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPalette, QPen

from serge_desktop.services.views import TimelineEventView
from serge_desktop.ui.common.palette import blend
from serge_desktop.ui.timeline.captions import tick_text
from serge_desktop.ui.timeline.geometry.layout import MAJOR_TICK, MINOR_TICK, Box, TimelineLayout

STRIPE = 3.0  # the coloured edge that ties a label to its pole
SWATCH = 12.0


@dataclass(frozen=True, slots=True)
class DrawnEvent:
    """One event's cached geometry and text, so that painting only draws."""

    event: TimelineEventView
    label: QRectF | None  # None in a crowd where its label found no room
    marker: QRectF
    extent: QRectF | None
    anchor_x: float
    leftward: bool  # the label hangs left of its pole
    caption: str
    caption_x: float  # offsets from the label's left edge
    text_x: float
    text: str  # the label, elided only when the whole width cannot hold it
    colour: QColor
    badge_width: float = 0.0  # the note count's pill at the label's far end; 0: no notes


def box_rect(box: Box) -> QRectF:
    return QRectF(box.x, box.y, box.w, box.h)


def tick_label_rect(x: float, axis_y: float, width: float, height: float) -> QRectF:
    """Where a tick's label goes: centred under the tick, below the axis."""
    return QRectF(x - width / 2, axis_y + MAJOR_TICK + 2, width, height)


def badge_rect(d: DrawnEvent, label: QRectF, pole_pad: float, end_pad: float) -> QRectF:
    right = label.right() - (pole_pad if d.leftward else end_pad) + 3
    return QRectF(right - d.badge_width, label.top() + 4, d.badge_width, label.height() - 8)


@dataclass(frozen=True, slots=True)
class TimelinePainter:
    """One frame's drawing: everything it needs is handed over, so it reads no widget state."""

    painter: QPainter
    layout: TimelineLayout
    drawn: Sequence[DrawnEvent]
    fonts: tuple[QFont, QFont, QFont]  # labels, context labels (italic), small captions
    legend: Sequence[tuple[str, QColor | None]]
    selected: int | None
    highlighted: frozenset[int]
    has_focus: bool
    palette: QPalette
    exposed: QRectF  # what needs painting; the rest is culled
    pads: tuple[float, float] = (8.0, 7.0)  # a label's padding on its pole's side, at its far end

    def paint(self, muted: QColor, text: QColor) -> None:
        self.paint_static(muted, text)
        self.paint_dynamic(muted)

    def paint_static(self, muted: QColor, text: QColor) -> None:
        """What stays while the zoom does: axis, extents, unlabelled markers and the legend."""
        self._paint_axis(muted)
        self._paint_crowd()
        self._paint_legend(text, muted)

    def paint_dynamic(self, muted: QColor) -> None:
        """What selection and highlighting change: labels, their poles and markers, rings."""
        self._paint_events(muted)

    def _paint_axis(self, muted: QColor) -> None:
        painter = self.painter
        layout = self.layout
        small = self.fonts[2]
        fm = QFontMetricsF(small)
        y = round(layout.axis_y) + 0.5  # on a pixel's middle, so 1 px lines stay crisp
        painter.setPen(QPen(muted, 1))
        painter.drawLine(QPointF(layout.axis_x0, y), QPointF(layout.axis_x1, y))
        painter.setFont(small)
        flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
        for tick in layout.ticks:
            x = round(tick.x) + 0.5
            painter.drawLine(
                QPointF(x, y), QPointF(x, y + (MAJOR_TICK if tick.major else MINOR_TICK))
            )
            if tick.major:
                label = tick_text(tick.unit, tick.year, tick.month, tick.day)
                box = tick_label_rect(x, y, fm.horizontalAdvance(label) + 2, fm.height())
                if box.left() >= 0 and box.right() <= layout.width:
                    painter.drawText(box, flags, label)

    def _paint_crowd(self) -> None:
        """Uncertain extents, then the markers of events without a label, each look once a spot."""
        painter = self.painter
        base = self.palette.color(QPalette.ColorRole.Base)
        painter.setPen(Qt.PenStyle.NoPen)
        for d in self.drawn:  # uncertain extents first, faint, beneath everything
            if d.extent:
                painter.setBrush(blend(d.colour, base, 0.3))
                painter.drawRoundedRect(d.extent, d.extent.height() / 2, d.extent.height() / 2)
        seen: set[tuple[int, int, int, int, bool]] = set()
        for d in self.drawn:
            m = d.marker
            spot = (
                round(m.left()),
                round(m.top()),
                round(m.width()),
                d.colour.rgb(),
                d.event.is_context,
            )
            if d.label is None and spot not in seen:  # a crowd draws thousands on one pixel
                seen.add(spot)
                self._paint_marker(d, base, None, False, 1.0)

    def _paint_events(self, muted: QColor) -> None:
        painter = self.painter
        palette = self.palette
        base = palette.color(QPalette.ColorRole.Base)
        highlight = palette.color(QPalette.ColorRole.Highlight)
        exposed = self.exposed
        shown = [
            d
            for d in self.drawn
            if (
                d.label is not None or d.event.id == self.selected or d.event.id in self.highlighted
            )
            and (
                d.marker.intersects(exposed)
                or (d.label is not None and d.label.intersects(exposed))
            )
        ]
        ring = 2.0 if self.has_focus else 1.0
        for d in shown:  # poles pass behind labels, whose backgrounds are opaque
            if d.label is not None:
                painter.setPen(QPen(blend(d.colour, base, 0.55), 1))
                x = round(d.anchor_x) + 0.5
                painter.drawLine(QPointF(x, d.marker.top()), QPointF(x, d.label.bottom()))
        for d in shown:
            selected, lit = d.event.id == self.selected, d.event.id in self.highlighted
            self._paint_marker(d, base, highlight if selected else None, lit, ring)
        for d in shown:
            if d.label is not None:
                self._paint_label(d, d.label, base, muted)

    def _paint_label(self, d: DrawnEvent, rect: QRectF, base: QColor, muted: QColor) -> None:
        painter = self.painter
        palette = self.palette
        text = palette.color(QPalette.ColorRole.Text)
        highlight = palette.color(QPalette.ColorRole.Highlight)
        on_highlight = palette.color(QPalette.ColorRole.HighlightedText)
        label_font, italic_font, small_font = self.fonts
        selected, lit = d.event.id == self.selected, d.event.id in self.highlighted
        label = rect.adjusted(0.5, 0.5, -0.5, -0.5)
        if selected:  # like a selected list item; with focus, a ring around it too
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(highlight)
            if self.has_focus:
                painter.setPen(QPen(highlight, 1.5))
                painter.drawRoundedRect(label.adjusted(-2, -2, 2, 2), 5, 5)
                painter.setPen(Qt.PenStyle.NoPen)
        else:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(blend(d.colour, base, 0.2) if lit else base)
        painter.drawRoundedRect(label, 4, 4)
        stripe_x = rect.right() - 1 - STRIPE if d.leftward else rect.left() + 1
        stripe = QRectF(stripe_x, rect.top() + 2, STRIPE, rect.height() - 4)
        if d.event.is_context:  # hollow, like the context marker
            painter.setPen(QPen(d.colour, 1))
            painter.setBrush(base)
            painter.drawRect(stripe.adjusted(0.5, 0.5, -0.5, -0.5))
        else:
            painter.fillRect(stripe, d.colour)
        baseline = rect.top() + 3 + QFontMetricsF(label_font).ascent()
        painter.setPen(blend(on_highlight, highlight, 0.8) if selected else muted)
        painter.setFont(small_font)
        painter.drawText(QPointF(rect.left() + d.caption_x, baseline), d.caption)
        painter.setPen(on_highlight if selected else text)
        painter.setFont(italic_font if d.event.is_context else label_font)
        painter.drawText(QPointF(rect.left() + d.text_x, baseline), d.text)
        if d.badge_width:
            self._paint_badge(d, rect, on_highlight if selected else d.colour, selected)

    def _paint_badge(self, d: DrawnEvent, rect: QRectF, fill: QColor, selected: bool) -> None:
        """The number of notes in a pill at the label's far end, clear of the text."""
        painter = self.painter
        base = self.palette.color(QPalette.ColorRole.Base)
        pill = badge_rect(d, rect, *self.pads)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
        colour = self.palette.color(QPalette.ColorRole.Highlight) if selected else base
        painter.setPen(colour)
        painter.setFont(self.fonts[2])
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, str(d.event.note_count))

    def _paint_marker(
        self,
        d: DrawnEvent,
        base: QColor,
        ring_colour: QColor | None,
        lit: bool,
        ring: float,
    ) -> None:
        painter = self.painter
        marker = d.marker
        if d.event.is_context:  # hollow marker, dashed outline: the date is not the article's
            pen = QPen(d.colour, 2 if not d.event.is_period else 1.5)
            if d.event.is_period:
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(blend(d.colour, base, 0.15) if d.event.is_period else base)
        else:
            painter.setPen(QPen(base, 1.5))  # separates markers that touch
            painter.setBrush(d.colour)
        radius = marker.height() / 2
        painter.drawRoundedRect(marker, radius, radius)
        if ring_colour is not None or lit:
            painter.setPen(QPen(ring_colour or blend(d.colour, base, 0.5), ring))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            around = marker.adjusted(-3, -3, 3, 3)
            painter.drawRoundedRect(around, around.height() / 2, around.height() / 2)

    def _paint_legend(self, text: QColor, muted: QColor) -> None:
        painter = self.painter
        layout = self.layout
        painter.setFont(self.fonts[2])
        base = self.palette.color(QPalette.ColorRole.Base)
        for box, (name, colour) in zip(layout.legend, self.legend, strict=True):
            r = box_rect(box)
            swatch = QRectF(r.left() + 1, r.center().y() - SWATCH / 2 + 1, SWATCH - 2, SWATCH - 2)
            painter.setPen(QPen(muted, 2) if colour is None else Qt.PenStyle.NoPen)
            painter.setBrush(base if colour is None else colour)  # context: hollow
            painter.drawEllipse(swatch)
            painter.setPen(text)
            flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            painter.drawText(r.adjusted(SWATCH + 6, 0, 0, 0), flags, name)
