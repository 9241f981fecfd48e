"""The timeline pane: the timeline view in a vertical scroll area that keeps the axis in sight."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from serge_desktop.ui.timeline_view import TimelineView


class TimelinePane(QWidget):
    """The timeline in a vertical-only scroll area, kept scrolled down to the axis."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._view = TimelineView()
        self._scroll = QScrollArea(self)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._scroll.setWidgetResizable(True)
        self._scroll.setWidget(self._view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._scroll)
        self.setFocusProxy(self._view)
        # The axis is at the bottom: stay there as lanes come and go, unless the user scrolled up.
        self._stick_to_bottom = True
        bar = self._scroll.verticalScrollBar()
        bar.rangeChanged.connect(self._on_range_changed)
        bar.valueChanged.connect(self._on_scrolled)
        self._view.reveal_requested.connect(self._on_reveal_requested)

    @property
    def view(self) -> TimelineView:
        return self._view

    def scroll_area(self) -> QScrollArea:
        return self._scroll

    def _on_range_changed(self, _minimum: int, maximum: int) -> None:
        if self._stick_to_bottom:
            self._scroll.verticalScrollBar().setValue(maximum)

    def _on_scrolled(self, value: int) -> None:
        self._stick_to_bottom = value >= self._scroll.verticalScrollBar().maximum()

    def _on_reveal_requested(self, rect: QRect) -> None:
        centre = rect.center()
        self._scroll.ensureVisible(
            centre.x(), centre.y(), rect.width() // 2 + 8, rect.height() // 2 + 8
        )
