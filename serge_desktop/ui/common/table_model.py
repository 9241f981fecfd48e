"""The base of the window's table models: rows as given, titled columns, each cell's roles."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from typing_extensions import override

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex
# Numbers in a column read right-aligned, as in a spreadsheet.
RIGHT_ALIGNED = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)


class RowsTableModel(QAbstractTableModel, Generic[Row]):
    """A table of rows, one per line; a subclass names the columns and says what each cell shows.

    The rows are kept as given, not copied: a lazy sequence (lines made on first reading) is
    read only for the rows the view paints. Counting, the column titles and the guard against
    an index that is not (or no longer) a row live here once.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: Sequence[Row] = ()

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rows(self) -> Sequence[Row]:
        return self._rows

    def row_at(self, row: int) -> Row | None:
        """The row at ``row``, or None past either end."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def headers(self) -> Sequence[str]:
        """The columns' titles, translated when asked (the language may change while open)."""
        raise NotImplementedError

    def cell_data(self, row: Row, column: int, role: int) -> object:
        """What ``role`` shows of ``row`` in ``column``; None for what it does not show."""
        raise NotImplementedError

    @override
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    @override
    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    @override
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            headers = self.headers()
            return headers[section] if 0 <= section < len(headers) else None
        return None

    @override
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row = self.row_at(index.row()) if index.isValid() else None
        return None if row is None else self.cell_data(row, index.column(), role)
