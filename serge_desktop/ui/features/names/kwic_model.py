"""An entity's mentions in context as a table model: lines made only as the view paints them.

A page of 2,000 mentions opens without building 2,000 rows: the service's lines are themselves
made on first reading, and the view reads only those on screen.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QFont
from typing_extensions import override

from serge_desktop.services.entities.views import KwicLine
from serge_desktop.ui.common.table_model import RIGHT_ALIGNED, RowsTableModel

PASSAGE_ROLE = Qt.ItemDataRole.UserRole  # (slug, start, end) of the mention
BEFORE, NAME, AFTER, ARTICLE = range(4)


class KwicModel(RowsTableModel[KwicLine]):
    """Before, the name as written (bold), after, and the article with the paragraph's number."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bold = QFont()
        self._bold.setBold(True)

    @override
    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("KwicModel", "Before"),
            QCoreApplication.translate("KwicModel", "Name"),
            QCoreApplication.translate("KwicModel", "After"),
            QCoreApplication.translate("KwicModel", "Article"),
        )

    @override
    def cell_data(self, line: KwicLine, column: int, role: int) -> object:
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            if role == Qt.ItemDataRole.ToolTipRole and column != ARTICLE:
                return None
            if column == BEFORE:
                return line.before
            if column == NAME:
                return line.keyword
            if column == AFTER:
                return line.after
            return f"{line.passage.headline} ¶{line.passage.paragraph + 1}"
        if role == PASSAGE_ROLE:
            return (line.passage.slug, line.passage.start, line.passage.end)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == BEFORE:
            return RIGHT_ALIGNED
        if role == Qt.ItemDataRole.FontRole and column == NAME:
            return self._bold
        return None
