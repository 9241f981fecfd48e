"""The table models' base: rows kept as given, titled columns, stale indexes answered with None."""

from __future__ import annotations

from collections.abc import Sequence
from typing import overload

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester
from typing_extensions import override

from serge_desktop.ui.common.table_model import RowsTableModel


class Squares(Sequence[int]):
    """A lazy sequence that notes which rows were read."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.read: list[int] = []

    def __len__(self) -> int:
        return self.size

    @overload
    def __getitem__(self, index: int) -> int: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[int]: ...
    def __getitem__(self, index: int | slice) -> int | Sequence[int]:
        if isinstance(index, slice):
            raise TypeError("not sliced here")
        self.read.append(index)
        return index * index


class SquaresModel(RowsTableModel[int]):
    @override
    def headers(self) -> tuple[str, ...]:
        return ("n", "n²")

    @override
    def cell_data(self, row: int, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            return str(row) if column == 1 else None
        return None


def test_a_lazy_sequence_is_read_only_for_the_rows_asked(qapp: object) -> None:
    model, rows = SquaresModel(), Squares(100_000)
    model.set_rows(rows)
    assert (model.rowCount(), model.columnCount()) == (100_000, 2)
    assert model.data(model.index(12, 1)) == "144"
    assert rows.read == [12]
    assert model.rows() is rows


def test_columns_are_titled_and_past_the_ends_is_nothing(qapp: object) -> None:
    model = SquaresModel()
    model.set_rows([1, 2, 3])
    horizontal = Qt.Orientation.Horizontal
    assert [model.headerData(c, horizontal) for c in range(3)] == ["n", "n²", None]
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert model.row_at(2) == 3
    assert model.row_at(3) is None
    assert model.row_at(-1) is None
    stale = model.index(2, 1)
    model.set_rows([1])
    assert model.data(stale) is None
    assert model.data(QModelIndex()) is None
    assert model.rowCount(model.index(0, 0)) == 0


def test_the_base_passes_qts_model_tester(qapp: object, qtmodeltester: ModelTester) -> None:
    model = SquaresModel()
    model.set_rows([1, 2, 3, 4])
    qtmodeltester.check(model)
