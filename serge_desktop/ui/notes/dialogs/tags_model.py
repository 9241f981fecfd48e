"""The table model of every tag and how many notes carry it, sorted by name ignoring case."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from typing_extensions import override

from serge_desktop.services.tag_views import TagView

NAME_COLUMN, NOTES_COLUMN = 0, 1

_Index = QModelIndex | QPersistentModelIndex


class TagsTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._tags: list[TagView] = []

    def set_tags(self, tags: Sequence[TagView]) -> None:
        self.beginResetModel()
        self._tags = list(tags)
        self.endResetModel()

    def tag_at(self, row: int) -> TagView:
        return self._tags[row]

    def names(self) -> list[str]:
        return [tag.name for tag in self._tags]

    def row_of(self, name: str) -> int | None:
        key = name.casefold()
        return next((r for r, tag in enumerate(self._tags) if tag.name.casefold() == key), None)

    @override
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._tags)

    @override
    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    @override
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.ToolTipRole and section == NOTES_COLUMN:
            return QCoreApplication.translate("TagsTableModel", "Notes outside the trash")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == NAME_COLUMN:
            return QCoreApplication.translate("TagsTableModel", "Tag")
        if section == NOTES_COLUMN:
            return QCoreApplication.translate("TagsTableModel", "Notes")
        return None

    @override
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._tags):
            return None
        tag = self._tags[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return tag.name if column == NAME_COLUMN else tag.notes
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return (
                QCoreApplication.translate("TagsTableModel", "%1, notes: %2")
                .replace("%1", tag.name)
                .replace("%2", str(tag.notes))
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and column == NOTES_COLUMN:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None
