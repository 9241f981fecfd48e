"""The timeline's events measured in the widget's fonts, and laid out once per zoom and size."""

from __future__ import annotations

import math
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPalette
from PySide6.QtWidgets import QWidget

from serge_desktop.services.views import TimelineEventView
from serge_desktop.ui.common.palette import CATEGORY_COLOURS, OTHER_COLOUR
from serge_desktop.ui.timeline.captions import date_caption, is_uncertain
from serge_desktop.ui.timeline.geometry.layout import (
    ItemSpec,
    Metrics,
    TimelineLayout,
    compute_layout,
    whole_span,
)
from serge_desktop.ui.timeline.geometry.scale import Window, event_span
from serge_desktop.ui.timeline.painting import STRIPE, SWATCH, DrawnEvent, box_rect

PAD_POLE, PAD_MID, PAD_END = STRIPE + 5.0, 6.0, 7.0  # label padding: pole side, inside, far end
BADGE_ROOM = 4.0  # between a label's text and its note badge
CACHED_FRAMES = 12  # a few zooms at a few sizes: going back and forth costs nothing


@dataclass(frozen=True, slots=True)
class Frame:
    """One zoom at one size, ready to paint."""

    layout: TimelineLayout
    drawn: tuple[DrawnEvent, ...]  # in time order


class TimelineScene:
    """What the view knows of its events once measured: specs, metrics, fonts and frames.

    Everything is dropped by `invalidate` when the events, fonts, palette or language change.
    """

    def __init__(self, widget: QWidget) -> None:
        self._widget = widget
        self.events: list[TimelineEventView] = []
        self.by_id: dict[int, TimelineEventView] = {}
        self.order: list[int] = []  # every event's id, in time order
        self.fonts = self._make_fonts()
        self.legend: list[tuple[str, QColor | None]] = []
        self._specs: list[ItemSpec] | None = None
        self._spec_by_id: dict[int, ItemSpec] = {}
        self._metrics: Metrics | None = None
        self._captions: dict[int, str] = {}
        self._colours: dict[str, QColor] = {}
        self._badges: dict[int, float] = {}
        self._frames: OrderedDict[tuple[object, ...], Frame] = OrderedDict()
        self._heights: dict[tuple[Window | None, int], float] = {}

    def set_events(self, events: Sequence[TimelineEventView]) -> None:
        self.events = list(events)
        self.by_id = {e.id: e for e in self.events}
        self.invalidate()

    def invalidate(self) -> None:
        self._specs = self._metrics = None
        self._colours.clear()
        self._badges.clear()
        self._frames.clear()
        self._heights.clear()

    # Measuring -----------------------------------------------------------------------------------

    def _make_fonts(self) -> tuple[QFont, QFont, QFont]:
        """Label font (the widget's), its italic for context events, and a smaller one."""
        label = QFont(self._widget.font())
        italic = QFont(label)
        italic.setItalic(True)
        small = QFont(label)
        if label.pointSizeF() > 0:
            small.setPointSizeF(max(7.5, label.pointSizeF() * 0.88))
        else:
            small.setPixelSize(max(10, round(label.pixelSize() * 0.88)))
        return label, italic, small

    def colour(self, category: str) -> QColor:
        colour = self._colours.get(category)
        if colour is None:
            colour = QColor(CATEGORY_COLOURS.get(category, OTHER_COLOUR))
            dark = self._widget.palette().color(QPalette.ColorRole.Base).lightnessF() < 0.5
            colour = colour.lighter(135) if dark else colour  # the same hues, legible on dark
            self._colours[category] = colour
        return colour

    def _legend_entries(self) -> list[tuple[str, QColor | None]]:
        """(text, swatch colour) for the legend; no colour marks the context entry."""
        names = {
            "life": QCoreApplication.translate("TimelineView", "Life"),
            "politics": QCoreApplication.translate("TimelineView", "Politics"),
            "writing": QCoreApplication.translate("TimelineView", "Writing"),
            "exile": QCoreApplication.translate("TimelineView", "Exile"),
        }
        extra = sorted({e.category for e in self.events} - names.keys())
        entries: list[tuple[str, QColor | None]] = [
            (names.get(c, c), self.colour(c)) for c in [*CATEGORY_COLOURS, *extra]
        ]
        context = QCoreApplication.translate(
            "TimelineView", "Context (date from outside the article)"
        )
        entries.append((context, None))
        return entries

    def badge_width(self, count: int) -> float:
        if not count:
            return 0.0
        if count not in self._badges:
            fm = QFontMetricsF(self.fonts[2])
            self._badges[count] = fm.horizontalAdvance(str(count)) + fm.height() * 0.7 + BADGE_ROOM
        return self._badges[count]

    def specs(self) -> tuple[list[ItemSpec], Metrics]:
        if self._specs is not None and self._metrics is not None:
            return self._specs, self._metrics
        self.fonts = self._make_fonts()
        self.legend = self._legend_entries()
        fm, fm_italic, fm_small = (QFontMetricsF(f) for f in self.fonts)
        self._captions = {e.id: date_caption(e) for e in self.events}
        specs = []
        for e in self.events:
            text_width = (fm_italic if e.is_context else fm).horizontalAdvance(e.label)
            caption_width = fm_small.horizontalAdvance(self._captions[e.id])
            width = PAD_POLE + caption_width + PAD_MID + text_width + PAD_END
            width += self.badge_width(e.note_count)
            start, end = event_span(e.earliest, e.latest)
            fuzzy = end - start > 1.01 or is_uncertain(e.edtf) or ".." in e.edtf
            specs.append(ItemSpec(e.id, start, end, e.is_period, fuzzy, math.ceil(width)))
        specs.sort(key=lambda s: (s.anchor, s.start, s.key))
        self.order = [s.key for s in specs]
        self._spec_by_id = {s.key: s for s in specs}
        locale = QLocale()
        short = QLocale.FormatType.ShortFormat
        line = fm.height()
        self._metrics = Metrics(
            label_height=math.ceil(line) + 6,
            marker_radius=max(4.0, round(line * 0.28)),
            bar_height=max(6.0, round(line * 0.42)),
            tick_label_width=fm_small.horizontalAdvance("8888"),
            tick_label_height=fm_small.height(),
            legend_height=math.ceil(fm_small.height()) + 6,
            legend_widths=tuple(
                SWATCH + 6 + fm_small.horizontalAdvance(text) for text, _ in self.legend
            ),
            month_label_width=max(
                fm_small.horizontalAdvance(locale.monthName(m, short)) for m in range(1, 13)
            ),
            day_label_width=fm_small.horizontalAdvance("88"),
        )
        self._specs = specs
        return specs, self._metrics

    def whole(self) -> Window:
        return whole_span(self.specs()[0])

    def extent(self, event_id: int) -> tuple[float, float] | None:
        self.specs()
        spec = self._spec_by_id.get(event_id)
        return (spec.start, spec.end) if spec else None

    def anchor(self, event_id: int) -> float | None:
        self.specs()
        spec = self._spec_by_id.get(event_id)
        return spec.anchor if spec else None

    # Laying out ----------------------------------------------------------------------------------

    def required_height(self, window: Window | None, width: int) -> int:
        key = (window, width)
        for (w, frame_width, _height, _focus), frame in self._frames.items():
            if w == window and frame_width == width:  # laid out already, at some height
                return math.ceil(frame.layout.required_height)
        if key not in self._heights:
            if len(self._heights) > 32:  # a splitter being dragged asks for many widths
                self._heights.clear()
            specs, metrics = self.specs()
            self._heights[key] = compute_layout(specs, width, 0, metrics, window).required_height
        return math.ceil(self._heights[key])

    def frame(self, window: Window | None, width: int, height: int, focus: int | None) -> Frame:
        """The events in `window` laid out; the `focus` event keeps its label in a crowd."""
        frame = self._cached((window, width, height, None))
        if focus is not None and any(
            p.key == focus and p.label is None for p in frame.layout.items
        ):
            frame = self._cached((window, width, height, focus))
        return frame

    def _cached(self, key: tuple[Window | None, int, int, int | None]) -> Frame:
        frame = self._frames.get(key)
        if frame is None:
            specs, metrics = self.specs()
            window, width, height, focus = key
            layout = compute_layout(specs, width, height, metrics, window, focus=focus)
            frame = Frame(layout, tuple(self._drawn(layout)))
            self._frames[key] = frame
            while len(self._frames) > CACHED_FRAMES:
                self._frames.popitem(last=False)
        self._frames.move_to_end(key)
        return frame

    def _drawn(self, layout: TimelineLayout) -> list[DrawnEvent]:
        fm, fm_italic, fm_small = (QFontMetricsF(f) for f in self.fonts)
        drawn = []
        for place in layout.items:
            event = self.by_id[place.key]
            caption, text, caption_width = self._captions[event.id], "", 0.0
            badge = self.badge_width(event.note_count)
            if place.label is not None:
                caption_width = fm_small.horizontalAdvance(caption)
                room = place.label.w - PAD_POLE - caption_width - PAD_MID - PAD_END - badge
                metrics_for_text = fm_italic if event.is_context else fm
                text = metrics_for_text.elidedText(event.label, Qt.TextElideMode.ElideRight, room)
            drawn.append(
                DrawnEvent(
                    event=event,
                    label=box_rect(place.label) if place.label else None,
                    marker=box_rect(place.marker),
                    extent=box_rect(place.extent) if place.extent else None,
                    anchor_x=place.anchor_x,
                    leftward=place.leftward,
                    caption=caption,
                    caption_x=PAD_END if place.leftward else PAD_POLE,
                    text_x=(PAD_END if place.leftward else PAD_POLE) + caption_width + PAD_MID,
                    text=text,
                    colour=self.colour(event.category),
                    badge_width=badge - BADGE_ROOM if badge else 0.0,
                )
            )
        return drawn
