"""How a chart looks in its widget: fonts, colours, texts and sprites, and events measured in them.

Both charts (an article's and a series') measure their events and draw their labels the same
way; this is that one way. Everything here is dropped by `refresh` when the widget's fonts,
palette or language change.
"""

from __future__ import annotations

import math
from dataclasses import replace

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF
from PySide6.QtWidgets import QWidget

from serge_desktop.services.views import TimelineEventView
from serge_desktop.ui.timeline.captions import is_uncertain
from serge_desktop.ui.timeline.chart_colours import ChartColours
from serge_desktop.ui.timeline.chart_texts import ChartTexts
from serge_desktop.ui.timeline.crowd_painting import Look, MarkerSprites
from serge_desktop.ui.timeline.geometry.layout import Box, ItemSpec, Metrics, Placement
from serge_desktop.ui.timeline.geometry.scale import event_span
from serge_desktop.ui.timeline.painting import STRIPE, SWATCH, DrawnEvent, box_rect

PAD_POLE, PAD_MID, PAD_END = STRIPE + 5.0, 6.0, 7.0  # label padding: pole side, inside, far end
BADGE_ROOM = 4.0  # between a label's text and its note badge
MAX_FITTED = 20_000


def chart_fonts(widget: QWidget) -> tuple[QFont, QFont, QFont]:
    """Label font (the widget's), its italic for context events, and a smaller one."""
    label = QFont(widget.font())
    italic = QFont(label)
    italic.setItalic(True)
    small = QFont(label)
    if label.pointSizeF() > 0:
        small.setPointSizeF(max(7.5, label.pointSizeF() * 0.88))
    else:
        small.setPixelSize(max(10, round(label.pixelSize() * 0.88)))
    return label, italic, small


class ChartLook:
    """A chart's fonts, colours, texts and marker sprites, and what is measured in them."""

    def __init__(self, widget: QWidget) -> None:
        self._widget = widget
        self.fonts = chart_fonts(widget)
        self.texts = ChartTexts(self.fonts)
        self.colours = ChartColours.of(widget.palette())
        self.sprites = MarkerSprites()
        self._colours: dict[str | None, QColor] = {}
        self._looks: dict[tuple[str | None, bool], Look] = {}
        self._badges: dict[int, float] = {}
        # A label's text fitted to a width (elided), with its caption's width, by (id, width):
        # a zoom step mostly shows labels at the widths they had at the step before.
        self._fitted: dict[tuple[int, int, bool], tuple[str, str, float]] = {}

    def refresh(self) -> None:
        """Take the widget's fonts and palette afresh and forget what was measured in the old."""
        self.fonts = chart_fonts(self._widget)
        self.texts = ChartTexts(self.fonts)
        self.colours = ChartColours.of(self._widget.palette())
        self.sprites.clear()
        self._colours.clear()
        self._looks.clear()
        self._badges.clear()
        self._fitted.clear()

    def colour(self, category_color: str | None) -> QColor:
        """A category's colour as drawn: the library's, made legible on this background."""
        colour = self._colours.get(category_color)
        if colour is None:
            colour = self.colours.category(category_color)
            self._colours[category_color] = colour
        return colour

    def look(self, event: TimelineEventView) -> Look:
        """The event's marker look, one object per colour and kind (a crowd's sprites key)."""
        kind = (event.category_color, event.is_context)
        look = self._looks.get(kind)
        if look is None:
            look = self._looks[kind] = Look(self.colour(event.category_color), event.is_context)
        return look

    def badge_width(self, count: int) -> float:
        if not count:
            return 0.0
        if count not in self._badges:
            fm = QFontMetricsF(self.fonts[2])
            self._badges[count] = fm.horizontalAdvance(str(count)) + fm.height() * 0.7 + BADGE_ROOM
        return self._badges[count]

    def measure(
        self, event: TimelineEventView, caption: str, *, key: int | None = None
    ) -> ItemSpec:
        """The event's extent in time and its label's widths, with `caption` and without."""
        fm, fm_italic, fm_small = (QFontMetricsF(f) for f in self.fonts)
        text_width = (fm_italic if event.is_context else fm).horizontalAdvance(event.label)
        caption_width = fm_small.horizontalAdvance(caption)
        # A pixel to spare: hinted text can be a hair wider drawn than measured.
        short = PAD_POLE + text_width + PAD_END + self.badge_width(event.note_count)
        width = short + caption_width + PAD_MID
        start, end = event_span(event.earliest, event.latest)
        fuzzy = end - start > 1.01 or is_uncertain(event.edtf) or ".." in event.edtf
        return ItemSpec(
            event.id if key is None else key,
            start,
            end,
            event.is_period,
            fuzzy,
            math.ceil(width) + 1,
            math.ceil(short) + 1,
        )

    def metrics(self, legend: list[tuple[str, QColor | None]]) -> Metrics:
        """Sizes measured from the fonts: labels, markers, bars, ticks and the legend's entries."""
        fm, fm_small = QFontMetricsF(self.fonts[0]), QFontMetricsF(self.fonts[2])
        locale = QLocale()
        short_format = QLocale.FormatType.ShortFormat
        line = fm.height()
        return Metrics(
            label_height=math.ceil(line) + 6,
            marker_radius=max(4.0, round(line * 0.28)),
            bar_height=max(6.0, round(line * 0.42)),
            tick_label_width=fm_small.horizontalAdvance("8888"),
            tick_label_height=fm_small.height(),
            legend_height=math.ceil(fm_small.height()) + 6,
            legend_widths=tuple(
                SWATCH + 6 + fm_small.horizontalAdvance(text) for text, _ in legend
            ),
            month_label_width=max(
                fm_small.horizontalAdvance(locale.monthName(m, short_format)) for m in range(1, 13)
            ),
            day_label_width=fm_small.horizontalAdvance("88"),
        )

    def drawn(
        self, event: TimelineEventView, place: Placement, caption: str, captions: bool
    ) -> DrawnEvent:
        """One event's geometry and text as drawn; the text is elided to its label's width."""
        badge = self.badge_width(event.note_count)
        pole_side = PAD_END if place.leftward else PAD_POLE
        text, caption_width = "", 0.0
        if place.label is not None:
            caption, text, caption_width = self._fit(event, caption, place.label.w, captions, badge)
        return DrawnEvent(
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

    def _fit(
        self, event: TimelineEventView, caption: str, width: float, captions: bool, badge: float
    ) -> tuple[str, str, float]:
        """The caption, the label elided to fit beside it, and the caption's width."""
        key = (event.id, round(width * 4), captions)
        fitted = self._fitted.get(key)
        if fitted is None:
            fm, fm_italic, fm_small = (QFontMetricsF(f) for f in self.fonts)
            caption_width = 0.0
            if captions:
                caption_width = fm_small.horizontalAdvance(caption) + PAD_MID
            else:
                caption = ""
            room = width - PAD_POLE - caption_width - PAD_END - badge
            metrics_for_text = fm_italic if event.is_context else fm
            text = metrics_for_text.elidedText(event.label, Qt.TextElideMode.ElideRight, room)
            if len(self._fitted) > MAX_FITTED:
                self._fitted.clear()
            fitted = self._fitted[key] = (caption, text, caption_width)
        return fitted

    def callout(self, drawn: DrawnEvent, box: Box, caption: str) -> DrawnEvent:
        """A hidden label drawn in `box`, where it shows on hover or focus, with its date."""
        fm, fm_italic, fm_small = (QFontMetricsF(f) for f in self.fonts)
        event = drawn.event
        caption_width = fm_small.horizontalAdvance(caption) + PAD_MID
        badge = self.badge_width(event.note_count)
        rect = box_rect(box)
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
