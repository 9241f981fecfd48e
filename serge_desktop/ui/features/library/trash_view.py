"""The Library's Trash section: the articles deleted, with Restore and Empty Trash.

Signals:
    restore_requested(object): restore this article (a ``TrashedArticle``).
    empty_requested(): empty the trash (the feature asks first).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from serge_desktop.services.article_trash import TrashedArticle
from serge_desktop.ui.features.library.trash_model import ArticleTrashModel


class ArticleTrashView(QWidget):
    restore_requested = Signal(object)
    empty_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Trash"))
        self.explanation = QLabel(
            self.tr(
                "Deleted articles wait here with their notes and events until the trash is "
                "emptied. Emptying it makes a backup first."
            ),
            self,
        )
        self.explanation.setWordWrap(True)
        self.explanation.setObjectName("hint")
        self.model = ArticleTrashModel(self)
        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("Articles in the trash"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.restore_button = QPushButton(self.tr("&Restore"), self)
        self.restore_button.setAccessibleName(self.tr("Restore the selected article"))
        self.empty_button = QPushButton(self.tr("&Empty Trash…"), self)
        self.empty_button.setAccessibleName(self.tr("Empty the trash"))
        self.empty_hint = QLabel(self)
        self.empty_hint.setObjectName("hint")
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(self.empty_hint)
        buttons.addWidget(self.empty_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.explanation)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.restore_button.clicked.connect(self._restore_current)
        self.empty_button.clicked.connect(self.empty_requested)
        self.table.activated.connect(lambda _index: self._restore_current())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self._update_buttons()

    def set_trash(self, rows: list[TrashedArticle]) -> None:
        current = self.current()
        self.model.set_rows(rows)
        for row, trashed in enumerate(rows):
            if current is not None and trashed.summary.id == current.summary.id:
                self.table.selectRow(row)
                return
        if rows:
            self.table.selectRow(0)

    def current(self) -> TrashedArticle | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _restore_current(self) -> None:
        trashed = self.current()
        if trashed is not None:
            self.restore_requested.emit(trashed)

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.current() is not None)
        self.empty_button.setEnabled(self.model.rowCount() > 0)
        self.empty_hint.setText("" if self.model.rowCount() else self.tr("The trash is empty."))
