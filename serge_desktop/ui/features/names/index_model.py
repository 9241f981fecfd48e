"""The index of names as a table model: one list from one service call, no widget per row.

Thousands of names list in a few milliseconds: rows are the service's frozen summaries, and
their text, tooltip and font are made only for the rows the view paints.
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

from serge_desktop.core.entities.names import EntityKind
from serge_desktop.services.entities.views import EntitySummary
from serge_desktop.ui.features.names.kind_words import KindWords

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole
NAME, KIND, MENTIONS = range(3)
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class EntityListModel(QAbstractTableModel):
    """Confirmed entities: name, kind, mentions; sortable by any column."""

    def __init__(self, words: KindWords, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words = words
        self._rows: list[EntitySummary] = []
        self._italic = QFont()
        self._italic.setItalic(True)

    def set_entities(self, entities: Sequence[EntitySummary]) -> None:
        self.beginResetModel()
        self._rows = list(entities)
        self.endResetModel()

    def entity_at(self, row: int) -> EntitySummary | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def names(self) -> list[str]:
        return [entity.name for entity in self._rows]

    @override
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    @override
    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    @override
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                QCoreApplication.translate("EntityListModel", "Name"),
                QCoreApplication.translate("EntityListModel", "Kind"),
                QCoreApplication.translate("EntityListModel", "Mentions"),
            )[section]
        return None

    @override
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        entity, column = self._rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == NAME:
                return entity.name
            if column == KIND:
                return self._words.singular(entity.kind)
            return str(entity.mentions)
        if role == ID_ROLE:
            return entity.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column == MENTIONS:
            return int(_RIGHT.value)
        if role == Qt.ItemDataRole.FontRole and column == NAME and entity.origin != "reader":
            # Listed by someone else (the article's own list, a teacher's pack): told apart from
            # what the reader confirmed, in italics and in words (the tooltip).
            return self._italic
        if role == Qt.ItemDataRole.ToolTipRole and column == NAME:
            return self._tooltip(entity)
        return None

    def _tooltip(self, entity: EntitySummary) -> str:
        tip = QCoreApplication.translate("EntityListModel", "Also: %1").replace(
            "%1", ", ".join(entity.aliases)
        )
        if entity.origin == "curated":
            return (
                tip
                + "\n"
                + QCoreApplication.translate(
                    "EntityListModel", "From the article's own list of names."
                )
            )
        if entity.origin != "reader":
            return (
                tip
                + "\n"
                + QCoreApplication.translate("EntityListModel", "From your teacher's class pack.")
            )
        return tip

    @override
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        # A reset, not a layout change: no selection to carry over (a click opens the page).
        self.beginResetModel()
        descending = order is Qt.SortOrder.DescendingOrder
        # Stable sorts (reverse=True keeps ties in place): names of equal rank stay in the
        # service's alphabetical order.
        if column == MENTIONS:
            self._rows.sort(key=lambda e: e.mentions, reverse=descending)
        elif column == KIND:
            words = {kind: self._words.singular(kind).casefold() for kind in EntityKind}
            self._rows.sort(key=lambda e: words[e.kind], reverse=descending)
        else:
            self._rows.sort(key=lambda e: e.name.casefold(), reverse=descending)
        self.endResetModel()
