"""Draws a laid-out timeline: axis, extents, poles, markers, labels, note badges and the legend."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from serge_desktop.services.views import TimelineEventView
from serge_desktop.ui.timeline.captions import tick_text
from serge_desktop.ui.timeline.chart_colours import ChartColours
from serge_desktop.ui.timeline.chart_texts import ITALIC, LABEL, SMALL, ChartTexts
from serge_desktop.ui.timeline.crowd_painting import (
    CONFLICT,
    PLAIN,
    RING_GAP,
    SPRITE_PAD,
    Look,
    MarkerSprites,
    draw_marker,
)
from serge_desktop.ui.timeline.geometry.layout import MAJOR_TICK, MINOR_TICK, Box, Tick

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
    shape: int = PLAIN  # SHARED: told by several articles; CONFLICT: they date it differently


def box_rect(box: Box) -> QRectF:
    return QRectF(box.x, box.y, box.w, box.h)


def tick_label_rect(x: float, axis_y: float, width: float, height: float) -> QRectF:
    """Where a tick's label goes: centred under the tick, below the axis."""
    return QRectF(x - width / 2, axis_y + MAJOR_TICK + 2, width, height)


def badge_rect(d: DrawnEvent, label: QRectF, pole_pad: float, end_pad: float) -> QRectF:
    right = label.right() - (pole_pad if d.leftward else end_pad) + 3
    return QRectF(right - d.badge_width, label.top() + 4, d.badge_width, label.height() - 8)


class AxisShape(Protocol):
    """What drawing an axis needs: a TimelineLayout, or a series chart's footer."""

    @property
    def width(self) -> float: ...
    @property
    def axis_y(self) -> float: ...
    @property
    def axis_x0(self) -> float: ...
    @property
    def axis_x1(self) -> float: ...
    @property
    def ticks(self) -> tuple[Tick, ...]: ...


def paint_axis(
    painter: QPainter, layout: AxisShape, texts: ChartTexts, colours: ChartColours
) -> None:
    """The time axis with its ticks and, under the labelled ones, their dates."""
    y = round(layout.axis_y) + 0.5  # on a pixel's middle, so 1 px lines stay crisp
    painter.setPen(QPen(colours.muted, 1))
    lines = [QLineF(layout.axis_x0, y, layout.axis_x1, y)]
    labels = []
    for tick in layout.ticks:
        x = round(tick.x) + 0.5
        lines.append(QLineF(x, y, x, y + (MAJOR_TICK if tick.major else MINOR_TICK)))
        if tick.major:
            labels.append((x, tick_text(tick.unit, tick.year, tick.month, tick.day)))
    painter.drawLines(lines)
    height = texts.heights[SMALL]
    for x, label in labels:
        width = texts.text(SMALL, label).size().width()
        box = tick_label_rect(x, y, width + 2, height)
        if box.left() >= 0 and box.right() <= layout.width:
            texts.draw_centred(painter, SMALL, box, label)


def paint_legend(
    painter: QPainter,
    boxes: Sequence[Box],
    entries: Sequence[tuple[str, QColor | None]],
    texts: ChartTexts,
    colours: ChartColours,
) -> None:
    """Each category's swatch and name; an entry without a colour is the hollow context one."""
    for box, (name, colour) in zip(boxes, entries, strict=True):
        r = box_rect(box)
        swatch = QRectF(r.left() + 1, r.center().y() - SWATCH / 2 + 1, SWATCH - 2, SWATCH - 2)
        painter.setPen(QPen(colours.muted, 2) if colour is None else Qt.PenStyle.NoPen)
        painter.setBrush(colours.base if colour is None else colour)  # context: hollow
        painter.drawEllipse(swatch)
        painter.setPen(colours.text)
        top = r.center().y() - texts.heights[SMALL] / 2
        texts.draw_on_baseline(
            painter, SMALL, r.left() + SWATCH + 6, top + texts.ascents[SMALL], name
        )


@dataclass(frozen=True, slots=True)
class EventPainter:
    """Draws events: poles, markers, labels with captions and note badges, and callouts.

    Everything it needs is handed over, so it reads no widget state. Without a selection and
    highlights it draws every event plainly (the cached layer); with them, as they now are.
    """

    painter: QPainter
    texts: ChartTexts  # labels, context labels (italic), small captions, in their fonts
    colours: ChartColours
    has_focus: bool = False
    selected: int | None = None
    highlighted: frozenset[int] = frozenset()
    pads: tuple[float, float] = (8.0, 7.0)  # a label's padding on its pole's side, at its far end
    sprites: MarkerSprites | None = None  # plain point markers copied from these, if given
    ratio: float = 1.0  # the device's pixel ratio, for the sprites

    def paint_events(self, events: Sequence[DrawnEvent], exposed: QRectF | None = None) -> None:
        """Poles first (they pass behind labels, whose backgrounds are opaque), then the rest."""
        shown = [
            d
            for d in events
            if exposed is None
            or d.marker.intersects(exposed)
            or (d.label is not None and d.label.intersects(exposed))
        ]
        poles: dict[int, tuple[QColor, list[QLineF]]] = {}  # by colour: one call for each
        for d in shown:
            if d.label is not None:
                colour = self.colours.pole(d.colour)
                x = round(d.anchor_x) + 0.5
                line = QLineF(x, d.marker.top(), x, d.label.bottom())
                poles.setdefault(colour.rgba(), (colour, []))[1].append(line)
        for colour, lines in poles.values():
            self.painter.setPen(QPen(colour, 1))
            self.painter.drawLines(lines)
        for d in shown:
            selected, lit = d.event.id == self.selected, d.event.id in self.highlighted
            self._paint_marker(d, self.colours.ring if selected else None, lit)
        plain = []
        for d in shown:
            if d.label is None:
                continue
            if d.event.id == self.selected or d.event.id in self.highlighted:
                self._paint_label(d, d.label)
            else:
                plain.append(d)
        self._paint_plain_labels(plain)

    def _paint_plain_labels(self, events: Sequence[DrawnEvent]) -> None:
        """What `_paint_label` draws for labels neither selected nor lit, a part at a time.

        Labels never overlap, so drawing each part of every label in turn gives the same
        picture as drawing each label whole, with a pen, brush and font set once per part
        rather than per label: a zoom step draws a hundred labels anew.
        """
        painter, colours, texts = self.painter, self.colours, self.texts
        labels = [(d, d.label) for d in events if d.label is not None]
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colours.base)
        for _, rect in labels:
            painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
        conflicts = [rect for d, rect in labels if d.shape == CONFLICT]
        if conflicts:  # framed in the conflict colour: seen at a glance
            painter.setPen(QPen(colours.conflict, 1.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            for rect in conflicts:
                painter.drawRoundedRect(rect.adjusted(1.0, 1.0, -1.0, -1.0), 4, 4)
        hollow = []
        for d, rect in labels:
            x = rect.right() - 1 - STRIPE if d.leftward else rect.left() + 1
            stripe = QRectF(x, rect.top() + 2, STRIPE, rect.height() - 4)
            if d.event.is_context:  # hollow, like the context marker
                hollow.append((d.colour, stripe))
            else:
                painter.fillRect(stripe, d.colour)
        painter.setBrush(colours.base)
        for colour, stripe in hollow:
            painter.setPen(QPen(colour, 1))
            painter.drawRect(stripe.adjusted(0.5, 0.5, -0.5, -0.5))
        baselines = [texts.baseline_in(rect) for _, rect in labels]
        draw, fonts, ascents = painter.drawStaticText, texts.fonts, texts.ascents
        painter.setPen(colours.muted)
        painter.setFont(fonts[SMALL])
        for (d, rect), baseline in zip(labels, baselines, strict=True):
            if d.caption:
                at = QPointF(rect.left() + d.caption_x, baseline - ascents[SMALL])
                draw(at, texts.text(SMALL, d.caption))
        painter.setPen(colours.text)
        for kind in (LABEL, ITALIC):
            painter.setFont(fonts[kind])
            for (d, rect), baseline in zip(labels, baselines, strict=True):
                if (ITALIC if d.event.is_context else LABEL) == kind:
                    at = QPointF(rect.left() + d.text_x, baseline - ascents[kind])
                    draw(at, texts.text(kind, d.text))
        self._paint_plain_badges([(d, rect) for d, rect in labels if d.badge_width])

    def _paint_plain_badges(self, labels: Sequence[tuple[DrawnEvent, QRectF]]) -> None:
        """What `_paint_badge` draws for plain labels, the pills a colour at a time.

        Then the counts a pen at a time: each pill lies within its own label, and labels never
        overlap, so the picture is the one drawing each badge whole gives.
        """
        painter, colours, texts = self.painter, self.colours, self.texts
        pills = [(d, badge_rect(d, rect, *self.pads)) for d, rect in labels]
        painter.setPen(Qt.PenStyle.NoPen)
        by_fill: dict[int, tuple[QColor, list[QRectF]]] = {}
        for d, pill in pills:
            by_fill.setdefault(d.colour.rgba(), (d.colour, []))[1].append(pill)
        for fill, rects in by_fill.values():
            painter.setBrush(fill)
            for pill in rects:
                painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
        painter.setFont(texts.fonts[SMALL])
        by_pen: dict[int, tuple[QColor, list[tuple[QRectF, str]]]] = {}
        for d, pill in pills:
            pen = colours.on_category(d.colour)
            by_pen.setdefault(pen.rgba(), (pen, []))[1].append((pill, str(d.event.note_count)))
        draw = painter.drawStaticText
        for pen, counts in by_pen.values():
            painter.setPen(pen)
            for pill, count in counts:
                text = texts.text(SMALL, count)
                size, centre = text.size(), pill.center()
                draw(QPointF(centre.x() - size.width() / 2, centre.y() - size.height() / 2), text)

    def paint_callout(self, d: DrawnEvent) -> None:
        """A hidden label over the others, with a frame so it reads as lifted above them."""
        if d.label is None:
            return
        painter = self.painter
        self._paint_pole(d, d.label)
        frame = d.label.adjusted(-1.5, -1.5, 1.5, 1.5)
        painter.setPen(QPen(self.colours.muted, 1))
        painter.setBrush(self.colours.base)
        painter.drawRoundedRect(frame, 5, 5)
        self._paint_marker(d, self.colours.ring if d.event.id == self.selected else None, False)
        self._paint_label(d, d.label)

    def _paint_pole(self, d: DrawnEvent, label: QRectF) -> None:
        self.painter.setPen(QPen(self.colours.pole(d.colour), 1))
        x = round(d.anchor_x) + 0.5
        self.painter.drawLine(QPointF(x, d.marker.top()), QPointF(x, label.bottom()))

    def _paint_label(self, d: DrawnEvent, rect: QRectF) -> None:
        painter = self.painter
        colours = self.colours
        selected, lit = d.event.id == self.selected, d.event.id in self.highlighted
        label = rect.adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setPen(Qt.PenStyle.NoPen)
        if selected:  # like a selected list item; with focus, a ring around it too
            painter.setBrush(colours.selected_fill)
            if self.has_focus:
                painter.setPen(QPen(colours.ring, 2))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(label.adjusted(-2.5, -2.5, 2.5, 2.5), 6, 6)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colours.selected_fill)
        else:
            painter.setBrush(colours.tint(d.colour) if lit else colours.base)
        painter.drawRoundedRect(label, 4, 4)
        if d.shape == CONFLICT:  # framed in the conflict colour: seen at a glance
            painter.setPen(QPen(colours.conflict, 1.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(label.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
        stripe_x = rect.right() - 1 - STRIPE if d.leftward else rect.left() + 1
        stripe = QRectF(stripe_x, rect.top() + 2, STRIPE, rect.height() - 4)
        stripe_colour = colours.on_selected if selected else d.colour
        if d.event.is_context:  # hollow, like the context marker
            painter.setPen(QPen(stripe_colour, 1))
            painter.setBrush(colours.selected_fill if selected else colours.base)
            painter.drawRect(stripe.adjusted(0.5, 0.5, -0.5, -0.5))
        else:
            painter.fillRect(stripe, stripe_colour)
        texts = self.texts
        baseline = texts.baseline_in(rect)
        if d.caption:
            painter.setPen(colours.on_selected if selected else colours.muted)
            texts.draw_on_baseline(painter, SMALL, rect.left() + d.caption_x, baseline, d.caption)
        painter.setPen(colours.on_selected if selected else colours.text)
        kind = ITALIC if d.event.is_context else LABEL
        texts.draw_on_baseline(painter, kind, rect.left() + d.text_x, baseline, d.text)
        if d.badge_width:
            self._paint_badge(d, rect, selected)

    def _paint_badge(self, d: DrawnEvent, rect: QRectF, selected: bool) -> None:
        """The number of notes in a pill at the label's far end, clear of the text."""
        painter = self.painter
        colours = self.colours
        pill = badge_rect(d, rect, *self.pads)
        fill = colours.on_selected if selected else d.colour
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
        painter.setPen(colours.selected_fill if selected else colours.on_category(d.colour))
        self.texts.draw_centred(painter, SMALL, pill, str(d.event.note_count))

    def _paint_marker(self, d: DrawnEvent, ring_colour: QColor | None, lit: bool) -> None:
        painter = self.painter
        marker = d.marker
        plain = ring_colour is None and not lit
        if plain and self.sprites is not None and not d.event.is_period:
            self._copy_marker(d)
            return
        look = Look(d.colour, d.event.is_context, d.shape)
        draw_marker(painter, marker, look, self.colours, period=d.event.is_period)
        if ring_colour is not None or lit:
            width = 2.0 if ring_colour is not None and self.has_focus else 1.5
            painter.setPen(QPen(ring_colour or self.colours.pole(d.colour), width))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            gap = 3.0 if d.shape == PLAIN else 3.0 + RING_GAP  # outside a shared event's ring
            around = marker.adjusted(-gap, -gap, gap, gap)
            painter.drawRoundedRect(around, around.height() / 2, around.height() / 2)

    def _copy_marker(self, d: DrawnEvent) -> None:
        """A plain point marker copied from its sprite, placed within a quarter pixel."""
        if self.sprites is None:
            return
        marker = d.marker
        r = marker.height() / 2
        centre = marker.center()
        left = math.floor(centre.x() - r - SPRITE_PAD)
        top = math.floor(centre.y() - r - SPRITE_PAD)
        offset = (round((centre.x() - left) * 4) / 4, round((centre.y() - top) * 4) / 4)
        look = Look(d.colour, d.event.is_context, d.shape)
        sprite = self.sprites.sprite(look, self.colours, r, self.ratio, offset)
        self.painter.drawPixmap(left, top, sprite)
