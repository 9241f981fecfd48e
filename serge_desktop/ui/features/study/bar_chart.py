"""A painted bar chart of counts per day (QPainter, no web view), summed up in words.

It shows the reviews of the last days, or the cards due in the next ones; its accessible
description says the same in a sentence, for screen readers.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget
from typing_extensions import override

from serge_desktop.ui.features.study.chart_colours import StudyChartColours

MARGIN = 8.0
GAP_SHARE = 0.25  # of each day's slot left empty between bars


@dataclass(frozen=True, slots=True)
class Bar:
    """One day: its label (empty to leave it out), its count, and the part drawn apart.

    The part is the reviews graded Again.
    """

    label: str
    value: int
    part: int = 0


class BarChart(QWidget):
    """Bars over a baseline, a scale on the left, some day labels below."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # so a screen reader can reach its summary
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.bars: tuple[Bar, ...] = ()
        self.painted = 0  # bars drawn at the last paint (tests read it)

    def set_bars(self, bars: Sequence[Bar], summary: str) -> None:
        self.bars = tuple(bars)
        self.setAccessibleDescription(summary)
        self.setToolTip(summary)
        self.update()

    @override
    def sizeHint(self) -> QSize:
        return QSize(520, 180)

    @override
    def minimumSizeHint(self) -> QSize:
        return QSize(240, 120)

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        colours = StudyChartColours.of(self.palette())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), colours.background)
        metrics = QFontMetricsF(self.font())
        top = _nice_top(max((bar.value for bar in self.bars), default=0))
        scale_width = metrics.horizontalAdvance(str(top)) + MARGIN
        plot = QRectF(
            MARGIN + scale_width,
            MARGIN + metrics.height() / 2,
            self.width() - 2 * MARGIN - scale_width,
            self.height() - 2 * MARGIN - metrics.height() * 1.6,
        )
        self._paint_scale(painter, plot, top, colours, metrics)
        self.painted = self._paint_bars(painter, plot, top, colours)
        self._paint_labels(painter, plot, colours, metrics)
        painter.end()

    def _paint_scale(
        self,
        painter: QPainter,
        plot: QRectF,
        top: int,
        colours: StudyChartColours,
        metrics: QFontMetricsF,
    ) -> None:
        for step in (0, 1, 2):
            value = top * step // 2
            y = plot.bottom() - plot.height() * (value / top if top else 0)
            painter.setPen(colours.grid if step else colours.muted)
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(colours.muted)
            text = str(value)
            x = plot.left() - MARGIN / 2 - metrics.horizontalAdvance(text)
            painter.drawText(
                QRectF(
                    x,
                    y - metrics.height() / 2,
                    metrics.horizontalAdvance(text) + 1,
                    metrics.height(),
                ),
                Qt.AlignmentFlag.AlignRight,
                text,
            )

    def _paint_bars(
        self, painter: QPainter, plot: QRectF, top: int, colours: StudyChartColours
    ) -> int:
        if not self.bars or top == 0:
            return 0
        slot = plot.width() / len(self.bars)
        width = max(1.0, slot * (1 - GAP_SHARE))
        painted = 0
        painter.setPen(Qt.PenStyle.NoPen)
        for index, bar in enumerate(self.bars):
            if bar.value <= 0:
                continue
            x = plot.left() + index * slot + (slot - width) / 2
            height = plot.height() * bar.value / top
            rest = bar.value - bar.part
            rest_height = plot.height() * rest / top
            painter.setBrush(colours.bar)
            painter.drawRect(QRectF(x, plot.bottom() - rest_height, width, rest_height))
            if bar.part:
                gap = 1.5 if rest else 0.0
                painter.setBrush(colours.again)
                painter.drawRect(
                    QRectF(x, plot.bottom() - height, width, max(1.0, height - rest_height - gap))
                )
            painted += 1
        return painted

    def _paint_labels(
        self, painter: QPainter, plot: QRectF, colours: StudyChartColours, metrics: QFontMetricsF
    ) -> None:
        if not self.bars:
            return
        slot = plot.width() / len(self.bars)
        painter.setPen(colours.muted)
        right_edge = -math.inf
        for index, bar in enumerate(self.bars):
            if not bar.label:
                continue
            width = metrics.horizontalAdvance(bar.label)
            centre = plot.left() + (index + 0.5) * slot
            left = min(max(centre - width / 2, plot.left()), plot.right() - width)
            if left < right_edge + MARGIN:
                continue  # would overlap the previous label
            painter.drawText(
                QRectF(left, plot.bottom() + 3, width + 1, metrics.height()),
                Qt.AlignmentFlag.AlignLeft,
                bar.label,
            )
            right_edge = left + width


def _nice_top(value: int) -> int:
    """The scale's top: the value rounded up to 1, 2 or 5 times a power of ten."""
    if value <= 0:
        return 0
    power = 10 ** (len(str(value)) - 1)
    return int(next(step * power for step in (1, 2, 5, 10) if step * power >= value))
