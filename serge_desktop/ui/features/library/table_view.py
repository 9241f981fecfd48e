"""The Library's grouped table of articles: Enter opens, a series heading drags to a new place.

A table, not a tree: a view that asks only for the rows on screen, so filtering a thousand
articles repaints in the time of one screenful.

Signals:
    open_requested(): Enter (or a double click) on an article.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget
from typing_extensions import override

from serge_desktop.ui.features.library.table_model import LibraryTableModel


class LibraryTableView(QTableView):
    open_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlternatingRowColors(True)
        self.setSortingEnabled(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDropIndicatorShown(True)
        rows = self.verticalHeader()
        rows.hide()
        # Every row one line high: no row is measured.
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.horizontalHeader().setHighlightSections(False)
        self.doubleClicked.connect(self._on_double_clicked)

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._on_article():
            self.open_requested.emit()
            return
        super().keyPressEvent(event)

    def _on_article(self) -> bool:
        model = self.model()
        return (
            isinstance(model, LibraryTableModel)
            and model.article_at(self.currentIndex()) is not None
        )

    def _on_double_clicked(self, index: QModelIndex) -> None:
        if index.isValid() and self._on_article():
            self.open_requested.emit()
