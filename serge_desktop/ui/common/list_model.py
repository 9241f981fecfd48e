"""The base of the window's list models: a list of frozen rows, counted, guarded, replaced."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from typing_extensions import override

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractListModel, Generic[Row]):
    """A flat list of rows; a subclass says what each role shows of a row in ``row_data``.

    The guard against an index that is not (or no longer) a row lives here once, so a view
    asking about a stale index after a reset gets nothing rather than an IndexError.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def rows(self) -> tuple[Row, ...]:
        return tuple(self._rows)

    def row_of_index(self, index: Index) -> Row | None:
        """The row an index points at, or None for the root or a row that is gone."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self._rows[index.row()]

    def row_data(self, row: Row, role: int) -> Any:
        """What ``role`` shows of ``row``; a subclass's rows show nothing until it says."""
        return None

    @override
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    @override
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_of_index(index)
        return None if row is None else self.row_data(row, role)
