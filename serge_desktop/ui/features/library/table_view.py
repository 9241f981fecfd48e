"""The Library's grouped table of articles: Enter opens, a series heading drags to a new place.

A table, not a tree: a view that asks only for the rows on screen, so filtering a thousand
articles repaints in the time of one screenful.

Signals:
    open_requested(): Enter (or a double click) on an article.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget
from typing_extensions import override

from serge_desktop.ui.features.library.columns import Column
from serge_desktop.ui.features.library.table_model import LibraryTableModel

# The title is what a reader scans for: below this share of a narrow table's width, the other
# columns give up width in proportion instead (at 1024 pixels they took all but 60).
TITLE_SHARE = 0.4


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
        self._widths: dict[int, int] = {}  # each column's width but the title's, as wanted
        self._fitting = False
        self.horizontalHeader().sectionResized.connect(self._on_section_resized)

    def set_column_widths(self, widths: Mapping[int, int]) -> None:
        """The widths the columns beside the title take when the table is wide enough."""
        self._widths = dict(widths)
        self.fit_columns()

    def fit_columns(self) -> None:
        """Give the columns their widths, narrowed in proportion to leave the title its share."""
        header = self.horizontalHeader()
        shown = {c: w for c, w in self._widths.items() if not self.isColumnHidden(c)}
        room = self.viewport().width() - round(self.viewport().width() * TITLE_SHARE)
        sizes = narrowed(shown, room, header.minimumSectionSize())
        self._fitting = True
        try:
            for column, width in sizes.items():
                header.resizeSection(column, width)
        finally:
            self._fitting = False

    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit_columns()

    def _on_section_resized(self, column: int, _old: int, new: int) -> None:
        # A column the reader drags wider or narrower keeps that width (the title stretches).
        if not self._fitting and column != Column.TITLE and column in self._widths:
            self._widths[column] = new

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


def narrowed(widths: dict[int, int], room: int, least: int) -> dict[int, int]:
    """The widths scaled down together to fit in ``room``, none under ``least``."""
    floored: set[int] = set()
    scale = 1.0
    for _ in range(len(widths) + 1):  # each pass floors at least one more column, or ends
        flexible = sum(w for c, w in widths.items() if c not in floored)
        left = room - least * len(floored)
        scale = min(1.0, max(0.0, left / flexible)) if flexible else 1.0
        newly = {c for c, w in widths.items() if c not in floored and w * scale < least}
        if not newly:
            break
        floored |= newly
    return {c: least if c in floored else round(w * scale) for c, w in widths.items()}
