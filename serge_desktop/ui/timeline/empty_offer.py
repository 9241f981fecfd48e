"""What an article's empty timeline shows: that it has no events, and a way to find some.

A freshly imported article has no events, yet its dated sentences are usually there to be
found: "No dated events" alone reads as a dead end, so the way on is a button beside it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyTimelineOffer(QWidget):
    """The words "No dated events in this article" and a button to suggest some."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Empty timeline"))
        self.message = QLabel(self.tr("No dated events in this article"), self)
        self.message.setObjectName("hint")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.button = QPushButton(self.tr("Suggest Events from the Text…"), self)
        self.button.setToolTip(
            self.tr("Find the article's dated sentences and choose which become events")
        )
        self.button.hide()
        self._action: QAction | None = None
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.message)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)

    def offer(self, action: QAction) -> None:
        """The button triggers ``action`` (Timeline ▸ Suggest Events…) and follows its state."""
        self._action = action
        self.button.clicked.connect(action.trigger)
        action.changed.connect(self._follow)
        self._follow()

    def _follow(self) -> None:
        action = self._action
        self.button.setVisible(action is not None and action.isVisible())
        self.button.setEnabled(action is not None and action.isEnabled())
