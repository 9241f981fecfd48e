"""A study pane that scrolls within itself when the window is shorter than the pane's content.

The notes pane stacks a filter bar, the list, an editor, tags and buttons: about 380 pixels
at the least. On a small screen (1024×700, or 1440×900 at 200 %) the window asked for more
height than the screen had, and the timeline and the Delete button ended below its edge.
Wrapped in this, the pane keeps its width but gives up height: a scroll bar appears in it.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QStyle, QWidget
from typing_extensions import override

LEAST_HEIGHT = 72  # three lines of the pane still show when the window is at its shortest


class PaneScroller(QScrollArea):
    def __init__(self, pane: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidget(pane)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # Not a stop of its own for Tab: the keyboard goes straight to the pane's controls
        # (Qt's scroll area still scrolls a control that takes the focus into view).
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    @override
    def minimumSizeHint(self) -> QSize:
        pane = self.widget()
        width = pane.minimumSizeHint().width() if pane is not None else 0
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        return QSize(width + bar, LEAST_HEIGHT)

    @override
    def sizeHint(self) -> QSize:
        pane = self.widget()
        return pane.sizeHint() if pane is not None else super().sizeHint()
