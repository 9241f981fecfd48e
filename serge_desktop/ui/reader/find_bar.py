"""The find-in-article bar under the reader: a search field, next and previous, a match count.

Signals:
    search_changed(str): the text to find changed.
    next_requested(), previous_requested(): go to the next or previous match.
    closed(): the bar was dismissed (Escape or its close button).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget
from typing_extensions import override


class FindBar(QWidget):
    search_changed = Signal(str)
    next_requested = Signal()
    previous_requested = Signal()
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Find in article"))
        self.field = QLineEdit(self)
        self.field.setPlaceholderText(self.tr("Find in article"))
        self.field.setAccessibleName(self.tr("Text to find"))
        self.field.setClearButtonEnabled(True)
        self.field.textChanged.connect(self.search_changed)
        self.field.returnPressed.connect(self.next_requested)
        self.count_label = QLabel(self)
        self.count_label.setAccessibleName(self.tr("Matches"))
        self.count_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("000 of 000") + 8)
        previous_button = self._button(self.tr("Previous"), self.tr("Previous match (Shift+F3)"))
        previous_button.setText("▲")
        previous_button.clicked.connect(self.previous_requested)
        next_button = self._button(self.tr("Next"), self.tr("Next match (F3)"))
        next_button.setText("▼")
        next_button.clicked.connect(self.next_requested)
        close_button = self._button(self.tr("Close find bar"), self.tr("Close (Esc)"))
        close_button.setText("✕")
        close_button.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.field, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(previous_button)
        layout.addWidget(next_button)
        layout.addWidget(close_button)

    def open(self) -> None:
        """Show the bar with its text selected, so typing replaces the last search."""
        self.show()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()
        # The matches were cleared when the bar closed: find the kept text again.
        self.search_changed.emit(self.field.text())

    def dismiss(self) -> None:
        self.hide()
        self.closed.emit()

    def show_count(self, current: int, total: int) -> None:
        if not self.field.text():
            self.count_label.clear()
        elif total == 0:
            self.count_label.setText(self.tr("No matches"))
        else:
            self.count_label.setText(
                self.tr("%1 of %2").replace("%1", str(current + 1)).replace("%2", str(total))
            )

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.dismiss()
            return
        if event.matches(QKeySequence.StandardKey.FindPrevious):
            self.previous_requested.emit()
            return
        super().keyPressEvent(event)

    def _button(self, name: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setAccessibleName(name)
        button.setToolTip(tip)
        button.setAutoRaise(True)
        return button
