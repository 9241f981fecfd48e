"""The timeline's events measured in the widget's fonts, and laid out once per zoom and size."""

from __future__ import annotations

import math
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF
from PySide6.QtWidgets import QWidget

from serge_desktop.services.views import TimelineEventView
from serge_desktop.ui.timeline.captions import date_caption, is_uncertain
from serge_desktop.ui.timeline.chart_colours import ChartColours
from serge_desktop.ui.timeline.date_wording import category_name, category_order
from serge_desktop.ui.timeline.geometry.layout import (
    ItemSpec,
    Metrics,
    TimelineLayout,
    compute_layout,
    minimum_height,
    whole_span,
)
from serge_desktop.ui.timeline.geometry.scale import Window, event_span
from serge_desktop.ui.timeline.painting import STRIPE, SWATCH, DrawnEvent, box_rect

PAD_POLE, PAD_MID, PAD_END = STRIPE + 5.0, 6.0, 7.0  # label padding: pole side, inside, far end
BADGE_ROOM = 4.0  # between a label's text and its note badge
CACHED_FRAMES = 12  # a few zooms at a few sizes: going back and forth costs nothing

FrameKey = tuple[Window | None, int, int]  # the stretch of time (None: all), width, height


@dataclass(frozen=True, slots=True)
class Frame:
    """One zoom at one size, ready to paint."""

    layout: TimelineLayout
    drawn: tuple[DrawnEvent, ...]  # in time order
    labelled: tuple[DrawnEvent, ...] = ()  # those with a label, which every paint draws
    by_id: Mapping[int, DrawnEvent] = field(default_factory=dict)


class TimelineScene:
    """What the view knows of its events once measured: specs, metrics, fonts and frames.

    Everything is dropped by `invalidate` when the events, fonts, palette or language change.
    When the events change, each keeps the lane it had in the frame shown, wherever it still
    fits, so that one change moves only the labels that must move.
    """

    def __init__(self, widget: QWidget) -> None:
        self._widget = widget
        self.events: list[TimelineEventView] = []
        self.by_id: dict[int, TimelineEventView] = {}
        self.order: list[int] = []  # every event's id, in time order
        self.fonts = self._make_fonts()
        self.colours = ChartColours.of(widget.palette())
        self.legend: list[tuple[str, QColor | None]] = []
        # The library's categories in its order, with their colours; None: order by name.
        self._categories: list[tuple[str, str]] | None = None
        self._specs: list[ItemSpec] | None = None
        self._spec_by_id: dict[int, ItemSpec] = {}
        self._metrics: Metrics | None = None
        self._captions: dict[int, str] = {}
        self._colours: dict[str | None, QColor] = {}
        self._badges: dict[int, float] = {}
        self._frames: OrderedDict[FrameKey, Frame] = OrderedDict()
        self._heights: dict[tuple[Window | None, int], float] = {}
        self._shown: tuple[FrameKey, Frame] | None = None  # the frame last painted
        self._whole: Window | None = None
        self._kept_lanes: tuple[FrameKey, dict[int, tuple[int, int]]] | None = None

    def set_events(self, events: Sequence[TimelineEventView]) -> None:
        if self._shown is not None:
            key, frame = self._shown
            self._kept_lanes = (key, {p.key: (p.lane, p.side) for p in frame.layout.items})
        self.events = list(events)
        self.by_id = {e.id: e for e in self.events}
        self.invalidate()

    def set_categories(self, categories: Sequence[tuple[str, str]] | None) -> None:
        """The library's categories, (name, colour) in the legend's order."""
        self._categories = list(categories) if categories is not None else None
        self.invalidate()

    def invalidate(self) -> None:
        self._specs = self._metrics = None
        self._whole = None
        self._colours.clear()
        self._badges.clear()
        self._frames.clear()
        self._heights.clear()
        self._shown = None

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

    def colour(self, category_color: str | None) -> QColor:
        """A category's colour as drawn: the library's, made legible on this background."""
        colour = self._colours.get(category_color)
        if colour is None:
            colour = self.colours.category(category_color)
            self._colours[category_color] = colour
        return colour

    def _legend_entries(self) -> list[tuple[str, QColor | None]]:
        """(text, swatch colour) for the legend; no colour marks the context entry.

        The categories of the events shown, in the library's order; the context entry last.
        """
        used: dict[str, str | None] = {}
        for e in self.events:
            used.setdefault(e.category, e.category_color)
        library = [name for name, _ in self._categories or []]
        rest = category_order(name for name in used if name not in library)
        entries: list[tuple[str, QColor | None]] = [
            (category_name(name), self.colour(used[name]))
            for name in [*library, *rest]
            if name in used
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
        self.colours = ChartColours.of(self._widget.palette())
        self.legend = self._legend_entries()
        fm, fm_italic, fm_small = (QFontMetricsF(f) for f in self.fonts)
        self._captions = {e.id: date_caption(e) for e in self.events}
        specs = []
        for e in self.events:
            text_width = (fm_italic if e.is_context else fm).horizontalAdvance(e.label)
            caption_width = fm_small.horizontalAdvance(self._captions[e.id])
            # A pixel to spare: hinted text can be a hair wider drawn than measured.
            short = PAD_POLE + text_width + PAD_END + self.badge_width(e.note_count)
            width = short + caption_width + PAD_MID
            start, end = event_span(e.earliest, e.latest)
            fuzzy = end - start > 1.01 or is_uncertain(e.edtf) or ".." in e.edtf
            specs.append(
                ItemSpec(
                    e.id, start, end, e.is_period, fuzzy, math.ceil(width) + 1, math.ceil(short) + 1
                )
            )
        specs.sort(key=lambda s: (s.anchor, s.start, s.key))
        self.order = [s.key for s in specs]
        self._spec_by_id = {s.key: s for s in specs}
        locale = QLocale()
        short_format = QLocale.FormatType.ShortFormat
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
                fm_small.horizontalAdvance(locale.monthName(m, short_format)) for m in range(1, 13)
            ),
            day_label_width=fm_small.horizontalAdvance("88"),
        )
        self._specs = specs
        return specs, self._metrics

    def whole(self) -> Window:
        if self._whole is None:
            self._whole = whole_span(self.specs()[0])
        return self._whole

    def extent(self, event_id: int) -> tuple[float, float] | None:
        self.specs()
        spec = self._spec_by_id.get(event_id)
        return (spec.start, spec.end) if spec else None

    def anchor(self, event_id: int) -> float | None:
        self.specs()
        spec = self._spec_by_id.get(event_id)
        return spec.anchor if spec else None

    # Laying out ----------------------------------------------------------------------------------

    def minimum_height(self) -> int:
        """Enough for the axis, the legend and one lane: the chart never hides them."""
        return math.ceil(minimum_height(self.specs()[1]))

    def natural_height(self, window: Window | None, width: int) -> int:
        """The height at which every label shows with its date (a picture for export)."""
        key = (window, width)
        if key not in self._heights:
            if len(self._heights) > 32:  # a splitter being dragged asks for many widths
                self._heights.clear()
            specs, metrics = self.specs()
            layout = compute_layout(specs, width, 0, metrics, window, fit_height=False)
            self._heights[key] = layout.required_height
        return math.ceil(self._heights[key])

    def frame(self, window: Window | None, width: int, height: int) -> Frame:
        """The events in `window` laid out to fit `width` by `height`; laid out once per key."""
        key = (window, width, height)
        frame = self._frames.get(key)
        if frame is None:
            specs, metrics = self.specs()
            kept = self._kept_lanes
            previous = kept[1] if kept is not None and kept[0] == key else None
            layout = compute_layout(specs, width, height, metrics, window, previous=previous)
            drawn = tuple(self._drawn(layout))
            labelled = tuple(d for d in drawn if d.label is not None)
            frame = Frame(layout, drawn, labelled, {d.event.id: d for d in drawn})
            self._frames[key] = frame
            while len(self._frames) > CACHED_FRAMES:
                self._frames.popitem(last=False)
        self._frames.move_to_end(key)
        self._shown = (key, frame)
        if self._kept_lanes is not None and self._kept_lanes[0] != key:
            self._kept_lanes = None  # zoomed or resized since the change: lay out afresh
        return frame

    def _drawn(self, layout: TimelineLayout) -> list[DrawnEvent]:
        fm, fm_italic, fm_small = (QFontMetricsF(f) for f in self.fonts)
        drawn = []
        captions = layout.captions
        for place in layout.items:
            event = self.by_id[place.key]
            caption, text, caption_width = self._captions[event.id], "", 0.0
            badge = self.badge_width(event.note_count)
            pole_side = PAD_END if place.leftward else PAD_POLE
            if place.label is not None:
                if captions:
                    caption_width = fm_small.horizontalAdvance(caption) + PAD_MID
                else:
                    caption = ""
                room = place.label.w - PAD_POLE - caption_width - PAD_END - badge
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
                    caption_x=pole_side,
                    text_x=pole_side + caption_width,
                    text=text,
                    colour=self.colour(event.category_color),
                    badge_width=badge - BADGE_ROOM if badge else 0.0,
                )
            )
        return drawn

    def callout(self, drawn: DrawnEvent, layout: TimelineLayout) -> DrawnEvent | None:
        """A hidden label drawn where it shows on hover or focus: with its date, over the rest."""
        spec = self._spec_by_id.get(drawn.event.id)
        if drawn.label is not None or spec is None:
            return None
        fm, fm_italic, fm_small = (QFontMetricsF(f) for f in self.fonts)
        event = drawn.event
        caption = self._captions.get(event.id, "")
        caption_width = fm_small.horizontalAdvance(caption) + PAD_MID
        badge = self.badge_width(event.note_count)
        rect = box_rect(layout.callout(drawn.anchor_x, spec.label_width))
        room = rect.width() - PAD_POLE - caption_width - PAD_END - badge
        metrics_for_text = fm_italic if event.is_context else fm
        text = metrics_for_text.elidedText(event.label, Qt.TextElideMode.ElideRight, room)
        leftward = drawn.anchor_x - rect.left() > rect.right() - drawn.anchor_x
        pole_side = PAD_END if leftward else PAD_POLE
        return replace(
            drawn,
            label=rect,
            leftward=leftward,
            caption=caption,
            caption_x=pole_side,
            text_x=pole_side + caption_width,
            text=text,
        )
