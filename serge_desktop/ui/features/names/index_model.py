"""The index of names as a table model: one list from one service call, no widget per row.

Thousands of names list in a few milliseconds: rows are the service's frozen summaries, and
their text, tooltip and font are made only for the rows the view paints.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QFont
from typing_extensions import override

from serge_desktop.core.entities.names import EntityKind
from serge_desktop.services.entities.views import EntitySummary
from serge_desktop.ui.common.table_model import RIGHT_ALIGNED, RowsTableModel
from serge_desktop.ui.features.names.kind_words import KindWords

ID_ROLE = Qt.ItemDataRole.UserRole
NAME, KIND, MENTIONS = range(3)


class EntityListModel(RowsTableModel[EntitySummary]):
    """Confirmed entities: name, kind, mentions; sortable by any column."""

    def __init__(self, words: KindWords, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words = words
        self._italic = QFont()
        self._italic.setItalic(True)

    def names(self) -> list[str]:
        return [entity.name for entity in self.rows()]

    @override
    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("EntityListModel", "Name"),
            QCoreApplication.translate("EntityListModel", "Kind"),
            QCoreApplication.translate("EntityListModel", "Mentions"),
        )

    @override
    def cell_data(self, entity: EntitySummary, column: int, role: int) -> object:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == NAME:
                return entity.name
            if column == KIND:
                return self._words.singular(entity.kind)
            return str(entity.mentions)
        if role == ID_ROLE:
            return entity.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column == MENTIONS:
            return RIGHT_ALIGNED
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
        descending = order is Qt.SortOrder.DescendingOrder
        # Stable sorts (reverse=True keeps ties in place): names of equal rank stay in the
        # service's alphabetical order.
        if column == MENTIONS:
            rows = sorted(self.rows(), key=lambda e: e.mentions, reverse=descending)
        elif column == KIND:
            words = {kind: self._words.singular(kind).casefold() for kind in EntityKind}
            rows = sorted(self.rows(), key=lambda e: words[e.kind], reverse=descending)
        else:
            rows = sorted(self.rows(), key=lambda e: e.name.casefold(), reverse=descending)
        # A reset, not a layout change: no selection to carry over (a click opens the page).
        self.set_rows(rows)
