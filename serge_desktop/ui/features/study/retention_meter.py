"""True retention painted as a meter: the share of reviews recalled, and the retention aimed at."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget
from typing_extensions import override

from serge_desktop.ui.common.number_words import percent
from serge_desktop.ui.features.study.chart_colours import StudyChartColours

HEIGHT = 14.0


class RetentionMeter(QWidget):
    """A track from 0 to 100 %, filled to the true retention, a tick at the desired one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("True retention"))
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.retention: float | None = None
        self.desired = 0.9

    def set_values(self, retention: float | None, desired: float, summary: str) -> None:
        self.retention, self.desired = retention, desired
        self.setAccessibleDescription(summary)
        self.setToolTip(summary)
        self.update()

    @override
    def sizeHint(self) -> QSize:
        return QSize(360, int(HEIGHT + QFontMetricsF(self.font()).height() + 10))

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        colours = StudyChartColours.of(self.palette())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), colours.background)
        metrics = QFontMetricsF(self.font())
        track = QRectF(4, 4, self.width() - 8, HEIGHT)
        painter.setPen(QPen(colours.muted, 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(track)
        if self.retention is not None:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colours.bar)
            filled = QRectF(
                track.left() + 1,
                track.top() + 1,
                (track.width() - 2) * self.retention,
                track.height() - 2,
            )
            painter.drawRect(filled)
        x = track.left() + track.width() * self.desired
        painter.setPen(QPen(colours.text, 2))
        painter.drawLine(QPointF(x, track.top() - 3), QPointF(x, track.bottom() + 3))
        label = self.tr("aim %1").replace("%1", percent(self.desired * 100))
        width = metrics.horizontalAdvance(label)
        left = min(max(track.left(), x - width / 2), track.right() - width)
        painter.setPen(colours.muted)
        painter.drawText(
            QRectF(left, track.bottom() + 4, width + 1, metrics.height()),
            Qt.AlignmentFlag.AlignLeft,
            label,
        )
        painter.end()
