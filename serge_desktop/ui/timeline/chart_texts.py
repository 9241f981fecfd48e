"""A chart's label texts laid out once and drawn many times (QStaticText), with their fonts.

Drawing a string lays it out again each time; a zoom step draws a hundred labels whose texts
mostly were drawn at the zoom before. Kept until the fonts change.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QStaticText

# The chart's fonts: labels, context labels, captions and badges, and titles (small, bold).
LABEL, ITALIC, SMALL, TITLE = 0, 1, 2, 3
MAX_TEXTS = 20_000


class ChartTexts:
    """Pre-shaped texts in a chart's three fonts, and where each font's baseline lies."""

    def __init__(self, fonts: tuple[QFont, QFont, QFont]) -> None:
        title = QFont(fonts[SMALL])
        title.setBold(True)
        self.fonts = (*fonts, title)
        metrics = [QFontMetricsF(font) for font in self.fonts]
        self.ascents = [fm.ascent() for fm in metrics]
        self.heights = [fm.height() for fm in metrics]
        self._texts: dict[tuple[int, str], QStaticText] = {}

    def text(self, kind: int, words: str) -> QStaticText:
        found = self._texts.get((kind, words))
        if found is None:
            if len(self._texts) > MAX_TEXTS:
                self._texts.clear()
            found = QStaticText(words)
            found.setTextFormat(Qt.TextFormat.PlainText)
            found.prepare(font=self.fonts[kind])
            self._texts[(kind, words)] = found
        return found

    def draw_on_baseline(
        self, painter: QPainter, kind: int, x: float, baseline: float, words: str
    ) -> None:
        """`words` in font `kind`, starting at `x` on `baseline` (the painter's pen colour)."""
        painter.setFont(self.fonts[kind])
        painter.drawStaticText(QPointF(x, baseline - self.ascents[kind]), self.text(kind, words))

    def draw_centred(self, painter: QPainter, kind: int, box: QRectF, words: str) -> None:
        text = self.text(kind, words)
        size = text.size()
        painter.setFont(self.fonts[kind])
        left = box.center().x() - size.width() / 2
        top = box.center().y() - size.height() / 2
        painter.drawStaticText(QPointF(left, top), text)

    def baseline_in(self, rect: QRectF) -> float:
        """The baseline that centres a label's line in `rect`."""
        return rect.top() + (rect.height() - self.heights[LABEL]) / 2 + self.ascents[LABEL]
