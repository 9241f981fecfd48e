"""What only the series chart draws: bands and their titles, echoes, conflicts' two extents.

An echo is an article's own date for an event drawn in the shared band: a short upright mark
in the article's band (in the conflict colour when the articles disagree). A conflict draws each
telling's extent, one above the other, about its diamond, so both dates are seen at a glance.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from serge_desktop.ui.common.palette import blend
from serge_desktop.ui.timeline.chart_colours import ChartColours
from serge_desktop.ui.timeline.chart_texts import SMALL, TITLE, ChartTexts
from serge_desktop.ui.timeline.crowd_painting import CONFLICT, SHARED, Look, draw_marker
from serge_desktop.ui.timeline.geometry.bands import BandShape
from serge_desktop.ui.timeline.geometry.lanes import Box
from serge_desktop.ui.timeline.geometry.scale import event_span
from serge_desktop.ui.timeline.geometry.strip import MarkerStrip
from serge_desktop.ui.timeline.painting import SWATCH, box_rect
from serge_desktop.ui.timeline.series.chart_data import Echo, SeriesItem

BAND_SHADE = 0.035  # of the text colour over the background, on every other band
GRID_SHARE = 0.12  # the faint lines down the bands at the axis' labelled ticks
ECHO_REACH = 3.0  # an echo's mark reaches this far above and below the markers


def paint_band_ground(painter: QPainter, rect: QRectF, shaded: bool, colours: ChartColours) -> None:
    """A band's background: every other one faintly shaded, so the eye keeps to a band."""
    if shaded:
        painter.fillRect(rect, blend(colours.text, colours.base, BAND_SHADE))


def paint_band_title(
    painter: QPainter,
    rect: QRectF,
    shaded: bool,
    title: str,
    texts: ChartTexts,
    colours: ChartColours,
    margin: float,
) -> None:
    """A band's title on its own ground (the grid passes behind it), and its lower edge."""
    width = texts.text(TITLE, title).size().width()
    height = texts.heights[TITLE]
    ground = blend(colours.text, colours.base, BAND_SHADE) if shaded else colours.base
    painter.fillRect(
        QRectF(rect.left() + margin - 4, rect.top() + 2, width + 8, height + 4), ground
    )
    painter.setPen(colours.text)
    baseline = rect.top() + 4 + texts.ascents[TITLE]
    texts.draw_on_baseline(painter, TITLE, rect.left() + margin, baseline, title)
    painter.setPen(QPen(blend(colours.muted, colours.base, 0.45), 1))
    y = round(rect.bottom()) - 0.5
    painter.drawLine(QLineF(rect.left(), y, rect.right(), y))


def paint_grid(
    painter: QPainter, xs: Sequence[float], top: float, bottom: float, colours: ChartColours
) -> None:
    """Faint upright lines at the axis' labelled ticks, so dates read across the bands."""
    painter.setPen(QPen(blend(colours.muted, colours.base, GRID_SHARE), 1))
    painter.drawLines([QLineF(round(x) + 0.5, top, round(x) + 0.5, bottom) for x in xs])


def echo_x(strip: MarkerStrip, echo: Echo) -> tuple[float, float, float]:
    """An echo's anchor and its extent's ends, in the band's pixels."""
    start, end = event_span(echo.earliest, echo.latest)
    return strip.x_of((start + end) / 2), strip.x_of(start), strip.x_of(end)


def paint_echoes(
    painter: QPainter,
    strip: MarkerStrip,
    echoes: Sequence[Echo],
    colour_of: dict[int, QColor],
    colours: ChartColours,
    lit: frozenset[int] = frozenset(),
) -> None:
    """Each echo's mark at its article's own date, its extent a thin line under the markers.

    `lit` items' echoes get a ring: the articles telling the selected shared event.
    """
    r = strip.radius
    y = strip.axis_y
    for echo in echoes:
        x, left, right = echo_x(strip, echo)
        if right < strip.x0 - r or left > strip.x1 + r:
            continue
        colour = colours.conflict if echo.conflict else colours.pole(colour_of[echo.item])
        painter.setPen(QPen(colour, 1))
        if right - left > 2 * r:
            under = y + r + 2.5
            painter.drawLine(
                QLineF(max(left, strip.x0 - r), under, min(right, strip.x1 + r), under)
            )
        painter.setPen(QPen(colour, 2.0))
        painter.drawLine(QLineF(x, y - r - ECHO_REACH, x, y + r + ECHO_REACH))
        if echo.item in lit:
            painter.setPen(QPen(colours.ring, 2.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QPointF(x, y), r + ECHO_REACH + 2, r + ECHO_REACH + 2)


def claim_spans(item: SeriesItem) -> tuple[tuple[float, float], ...]:
    """The fractional years of each telling of an event, in the order of its claims."""
    return tuple(event_span(c.event.earliest, c.event.latest) for c in item.claims)


def conflict_extents(
    strip: MarkerStrip, spans: Iterable[Sequence[tuple[float, float]]]
) -> list[QRectF]:
    """Each conflict's tellings' extents (``claim_spans``) about its diamond, a row apiece.

    At a wide zoom hundreds of conflicts share a few pixels: an extent the same to half a
    pixel as one already listed is left out, as drawing it again would change nothing seen.
    """
    r = strip.radius
    height = max(3.0, r * 0.8)
    low, high = strip.x0 - r, strip.x1 + r
    x0, start_year, scale = strip.x0, strip.view.start, strip.scale
    seen: set[tuple[int, int, int]] = set()
    rects = []
    for tellings in spans:
        count = len(tellings)
        for row, (start, end) in enumerate(tellings):
            left = max(x0 + (start - start_year) * scale, low)
            right = max(min(x0 + (end - start_year) * scale, high), left + 3)
            top = strip.axis_y - height / 2 + (row - (count - 1) / 2) * (height + 1.5)
            key = (round(left * 2), round(right * 2), round(top * 2))
            if key not in seen:
                seen.add(key)
                rects.append(QRectF(left + 0.5, top + 0.5, right - left - 1, height - 1))
    return rects


def paint_conflict_extents(
    painter: QPainter, extents: Sequence[QRectF], colours: ChartColours
) -> None:
    """The conflicts' extents (``conflict_extents``) in the conflict colour."""
    painter.setBrush(blend(colours.conflict, colours.base, 0.25))
    painter.setPen(QPen(colours.conflict, 1))
    for extent in extents:
        radius = extent.height() / 2
        painter.drawRoundedRect(extent, radius, radius)


def paint_series_legend(
    painter: QPainter,
    boxes: Sequence[Box],
    names: Sequence[str],
    colours: ChartColours,
    texts: ChartTexts,
) -> None:
    """The legend's own entries: told by several articles (a ring), dates disagree (a diamond)."""
    for box, name, shape in zip(boxes, names, (SHARED, CONFLICT), strict=False):
        r = box_rect(box)
        size = SWATCH - 6
        marker = QRectF(r.left() + 3, r.center().y() - size / 2, size, size)
        draw_marker(painter, marker, Look(colours.muted, False, shape), colours)
        painter.setPen(colours.text)
        baseline = r.center().y() - texts.heights[SMALL] / 2 + texts.ascents[SMALL]
        texts.draw_on_baseline(painter, SMALL, r.left() + SWATCH + 6, baseline, name)


def band_rect(top: float, shape: BandShape, width: float) -> QRectF:
    return QRectF(0.0, top, width, shape.height)
