"""Every colour the timeline chart draws with, each legible on what it is drawn over (WCAG).

Text reaches 4.5:1 against its background and marks (markers, lines, rings, swatches) 3:1, in
light and dark palettes alike: a colour that falls short is moved towards the text colour, or
for a category colour along its own hue, until it does. `contrast_pairs` lists every pair, so a
test can check them all.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from PySide6.QtGui import QColor, QPalette

from serge_desktop.core.contrast import (
    MARK_CONTRAST,
    TEXT_CONTRAST,
    contrast_ratio,
    legible_colour,
    text_contrast_goal,
)
from serge_desktop.ui.common.highlight_colours import tint_under_text
from serge_desktop.ui.common.palette import CONTRAST_MARGIN, OTHER_COLOUR, blend, towards

MUTED_SHARE = 0.6  # secondary text: this much of the text colour over the background
TINT_SHARE = 0.2  # a label lit by the reader: this much of its category colour
POLE_SHARE = 0.55  # a pole: this much of its category colour, unless too faint to see
EXTENT_SHARE = 0.3  # an uncertain date's extent: a faint fill of its colour
CONFLICT_COLOUR = "#d7301f"  # the mark of dates that disagree: a red apart from the categories'


def ratio(first: QColor, second: QColor) -> float:
    return contrast_ratio(first.name(), second.name())


def category_colour(colour: str | None, background: QColor) -> QColor:
    """A category's colour as the chart draws it: along its hue until it stands out 3:1."""
    return QColor(legible_colour(colour or OTHER_COLOUR, background.name()))


def text_on(fill: QColor, preferred: QColor, minimum: float = TEXT_CONTRAST) -> QColor:
    """`preferred` where it reads `minimum` on `fill`, else black or white, whichever is better."""
    if ratio(preferred, fill) >= minimum + CONTRAST_MARGIN:
        return QColor(preferred)
    black, white = QColor("#000000"), QColor("#ffffff")
    return black if ratio(black, fill) >= ratio(white, fill) else white


@dataclass(frozen=True, slots=True)
class ChartColours:
    """The chart's colours for one palette."""

    base: QColor  # the chart's background
    text: QColor  # labels and the legend
    muted: QColor  # date captions, tick labels, the axis
    selected_fill: QColor  # a selected label's background
    on_selected: QColor  # its text
    ring: QColor  # the focus ring: on the chart's edge and around the focused event
    goal: float  # the least contrast of text: 4.5:1, or 7:1 in a high-contrast theme
    # Dates that disagree (the series chart): a warm red, made legible on the background.
    conflict: QColor = field(default_factory=lambda: QColor(CONFLICT_COLOUR))
    # Colours derived from a category's, by (kind, rgb): worked out once, not on every paint.
    _derived: dict[tuple[str, int], QColor] = field(default_factory=dict, compare=False)

    @classmethod
    def of(cls, palette: QPalette) -> ChartColours:
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        highlight = palette.color(QPalette.ColorRole.Highlight)
        on_highlight = palette.color(QPalette.ColorRole.HighlightedText)
        window = (
            palette.color(QPalette.ColorRole.WindowText),
            palette.color(QPalette.ColorRole.Window),
        )
        goal = text_contrast_goal(text.name(), base.name(), window[0].name(), window[1].name())
        muted = towards(blend(text, base, MUTED_SHARE), text, base, goal)
        ring = towards(highlight, text, base, MARK_CONTRAST)
        # A selected label keeps the palette's highlight unless its text would not read on it.
        fill = towards(highlight, _away_from(on_highlight), on_highlight, goal)
        conflict = category_colour(CONFLICT_COLOUR, base)
        on_fill = text_on(fill, on_highlight, goal)
        return cls(base, text, muted, fill, on_fill, ring, goal, conflict)

    def category(self, colour: str | None) -> QColor:
        drawn = category_colour(colour, self.base)
        if self.goal > TEXT_CONTRAST:
            # High contrast: marks as bright as text, so the count written on a pill of the
            # colour (in the page's colour) reads at 7:1 too.
            return towards(drawn, self.text, self.base, self.goal)
        return drawn

    def tint(self, category: QColor) -> QColor:
        """The background of a label whose event the reader shows."""
        return self._derive("tint", category)

    def pole(self, category: QColor) -> QColor:
        """The line from a marker up to its label: lighter than the marker, still 3:1."""
        return self._derive("pole", category)

    def extent(self, category: QColor) -> QColor:
        """The faint fill of an uncertain date's extent (outlined in `pole`)."""
        return self._derive("extent", category)

    def on_category(self, category: QColor) -> QColor:
        """The note count written on a pill of the category's colour."""
        return self._derive("on", category)

    def _derive(self, kind: str, category: QColor) -> QColor:
        key = (kind, category.rgb())
        colour = self._derived.get(key)
        if colour is None:
            base = self.base
            if kind == "tint":
                colour = tint_under_text(category, TINT_SHARE, [self.text], base)
            elif kind == "pole":
                colour = towards(blend(category, base, POLE_SHARE), category, base, MARK_CONTRAST)
            elif kind == "extent":
                colour = blend(category, base, EXTENT_SHARE)
            else:
                colour = text_on(category, base, self.goal)
            self._derived[key] = colour
        return colour

    def contrast_pairs(
        self, categories: Iterable[QColor]
    ) -> list[tuple[str, QColor, QColor, float]]:
        """(what, drawn colour, background, least ratio) for everything the chart draws."""
        goal = self.goal
        pairs = [
            ("label text", self.text, self.base, goal),
            ("date caption and tick label", self.muted, self.base, goal),
            ("legend text", self.text, self.base, goal),
            ("axis and ticks", self.muted, self.base, MARK_CONTRAST),
            ("selected label text", self.on_selected, self.selected_fill, goal),
            ("focus ring", self.ring, self.base, MARK_CONTRAST),
            ("conflicting dates' mark", self.conflict, self.base, MARK_CONTRAST),
        ]
        for colour in categories:
            name = colour.name()
            pairs += [
                (f"marker, stripe and swatch {name}", colour, self.base, MARK_CONTRAST),
                (f"pole and extent outline {name}", self.pole(colour), self.base, MARK_CONTRAST),
                (f"lit label text {name}", self.text, self.tint(colour), goal),
                (f"note count {name}", self.on_category(colour), colour, goal),
            ]
        return pairs


def _away_from(colour: QColor) -> QColor:
    """Black for light text, white for dark: the direction in which a fill gains contrast."""
    return QColor("#000000" if colour.lightnessF() >= 0.5 else "#ffffff")
