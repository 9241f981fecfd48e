"""What a zoom step draws in batches is the picture drawing each part in turn gives, to the pixel.

The cached layer draws labels a part at a time, badges a colour at a time and the crowd's bars
and extents a look at a time, for speed; each is drawn here the plain way too, into images
compared whole, at several zooms of a crowd of events with notes and context dates.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from pytestqt.qtbot import QtBot

from serge_desktop.ui.timeline.crowd_painting import FEW, _paint_extents
from serge_desktop.ui.timeline.geometry.strip import MarkerStrip
from serge_desktop.ui.timeline.painting import DrawnEvent
from serge_desktop.ui.timeline.pane import TimelinePane
from serge_desktop.ui.timeline.scene import Frame
from serge_desktop.ui.timeline.view import TimelineView
from tests.ui.timeline.crowd_events import crowd


def zooms(qtbot: QtBot, count: int) -> Iterator[tuple[TimelineView, Frame]]:
    """The pane's chart from the whole span in, a frame a zoom step."""
    pane = TimelinePane()
    qtbot.addWidget(pane)
    pane.resize(1400, 340)
    pane.show()
    qtbot.waitExposed(pane)
    view = pane.view
    view.set_events(crowd(count, seed=1917, varied=True))
    for _ in range(6):
        yield view, view.frame()
        view.zoom_in()


def image(view: TimelineView, draw: Callable[..., None], *args: object) -> QImage:
    """`draw(painter, *args)` on an image of the chart's size, filled as the layer is."""
    picture = QImage(view.size(), QImage.Format.Format_ARGB32_Premultiplied)
    picture.fill(view.scene.colours.base)
    painter = QPainter(picture)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    draw(painter, *args)
    painter.end()
    return picture


def in_parts(painter: QPainter, view: TimelineView, labelled: list[DrawnEvent]) -> None:
    view._event_painter(painter, plain=True)._paint_plain_labels(labelled)


def whole(painter: QPainter, view: TimelineView, labelled: list[DrawnEvent]) -> None:
    events = view._event_painter(painter, plain=True)
    for d in labelled:
        assert d.label is not None
        events._paint_label(d, d.label)


def test_plain_labels_drawn_in_parts_are_each_label_drawn_whole(qtbot: QtBot) -> None:
    badges = 0
    for view, frame in zooms(qtbot, 3000):
        labelled = [d for d in frame.labelled if d.label is not None]
        badges += sum(1 for d in labelled if d.badge_width)
        assert image(view, in_parts, view, labelled) == image(view, whole, view, labelled)
    assert badges > 20  # the note counts' pills were among them


def extents_one_by_one(painter: QPainter, strip: MarkerStrip, view: TimelineView) -> None:
    """Each extent's rectangle made, then inset by half a pixel; a colour at a time."""
    looks, colours = view.scene.looks, view.scene.colours
    y, h = strip.axis_y - strip.radius / 2, strip.radius
    by_colour: dict[int, tuple[QColor, list[QRectF]]] = {}
    extents = strip.extent_spots()
    for left, right, position in extents:
        colour = looks[position].colour
        rect = QRectF(left, y, right - left, h).adjusted(0.5, 0.5, -0.5, -0.5)
        by_colour.setdefault(colour.rgb(), (colour, []))[1].append(rect)
    few = len(extents) <= FEW
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, few)
    for colour, rects in by_colour.values():
        painter.setPen(QPen(colours.pole(colour), 1))
        painter.setBrush(colours.extent(colour))
        if few:
            for rect in rects:
                painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
        else:
            painter.drawRects(rects)


def test_the_crowd_s_extents_are_drawn_where_each_event_s_extent_lies(qtbot: QtBot) -> None:
    crowded = few = 0
    for view, frame in zooms(qtbot, 3000):
        strip = frame.layout.strip
        assert strip is not None
        count = len(strip.extent_spots())
        crowded, few = crowded + (count > FEW), few + (0 < count <= FEW)
        batched = image(view, _paint_extents, strip, view.scene.looks, view.scene.colours)
        assert batched == image(view, extents_one_by_one, strip, view)
    assert crowded and few  # both ways of drawing extents were compared


def test_bars_extents_and_poles_are_where_each_event_s_own_span_puts_them(qtbot: QtBot) -> None:
    thinned = 0
    for _, frame in zooms(qtbot, 10_000):
        strip = frame.layout.strip
        assert strip is not None
        for bars in strip.bars_by_row(int(strip.x1 - strip.x0)).values():
            for at, (left, right, position) in enumerate(bars):
                span_left, span_right = strip.span_x(position)
                assert left == span_left
                if right != span_right:  # a crowded row's, cut short of the next shown
                    assert right < span_right and right < bars[at + 1][0]
                    thinned += 1
        for left, right, position in strip.extent_spots():
            assert (left, right) == strip.span_x(position)
        positions = strip.positions()
        assert strip.anchors_x(positions) == [strip.anchor_x(p) for p in positions]
    assert thinned  # crowded rows were among them
