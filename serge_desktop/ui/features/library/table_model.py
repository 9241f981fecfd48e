"""The Library's articles as one list: series headings in their order with their parts, or flat.

The model holds every article's summary (one query), sorted once per sort order with its
searchable text folded once, so a keystroke in the filter field is a pass over strings in
order, not a query and not a sort. Grouped, a heading row comes before each series' articles
(a grouped table, not a tree: nothing to expand, so a thousand rows reset in a few
milliseconds). Heading rows carry a series, and dragging one reorders the series.

Signals:
    series_dropped(int, int): a series was dragged to this position (from 1) among the series.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QCoreApplication,
    QLocale,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont
from typing_extensions import override

from serge_desktop.services.library_listing import LibrarySort, SummaryFilter, sort_summaries
from serge_desktop.services.views import ArticleSummary
from serge_desktop.ui.features.library.columns import (
    NUMERIC,
    SORT_OF,
    Column,
    cell_text,
    column_title,
)

Index = QModelIndex | QPersistentModelIndex
SERIES_MIME = "application/x-serge-series-id"
TOP = 0  # every row is top-level: headings and articles alike


@dataclass(slots=True)
class SeriesGroup:
    """A series heading and its articles (``series_id`` None: the articles in no series)."""

    series_id: int | None
    name: str
    position: int | None  # the series' place among all series, from 1
    articles: list[ArticleSummary] = field(default_factory=list)


class LibraryTableModel(QAbstractItemModel):
    series_dropped = Signal(int, int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._all: list[ArticleSummary] = []
        self._sorted = SummaryFilter([])  # every article in the order asked, folded for the filter
        self._query = ""
        self._grouped = True
        self._sort = LibrarySort.SERIES
        self._descending = False
        self._sort_column = Column.SERIES
        self._items: list[SeriesGroup | ArticleSummary] = []
        self._shown_articles = 0
        self._cells: dict[int, tuple[str, ...]] = {}  # each article's texts, made when first shown
        self._locale = QLocale()
        self._bold = QFont()
        self._bold.setBold(True)

    # Feeding and shaping ------------------------------------------------------------------------

    def set_articles(self, articles: Sequence[ArticleSummary]) -> None:
        self._all = list(articles)
        self._cells = {}
        self._resort()

    def set_last_read(self, times: Mapping[int, dt.datetime]) -> bool:
        """These articles were read at these times: their rows show it, nothing read again.

        Returns True when the rows were put in order again (sorted by "last read"): the view's
        current row is lost then.
        """
        new = {a.id: replace(a, last_read_at=times[a.id]) for a in self._all if a.id in times}
        if not new:
            return False
        self._all = [new.get(a.id, a) for a in self._all]
        for article_id in new:
            self._cells.pop(article_id, None)
        if self._sort is LibrarySort.LAST_READ:
            self._resort()  # its place in that order changes with it
            return True
        self._sorted.replace(new)
        for row, item in enumerate(self._items):
            if isinstance(item, SeriesGroup):
                item.articles = [new.get(a.id, a) for a in item.articles]
            elif item.id in new:
                self._items[row] = new[item.id]
                cell = self.index(row, Column.LAST_READ)
                self.dataChanged.emit(cell, cell)
        return False

    def set_query(self, query: str) -> None:
        if query != self._query:
            self._query = query
            self._rebuild()

    def set_grouped(self, grouped: bool) -> None:
        if grouped != self._grouped:
            self._grouped = grouped
            self._rebuild()

    def is_grouped(self) -> bool:
        return self._grouped

    def sort_state(self) -> tuple[Column, bool]:
        return self._sort_column, self._descending

    @override
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column = Column(column)
        self._sort = SORT_OF[self._sort_column]
        self._descending = order is Qt.SortOrder.DescendingOrder
        self._resort()

    def _resort(self) -> None:
        ordered = sort_summaries(self._all, self._sort, descending=self._descending)
        self._sorted = SummaryFilter(ordered)
        self._rebuild()

    def _rebuild(self) -> None:
        self.beginResetModel()
        shown = self._sorted.matching(self._query)
        self._shown_articles = len(shown)
        self._items = self._group(shown) if self._grouped else list(shown)
        self.endResetModel()

    def _group(self, ordered: list[ArticleSummary]) -> list[SeriesGroup | ArticleSummary]:
        by_series: dict[int | None, SeriesGroup] = {}
        for row in ordered:
            group = by_series.get(row.series_id)
            if group is None:
                name = row.series or QCoreApplication.translate(
                    "LibraryTableModel", "Not in a series"
                )
                group = SeriesGroup(row.series_id, name, row.series_position)
                by_series[row.series_id] = group
            group.articles.append(row)
        # Series in the reader's order whatever the column sorted by; "no series" last.
        groups = sorted(by_series.values(), key=lambda g: (g.position is None, g.position or 0))
        items: list[SeriesGroup | ArticleSummary] = []
        for group in groups:
            items.append(group)
            items.extend(group.articles)
        return items

    # Reading ------------------------------------------------------------------------------------

    def article_count(self) -> int:
        """Articles shown (after the filter)."""
        return self._shown_articles

    def total_count(self) -> int:
        return len(self._all)

    def article_at(self, index: Index) -> ArticleSummary | None:
        if not index.isValid():
            return None
        item = self._items[index.row()]
        return item if isinstance(item, ArticleSummary) else None

    def group_at(self, index: Index) -> SeriesGroup | None:
        if not index.isValid():
            return None
        item = self._items[index.row()]
        return item if isinstance(item, SeriesGroup) else None

    def heading_rows(self) -> list[int]:
        return [row for row, item in enumerate(self._items) if isinstance(item, SeriesGroup)]

    def groups(self) -> list[SeriesGroup]:
        return [item for item in self._items if isinstance(item, SeriesGroup)]

    def index_of_article(self, article_id: int) -> QModelIndex:
        for row, item in enumerate(self._items):
            if isinstance(item, ArticleSummary) and item.id == article_id:
                return self.index(row, 0)
        return QModelIndex()

    def index_of_series(self, series_id: int) -> QModelIndex:
        for row, item in enumerate(self._items):
            if isinstance(item, SeriesGroup) and item.series_id == series_id:
                return self.index(row, 0)
        return QModelIndex()

    def first_article_index(self) -> QModelIndex:
        for row, item in enumerate(self._items):
            if isinstance(item, ArticleSummary):
                return self.index(row, 0)
        return QModelIndex()

    # QAbstractItemModel ---------------------------------------------------------------------------

    @override
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if parent.isValid() or not (0 <= row < len(self._items) and 0 <= column < len(Column)):
            return QModelIndex()
        return self.createIndex(row, column, TOP)

    @override
    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        return QModelIndex()

    @override
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    @override
    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(Column)

    @override
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return column_title(Column(section))
        return None

    @override
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        # Asked for every role of every cell painted: the roles not used return at once.
        if role not in _ROLES or not index.isValid():
            return None
        item = self._items[index.row()]
        column = index.column()
        if isinstance(item, SeriesGroup):
            return self._group_data(item, column, role)
        if role == Qt.ItemDataRole.DisplayRole or role == Qt.ItemDataRole.AccessibleTextRole:
            cells = self._cells.get(item.id)
            if cells is None:
                cells = tuple(cell_text(item, c, self._locale) for c in Column)
                self._cells[item.id] = cells
            return cells[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.TITLE:
            return item.standfirst or item.headline
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMERIC:
            return _RIGHT
        return None

    def _group_data(self, group: SeriesGroup, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole or role == Qt.ItemDataRole.AccessibleTextRole:
            if column == Column.TITLE:
                count = len(group.articles)
                articles = self.tr("%n article(s)", "", count)
                return f"{group.name} ({articles})"
            return ""
        if role == Qt.ItemDataRole.FontRole:
            return self._bold
        return None

    @override
    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if not index.isValid():
            return base | Qt.ItemFlag.ItemIsDropEnabled
        group = self.group_at(index)
        if group is not None and group.series_id is not None:
            return base | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled
        return base | Qt.ItemFlag.ItemIsDropEnabled if self._grouped else base

    # Dragging a series to a new place ------------------------------------------------------------

    @override
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    @override
    def mimeTypes(self) -> list[str]:
        return [SERIES_MIME]

    @override
    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        groups = [g for i in indexes if (g := self.group_at(i)) is not None]
        if groups and groups[0].series_id is not None:
            data.setData(SERIES_MIME, QByteArray(str(groups[0].series_id).encode()))
        return data

    @override
    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return data.hasFormat(SERIES_MIME) and self._grouped

    @override
    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        series_id = int(bytes(data.data(SERIES_MIME).data()).decode())
        groups = self.groups()
        moved = next((g for g in groups if g.series_id == series_id), None)
        if moved is None or moved.position is None:
            return False
        # On a row: the series that row belongs to takes it; between rows: the series of the
        # row below; below the last row: last.
        at = parent.row() if parent.isValid() else row
        target = self._series_from(at)
        if target is None or target.position is None:
            position = max(g.position for g in groups if g.position is not None)
        else:
            position = target.position
            if position > moved.position and not parent.isValid():
                # Dropped between rows below its own place: it goes above the series below.
                position -= 1 if self._is_heading(at) else 0
        self.series_dropped.emit(series_id, position)
        return False  # the move is a write; the model is rebuilt from the library after it

    def _series_from(self, row: int) -> SeriesGroup | None:
        """The series of the heading at ``row``, or of the article rows it heads."""
        if not 0 <= row < len(self._items):
            return None
        for item in reversed(self._items[: row + 1]):
            if isinstance(item, SeriesGroup):
                return item
        return None

    def _is_heading(self, row: int) -> bool:
        return 0 <= row < len(self._items) and isinstance(self._items[row], SeriesGroup)


_ROLES = frozenset({
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.FontRole,
})  # fmt: skip
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
