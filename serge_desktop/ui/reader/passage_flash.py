"""A passage shown from elsewhere (an event's evidence) glows briefly, then fades out.

Signals:
    changed(): the glow's strength changed; the view draws it again.
"""

from __future__ import annotations

from PySide6.QtCore import QEasingCurve, QObject, QVariantAnimation, Signal
from PySide6.QtGui import QColor, QTextCursor

from serge_desktop.ui.common.highlight_colours import tint_under_text
from serge_desktop.ui.reader.typesetting import ReaderColours

FLASH_COLOR = QColor(255, 150, 60)
DURATION_MS = 1800


class PassageFlash(QObject):
    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cursor: QTextCursor | None = None
        self.animation = QVariantAnimation(self)
        self.animation.setDuration(DURATION_MS)
        self.animation.setStartValue(210)
        self.animation.setEndValue(0)
        self.animation.setEasingCurve(QEasingCurve.Type.InQuad)
        self.animation.valueChanged.connect(self.changed)

    def start(self, cursor: QTextCursor) -> None:
        self._cursor = cursor
        self.animation.stop()
        self.animation.start()
        self.changed.emit()  # at its strongest from the first frame

    def stop(self) -> None:
        """No glow any more (the passage's text is gone)."""
        self.animation.stop()
        self._cursor = None

    def is_running(self) -> bool:
        return self.animation.state() == QVariantAnimation.State.Running

    def glow(self, colours: ReaderColours) -> tuple[QTextCursor, QColor] | None:
        """The passage and its colour now, while it glows (never too deep to read through)."""
        if self._cursor is None or not self.is_running():
            return None
        share = int(self.animation.currentValue()) / 255
        return self._cursor, tint_under_text(FLASH_COLOR, share, colours.foregrounds, colours.base)
