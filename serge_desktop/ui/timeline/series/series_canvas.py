"""The drawing half of the series chart: bands that scroll above a fixed axis, and their painting.

The axis and the legend stay at the bottom; the bands scroll above them, one per article
shown (the shared band first). A frame (zoom, size, scroll) is laid out and drawn once into a
cached layer; a repaint copies it and draws only the selection and the label pointed at.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QPen, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget
from typing_extensions import override

from serge_desktop.ui.timeline.chart_look import PAD_END, PAD_POLE
from serge_desktop.ui.timeline.crowd_painting import paint_crowd
from serge_desktop.ui.timeline.geometry.bands import BandShape, Stack
from serge_desktop.ui.timeline.geometry.layout import Box, Tick, axis_ends, axis_ticks, footer
from serge_desktop.ui.timeline.geometry.scale import Window
from serge_desktop.ui.timeline.painting import DrawnEvent, EventPainter, paint_axis, paint_legend
from serge_desktop.ui.timeline.series.chart_data import SHARED
from serge_desktop.ui.timeline.series.series_painting import (
    band_rect,
    paint_band_ground,
    paint_band_title,
    paint_conflict_extents,
    paint_echoes,
    paint_grid,
    paint_series_legend,
)
from serge_desktop.ui.timeline.series.series_scene import BandFrame, SeriesScene

FOOTER_PAD = 6.0  # between the last band and the axis


@dataclass(frozen=True, slots=True)
class SeriesFrame:
    """One zoom at one size and scroll: the bands on screen laid out, and the axis under them."""

    width: float
    height: float
    window: Window
    scroll: int
    band_bottom: float  # where the bands' viewport ends and the axis begins
    axis_y: float
    axis_x0: float
    axis_x1: float
    ticks: tuple[Tick, ...]
    legend: tuple[Box, ...]
    shapes: tuple[BandShape, ...]
    stack: Stack
    shown: tuple[tuple[int, float, BandFrame], ...]  # (band, its top on screen, its layout)

    def band_on_screen(self, band: int) -> tuple[float, BandFrame] | None:
        for index, top, frame in self.shown:
            if index == band:
                return top, frame
        return None


class SeriesCanvas(QWidget):
    """Keeps and draws the series chart's state: zoom, scroll, selection, the label pointed at.

    Signals:
        content_changed(): the bands' total height or the viewport changed (scroll bars).
        scrolled(int): the bands were scrolled to this content height.
    """

    content_changed = Signal()
    scrolled = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.scene = SeriesScene(self)
        self._window: Window | None = None
        self._scroll = 0
        self._selected: int | None = None
        self._hovered: int | None = None
        self._frames: dict[tuple[Window, int, int, int], SeriesFrame] = {}
        self._layer: tuple[SeriesFrame, tuple[int, float], QPixmap] | None = None
        self.cache_layers = True  # off when drawing for export: lines and text in an SVG

    def visible_window(self) -> Window:
        return self._window or self.scene.whole()

    def whole_window(self) -> Window:
        return self.scene.whole()

    def is_fit(self) -> bool:
        return self.visible_window() == self.whole_window()

    def has_events(self) -> bool:
        return self.scene.has_events()

    def selected_event_id(self) -> int | None:
        return self._selected

    # Geometry --------------------------------------------------------------------------------

    def footer_height(self) -> float:
        return footer(self.width(), self.scene.metrics()).height + FOOTER_PAD

    def viewport_height(self) -> int:
        """The height the bands have on screen, above the axis and the legend."""
        return max(0, round(self.height() - self.footer_height()))

    def content_height(self) -> int:
        """All the bands' height, to scroll through."""
        return round(self.scene.shapes(self.width(), self.viewport_height())[1].total)

    def scroll_position(self) -> int:
        return self._scroll

    def set_scroll(self, y: int) -> None:
        y = max(0, min(y, self.content_height() - self.viewport_height()))
        if y != self._scroll:
            self._scroll = y
            self.update()
            self.scrolled.emit(y)

    def frame(self) -> SeriesFrame:
        window = self.visible_window()
        key = (window, self.width(), self.height(), self._scroll)
        found = self._frames.get(key)
        if found is None:
            if len(self._frames) > 8:
                self._frames.clear()
            found = self._frames[key] = self._lay_out(window)
        return found

    def _lay_out(self, window: Window) -> SeriesFrame:
        scene = self.scene
        m = scene.metrics()
        width, height = self.width(), self.height()
        below = footer(width, m)
        band_bottom = height - below.height - FOOTER_PAD
        shapes, layout = scene.shapes(width, max(0, round(band_bottom)))
        x0, x1 = axis_ends(width, m)
        shown = []
        for band in layout.meeting(self._scroll, self._scroll + band_bottom):
            top = layout.tops[band] - self._scroll
            shown.append((band, top, scene.band_frame(band, window, width, shapes[band])))
        return SeriesFrame(
            width=width,
            height=height,
            window=window,
            scroll=self._scroll,
            band_bottom=band_bottom,
            axis_y=height + below.axis_y,
            axis_x0=x0,
            axis_x1=x1,
            ticks=axis_ticks(window, x0, x1, m) if scene.has_events() else (),
            legend=below.legend(height, m),
            shapes=tuple(shapes),
            stack=layout,
            shown=tuple(shown),
        )

    # What is where, in widget pixels (tests and assistive tools read these) --------------------

    def band_rects(self) -> dict[int, QRectF]:
        """Each band on screen (by its key: the article's id, or SHARED), clipped to the bands."""
        frame = self.frame()
        found = {}
        for band, top, _band_frame in frame.shown:
            rect = band_rect(top, frame.shapes[band], frame.width)
            found[self.scene.data.bands[band].key] = rect.intersected(
                QRectF(0, 0, frame.width, frame.band_bottom)
            )
        return found

    def label_rects(self) -> dict[int, QRectF]:
        """Each event whose label shows, its label's rectangle."""
        return {
            d.event.id: d.label.translated(0, top)
            for _band, top, band_frame in self.frame().shown
            for d in band_frame.labelled
            if d.label is not None
        }

    def marker_rects(self) -> dict[int, QRectF]:
        """Each event in view in the bands on screen, its marker's rectangle."""
        found = {}
        for _band, top, band_frame in self.frame().shown:
            for place in band_frame.layout.placements():
                marker = place.marker
                found[place.key] = QRectF(marker.x, marker.y + top, marker.w, marker.h)
        return found

    def _changed_content(self) -> None:
        self._frames.clear()
        self.set_scroll(self._scroll)  # within the new height
        self.content_changed.emit()
        self.update()

    # Painting ---------------------------------------------------------------------------------

    def _event_painter(self, painter: QPainter, *, plain: bool) -> EventPainter:
        device = painter.device()
        look = self.scene.look
        return EventPainter(
            painter=painter,
            texts=look.texts,
            colours=look.colours,
            has_focus=self.hasFocus(),
            selected=None if plain else self._selected,
            pads=(PAD_POLE, PAD_END),
            sprites=look.sprites if plain and self.cache_layers else None,
            ratio=device.devicePixelRatioF() if device is not None else 1.0,
        )

    def _paint_static(self, painter: QPainter, frame: SeriesFrame, left_out: int | None) -> None:
        """Bands, their events as if nothing were selected, then the axis and the legend."""
        scene, look = self.scene, self.scene.look
        colours, texts = look.colours, look.texts
        m = scene.metrics()
        painter.save()
        painter.setClipRect(QRectF(0, 0, frame.width, frame.band_bottom))
        grounds = [
            (band_rect(top, frame.shapes[band], frame.width), band)
            for band, top, _band_frame in frame.shown
        ]
        for rect, band in grounds:
            paint_band_ground(painter, rect, band % 2 == 1, colours)
        paint_grid(painter, [t.x for t in frame.ticks if t.major], 0.0, frame.band_bottom, colours)
        for rect, band in grounds:
            title = scene.data.bands[band].title
            paint_band_title(painter, rect, band % 2 == 1, title, texts, colours, m.margin)
        events = self._event_painter(painter, plain=True)
        ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
        for band, top, band_frame in frame.shown:
            state = scene.bands[band]
            data = scene.data.bands[band]
            painter.save()
            painter.translate(0, top)
            strip = band_frame.layout.strip
            paint_crowd(
                painter,
                strip,
                state.looks,
                colours,
                look.sprites,
                band_frame.labelled_positions,
                ratio,
            )
            if data.key == SHARED:
                paint_conflict_extents(painter, band_frame.conflict_extents, colours)
            else:
                colour_of = {
                    e.item: look.colour(scene.data.items[e.item].event.category_color)
                    for e in data.echoes
                }
                paint_echoes(painter, strip, data.echoes, colour_of, colours)
            events.paint_events([d for d in band_frame.labelled if d.event.id != left_out])
            painter.restore()
        painter.restore()
        painter.fillRect(QRectF(0, frame.band_bottom, frame.width, frame.height), colours.base)
        paint_axis(painter, frame, texts, colours)
        ours = len(scene.legend) - 2  # the series' own entries, drawn with their shapes
        paint_legend(painter, frame.legend[:ours], scene.legend[:ours], texts, colours)
        paint_series_legend(
            painter, frame.legend[ours:], [n for n, _ in scene.legend[ours:]], colours, texts
        )

    def _paint_dynamic(self, painter: QPainter, frame: SeriesFrame) -> None:
        """The selected event over the cached layer, the echoes of its tellings, and callouts."""
        events = self._event_painter(painter, plain=False)
        painter.save()
        painter.setClipRect(QRectF(0, 0, frame.width, frame.band_bottom))
        selected = self._selected
        if selected is not None:
            for band, top, band_frame in frame.shown:
                painter.save()
                painter.translate(0, top)
                drawn = band_frame.event(selected)
                if drawn is not None:
                    events.paint_events([drawn])
                data = self.scene.data.bands[band]
                mine = [e for e in data.echoes if e.item == selected]
                if mine:
                    colour = self.scene.look.colour(
                        self.scene.data.items[selected].event.category_color
                    )
                    paint_echoes(
                        painter,
                        band_frame.layout.strip,
                        mine,
                        {selected: colour},
                        self.scene.look.colours,
                        frozenset([selected]),
                    )
                painter.restore()
        for top, drawn in self.callouts(frame):
            painter.save()
            painter.translate(0, top)
            events.paint_callout(drawn)
            painter.restore()
        painter.restore()

    def callouts(self, frame: SeriesFrame) -> list[tuple[float, DrawnEvent]]:
        """Hidden labels shown over the others: the selected event's and the one pointed at."""
        shown = []
        for key in dict.fromkeys((self._selected, self._hovered)):
            band = self.scene.band_of(key) if key is not None else None
            on_screen = frame.band_on_screen(band) if band is not None else None
            if key is None or band is None or on_screen is None:
                continue
            top, band_frame = on_screen
            drawn = band_frame.event(key)
            if drawn is None or drawn.label is not None:
                continue
            spec = band_frame.layout.strip.index.specs[band_frame.layout.strip.index.position[key]]
            box = band_frame.layout.callout(drawn.anchor_x, spec.label_width)
            caption = self.scene.bands[band].captions.get(key, "")
            shown.append((top, self.scene.look.callout(drawn, box, caption)))
        return shown

    def _static_layer(self, frame: SeriesFrame) -> QPixmap:
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
        pixmap.fill(self.scene.look.colours.base)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint_static(painter, frame, None)
        painter.end()
        self._layer = (frame, key, pixmap)
        return pixmap

    @override
    def paintEvent(self, e: QPaintEvent, /) -> None:
        colours = self.scene.look.colours
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.scene.has_events():
            frame = self.frame()
            if self.cache_layers:
                layer = self._static_layer(frame)
                ratio = layer.devicePixelRatio()
                source = QRectF(e.rect()).toRect()
                device = QRect(
                    round(source.x() * ratio),
                    round(source.y() * ratio),
                    round(source.width() * ratio),
                    round(source.height() * ratio),
                )
                painter.drawPixmap(e.rect(), layer, device)
            else:
                painter.fillRect(e.rect(), colours.base)
                self._paint_static(painter, frame, self._selected)
            self._paint_dynamic(painter, frame)
        else:
            painter.fillRect(e.rect(), colours.base)
            painter.setPen(colours.muted)
            painter.drawText(
                QRectF(self.rect()).adjusted(12, 12, -12, -12),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                QCoreApplication.translate(
                    "SeriesTimeline", "No dated events in the articles shown"
                ),
            )
        if self.hasFocus():
            painter.setPen(QPen(colours.ring, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        painter.end()

    @override
    def sizeHint(self) -> QSize:
        return QSize(900, 480)

    @override
    def minimumSizeHint(self) -> QSize:
        return QSize(320, 200)
