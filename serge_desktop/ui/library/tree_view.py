"""The Library's tree of articles: Enter opens, a series heading drags to a new place.

Signals:
    open_requested(): Enter (or a double click) on an article.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QWidget
from typing_extensions import override


class LibraryTreeView(QTreeView):
    open_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setUniformRowHeights(True)  # a thousand rows lay out without measuring each
        self.setAlternatingRowColors(True)
        self.setSortingEnabled(True)
        self.setAllColumnsShowFocus(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDropIndicatorShown(True)
        self.setExpandsOnDoubleClick(True)
        self.doubleClicked.connect(self._on_double_clicked)

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._on_article():
            self.open_requested.emit()
            return
        super().keyPressEvent(event)

    def _on_article(self) -> bool:
        index = self.currentIndex()
        model = self.model()
        # An article is a leaf: a series heading has children (and toggles on Enter).
        return (
            index.isValid()
            and model is not None
            and not model.hasChildren(index.siblingAtColumn(0))
        )

    def _on_double_clicked(self, index: QModelIndex) -> None:
        if index.isValid() and self._on_article():
            self.open_requested.emit()
