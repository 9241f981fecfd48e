"""The study charts' colours for a palette, each legible on the chart's background (WCAG AA).

Bars are marks: 3:1 against the background (WCAG 1.4.11). Labels and figures are text: 4.5:1
(WCAG 1.4.3). The part of a bar graded Again is told apart by its colour and by a gap of the
background between it and the rest, so no one needs to tell the two hues apart.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette

from serge_desktop.core.contrast import MARK_CONTRAST, TEXT_CONTRAST, contrast_ratio, legible_colour
from serge_desktop.ui.common.palette import blend

BAR = "#3a78b5"  # reviews, cards due: a calm blue
AGAIN = "#d0662a"  # reviews graded Again: an orange far from the blue for colour-blind readers
MUTED_SHARE = 0.72  # axis labels: this much of the text colour over the background
GRID_SHARE = 0.18  # the gridlines: faint, they only guide the eye (not information)


@dataclass(frozen=True, slots=True)
class StudyChartColours:
    background: QColor
    text: QColor
    muted: QColor  # axis labels
    grid: QColor
    bar: QColor
    again: QColor

    @classmethod
    def of(cls, palette: QPalette) -> StudyChartColours:
        background = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        muted = blend(text, background, MUTED_SHARE)
        if _ratio(muted, background) < TEXT_CONTRAST:
            muted = QColor(text)
        return cls(
            background=background,
            text=text,
            muted=muted,
            grid=blend(text, background, GRID_SHARE),
            bar=QColor(legible_colour(BAR, background.name())),
            again=QColor(legible_colour(AGAIN, background.name())),
        )

    def contrast_pairs(self) -> list[tuple[str, QColor, QColor, float]]:
        """Every pair that must be legible, with the ratio it needs (for the tests)."""
        return [
            ("text", self.text, self.background, TEXT_CONTRAST),
            ("labels", self.muted, self.background, TEXT_CONTRAST),
            ("bars", self.bar, self.background, MARK_CONTRAST),
            ("again", self.again, self.background, MARK_CONTRAST),
        ]


def _ratio(first: QColor, second: QColor) -> float:
    return contrast_ratio(first.name(), second.name())
