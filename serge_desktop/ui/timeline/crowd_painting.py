"""The markers of events without labels, drawn from a chart's marker strip in few calls.

A crowd of ten thousand markers cannot be drawn one shape at a time within a frame. Each point
marker's look is drawn once into a small pixmap (a sprite) and copied, at most once per pixel
column; uncertain extents and period bars are drawn whole while few, and as plain strips of
colour in a crowd, where their rounded ends could not be seen anyway.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap, QPolygonF

from serge_desktop.ui.timeline.chart_colours import ChartColours
from serge_desktop.ui.timeline.geometry.strip import MarkerStrip

FEW = 150  # extents or bars drawn with their rounded ends and outlines; more are plain strips
SPRITE_PAD = 4  # room around a sprite's circle for a ring, its outline and antialiasing
# A marker's shape: an article's event, one several articles tell, one whose dates disagree.
PLAIN, SHARED, CONFLICT = 0, 1, 2
RING_GAP = 2.5  # between a shared event's marker and its ring


@dataclass(frozen=True, slots=True, eq=False)
class Look:
    """A marker's category colour, whether its date is context (drawn hollow), and its shape.

    A chart makes one of each and shares it, so looks compare (and hash) by identity.
    """

    colour: QColor
    context: bool
    shape: int = PLAIN


def draw_marker(
    painter: QPainter,
    marker: QRectF,
    look: Look,
    colours: ChartColours,
    *,
    period: bool = False,
) -> None:
    """A point's circle or a period's bar, as its look says.

    A ring around it when several articles tell it; a diamond in the conflict colour when they
    date it differently.
    """
    colour = look.colour
    if look.shape == CONFLICT and not period:
        centre, half = marker.center(), marker.height() / 2 + 1.5
        painter.setPen(QPen(colours.base, 1.5))
        painter.setBrush(colours.conflict)
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(centre.x(), centre.y() - half),
                    QPointF(centre.x() + half, centre.y()),
                    QPointF(centre.x(), centre.y() + half),
                    QPointF(centre.x() - half, centre.y()),
                ]
            )
        )
        return
    if look.context:  # hollow: the date is not the article's
        # A solid outline: a dashed one along a long bar costs a millisecond to draw.
        painter.setPen(QPen(colour, 1.5 if period else 2))
        painter.setBrush(colours.tint(colour) if period else colours.base)
    else:
        painter.setPen(QPen(colours.base, 1.5))  # separates markers that touch
        painter.setBrush(colour)
    radius = marker.height() / 2
    painter.drawRoundedRect(marker, radius, radius)
    if look.shape != PLAIN:
        painter.setPen(QPen(colours.conflict if look.shape == CONFLICT else colour, 1.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        ring = marker.adjusted(-RING_GAP, -RING_GAP, RING_GAP, RING_GAP)
        painter.drawRoundedRect(ring, ring.height() / 2, ring.height() / 2)


class MarkerSprites:
    """Each point marker's look drawn once, at the screen's pixel ratio, for a crowd to copy."""

    def __init__(self) -> None:
        self._sprites: dict[tuple[int, bool, int, float, float, float, float, int], QPixmap] = {}

    def clear(self) -> None:
        self._sprites.clear()

    def sprite(
        self,
        look: Look,
        colours: ChartColours,
        radius: float,
        ratio: float,
        offset: tuple[float, float],
    ) -> QPixmap:
        """The marker centred `offset` pixels from the sprite's top left corner."""
        colour, context = look.colour, look.context
        key = (colour.rgb(), context, look.shape, radius, ratio, *offset, colours.base.rgb())
        sprite = self._sprites.get(key)
        if sprite is None:
            side = math.ceil(2 * radius + 2 * SPRITE_PAD + 1)
            sprite = QPixmap(round(side * ratio), round(side * ratio))
            sprite.setDevicePixelRatio(ratio)
            sprite.fill(Qt.GlobalColor.transparent)
            painter = QPainter(sprite)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            marker = QRectF(offset[0] - radius, offset[1] - radius, 2 * radius, 2 * radius)
            draw_marker(painter, marker, look, colours)
            painter.end()
            if len(self._sprites) > 256:
                self._sprites.clear()
            self._sprites[key] = sprite
        return sprite


def paint_crowd(
    painter: QPainter,
    strip: MarkerStrip,
    looks: Sequence[Look],
    colours: ChartColours,
    sprites: MarkerSprites,
    labelled: frozenset[int],
    ratio: float,
) -> None:
    """Extents, then bars, then points of every event in view.

    The points of `labelled` positions are left to the labelled events' own drawing, on top.
    """
    _paint_extents(painter, strip, looks, colours)
    _paint_bars(painter, strip, looks, colours)
    r = strip.radius
    spots = strip.point_spots()
    if not spots:
        return
    top = math.floor(strip.axis_y - r - SPRITE_PAD)
    left_of = -math.floor(0.5 - r - SPRITE_PAD)  # a sprite's left edge, from its column
    offset = (left_of + 0.5, strip.axis_y - top)
    chosen: dict[Look, QPixmap] = {}
    draw = painter.drawPixmap
    for column, position in spots:
        if position in labelled:
            continue
        look = looks[position]
        sprite = chosen.get(look)
        if sprite is None:
            sprite = chosen[look] = sprites.sprite(look, colours, r, ratio, offset)
        draw(column - left_of, top, sprite)


def _paint_extents(
    painter: QPainter, strip: MarkerStrip, looks: Sequence[Look], colours: ChartColours
) -> None:
    """Faint fills outlined in their pole colour, a colour at a time (their order hardly shows)."""
    y, h = strip.axis_y - strip.radius / 2, strip.radius
    by_colour: dict[int, tuple[QColor, list[QRectF]]] = {}
    of_look: dict[Look, list[QRectF]] = {}  # each look's colour's list: one rgb() per look
    extents = strip.extent_spots()
    # QRectF(left, y, w, h).adjusted(0.5, 0.5, -0.5, -0.5) in Qt's own order of operations,
    # so the same doubles, made in one call rather than two (hundreds of extents a step).
    top, height = y + 0.5, h + -0.5 - 0.5
    for left, right, position in extents:
        look = looks[position]
        rects = of_look.get(look)
        if rects is None:
            colour = look.colour
            found = by_colour.get(colour.rgb())
            if found is None:
                found = by_colour[colour.rgb()] = (colour, [])
            rects = of_look[look] = found[1]
        rects.append(QRectF(left + 0.5, top, right - left + -0.5 - 0.5, height))
    few = len(extents) <= FEW
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, few)  # a crowd's: plain, crisp
    for colour, rects in by_colour.values():
        painter.setPen(QPen(colours.pole(colour), 1))
        painter.setBrush(colours.extent(colour))
        if few:
            for rect in rects:
                painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
        else:
            painter.drawRects(rects)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)


def _paint_bars(
    painter: QPainter, strip: MarkerStrip, looks: Sequence[Look], colours: ChartColours
) -> None:
    """Period bars, a look at a time.

    Bars of one row never overlap (tracks keep them apart, thinning cuts them), so the picture
    is the same, in far fewer calls.
    """
    rows = strip.bars_by_row(int(strip.x1 - strip.x0))
    height = strip.bar_height
    by_look: dict[Look, list[QRectF]] = {}
    for row, bars in rows.items():
        top = strip.bar_top(row)
        for left, right, position in bars:
            look = looks[position]
            rects = by_look.get(look)
            if rects is None:
                rects = by_look[look] = []
            rects.append(QRectF(left, top, right - left, height))
    if sum(len(rects) for rects in by_look.values()) > FEW:  # a crowd: plain strips, crisp
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        for look, rects in by_look.items():
            painter.setBrush(colours.tint(look.colour) if look.context else look.colour)
            painter.drawRects(rects)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        return
    for look, rects in by_look.items():
        if look.context:  # hollow, as the chart draws a context date's bar
            painter.setPen(QPen(look.colour, 1.5))
            painter.setBrush(colours.tint(look.colour))
        else:
            painter.setPen(QPen(colours.base, 1.5))  # separates bars that touch
            painter.setBrush(look.colour)
        for rect in rects:
            painter.drawRoundedRect(rect, height / 2, height / 2)
