"""An entity's mentions in context as a table model: lines made only as the view paints them.

A page of 2,000 mentions opens without building 2,000 rows: the service's lines are themselves
made on first reading, and the view reads only those on screen.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont
from typing_extensions import override

from serge_desktop.services.entities.views import KwicLine

Index = QModelIndex | QPersistentModelIndex
PASSAGE_ROLE = Qt.ItemDataRole.UserRole  # (slug, start, end) of the mention
BEFORE, NAME, AFTER, ARTICLE = range(4)
_RIGHT = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)


class KwicModel(QAbstractTableModel):
    """Before, the name as written (bold), after, and the article with the paragraph's number."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lines: Sequence[KwicLine] = ()
        self._bold = QFont()
        self._bold.setBold(True)

    def set_lines(self, lines: Sequence[KwicLine]) -> None:
        self.beginResetModel()
        self._lines = lines
        self.endResetModel()

    def lines(self) -> Sequence[KwicLine]:
        return self._lines

    def line_at(self, row: int) -> KwicLine | None:
        return self._lines[row] if 0 <= row < len(self._lines) else None

    @override
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    @override
    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    @override
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                QCoreApplication.translate("KwicModel", "Before"),
                QCoreApplication.translate("KwicModel", "Name"),
                QCoreApplication.translate("KwicModel", "After"),
                QCoreApplication.translate("KwicModel", "Article"),
            )[section]
        return None

    @override
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        line, column = self._lines[index.row()], index.column()
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
            return _RIGHT
        if role == Qt.ItemDataRole.FontRole and column == NAME:
            return self._bold
        return None
