"""The table model of every tag and how many notes carry it, sorted by name ignoring case."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from typing_extensions import override

from serge_desktop.services.tag_views import TagView
from serge_desktop.ui.common.table_model import RIGHT_ALIGNED, RowsTableModel

NAME_COLUMN, NOTES_COLUMN = 0, 1


class TagsTableModel(RowsTableModel[TagView]):
    def names(self) -> list[str]:
        return [tag.name for tag in self.rows()]

    def row_of(self, name: str) -> int | None:
        key = name.casefold()
        return next((r for r, tag in enumerate(self.rows()) if tag.name.casefold() == key), None)

    @override
    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("TagsTableModel", "Tag"),
            QCoreApplication.translate("TagsTableModel", "Notes"),
        )

    @override
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.ToolTipRole
            and section == NOTES_COLUMN
        ):
            return QCoreApplication.translate("TagsTableModel", "Notes outside the trash")
        return super().headerData(section, orientation, role)

    @override
    def cell_data(self, tag: TagView, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            return tag.name if column == NAME_COLUMN else tag.notes
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return (
                QCoreApplication.translate("TagsTableModel", "%1, notes: %2")
                .replace("%1", tag.name)
                .replace("%2", str(tag.notes))
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and column == NOTES_COLUMN:
            return RIGHT_ALIGNED
        return None
