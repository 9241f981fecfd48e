"""The bar above the panes while a card's passage is read: Back to Review (Escape).

signals:
    back_requested(): the reader wants the card again.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class PassageBanner(QFrame):
    """Hidden until a card's passage is opened; its action's Escape works only while shown."""

    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Reading a card's passage"))
        self.label = QLabel(
            self.tr("The passage of the card you are studying. Escape goes back to the card."),
            self,
        )
        self.label.setWordWrap(True)
        self.back_action = QAction(self.tr("Back to Review"), self)
        self.back_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.back_action.setStatusTip(self.tr("The card you were studying (Escape)"))
        self.back_action.setEnabled(False)
        self.back_action.triggered.connect(self.back_requested)
        self.back_button = QPushButton(self.tr("Back to Review (Esc)"), self)
        self.back_button.setAccessibleName(self.tr("Back to the card"))
        self.back_button.clicked.connect(self.back_action.trigger)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 4, 12, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.back_button)
        self.hide()

    def offer(self) -> None:
        self.show()
        self.back_action.setEnabled(True)

    def withdraw(self) -> None:
        self.hide()
        self.back_action.setEnabled(False)
