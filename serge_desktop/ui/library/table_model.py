"""The Library's articles as a tree: series in their order with their parts, or one flat list.

The model holds every article's summary (one query) and filters and sorts them itself, so a
keystroke in the filter field costs a pass over folded strings, not a query. Group rows carry
a series (drag one to reorder the series); article rows carry an ``ArticleSummary``.

Signals:
    series_dropped(int, int): a series was dragged to this position (from 1) among the series.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

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
from serge_desktop.ui.common.plurals import english_plural
from serge_desktop.ui.library.columns import NUMERIC, SORT_OF, Column, cell_text, column_title

Index = QModelIndex | QPersistentModelIndex
SERIES_MIME = "application/x-serge-series-id"
TOP = 0  # the internal id of top-level rows; a child's is its group's row + 1


@dataclass(slots=True)
class SeriesGroup:
    """A series heading and its articles (``series_id`` None: the articles in no series)."""

    series_id: int | None
    name: str
    position: int | None  # the series' place among all series, from 1
    articles: list[ArticleSummary] = field(default_factory=list)


class LibraryTreeModel(QAbstractItemModel):
    series_dropped = Signal(int, int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._all: list[ArticleSummary] = []
        self._filter = SummaryFilter([])
        self._query = ""
        self._grouped = True
        self._sort = LibrarySort.SERIES
        self._descending = False
        self._sort_column = Column.SERIES
        self._rows: list[ArticleSummary] = []  # flat mode
        self._groups: list[SeriesGroup] = []  # grouped mode
        self._locale = QLocale()
        self._bold = QFont()
        self._bold.setBold(True)

    # Feeding and shaping ------------------------------------------------------------------------

    def set_articles(self, articles: Sequence[ArticleSummary]) -> None:
        self._all = list(articles)
        self._filter = SummaryFilter(self._all)
        self._rebuild()

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
        self._rebuild()

    def _rebuild(self) -> None:
        self.beginResetModel()
        shown = self._filter.matching(self._query) if self._query.strip() else self._all
        ordered = sort_summaries(shown, self._sort, descending=self._descending)
        if self._grouped:
            self._groups = self._group(ordered)
            self._rows = []
        else:
            self._rows, self._groups = ordered, []
        self.endResetModel()

    def _group(self, ordered: list[ArticleSummary]) -> list[SeriesGroup]:
        by_series: dict[int | None, SeriesGroup] = {}
        for row in ordered:
            group = by_series.get(row.series_id)
            if group is None:
                name = row.series or QCoreApplication.translate(
                    "LibraryTreeModel", "Not in a series"
                )
                group = SeriesGroup(row.series_id, name, row.series_position)
                by_series[row.series_id] = group
            group.articles.append(row)
        # Series in the reader's order whatever the column sorted by; "no series" last.
        return sorted(by_series.values(), key=lambda g: (g.position is None, g.position or 0))

    # Reading ------------------------------------------------------------------------------------

    def article_count(self) -> int:
        """Articles shown (after the filter)."""
        if self._grouped:
            return sum(len(g.articles) for g in self._groups)
        return len(self._rows)

    def total_count(self) -> int:
        return len(self._all)

    def article_at(self, index: Index) -> ArticleSummary | None:
        if not index.isValid():
            return None
        if not self._grouped:
            return self._rows[index.row()]
        group_row = index.internalId() - 1
        if group_row < 0:
            return None
        return self._groups[group_row].articles[index.row()]

    def group_at(self, index: Index) -> SeriesGroup | None:
        if not index.isValid() or not self._grouped or index.internalId() != TOP:
            return None
        return self._groups[index.row()]

    def groups(self) -> list[SeriesGroup]:
        return list(self._groups)

    def index_of_article(self, article_id: int) -> QModelIndex:
        if not self._grouped:
            for row, summary in enumerate(self._rows):
                if summary.id == article_id:
                    return self.index(row, 0)
            return QModelIndex()
        for group_row, group in enumerate(self._groups):
            for row, summary in enumerate(group.articles):
                if summary.id == article_id:
                    return self.index(row, 0, self.index(group_row, 0))
        return QModelIndex()

    def index_of_series(self, series_id: int) -> QModelIndex:
        for row, group in enumerate(self._groups):
            if group.series_id == series_id:
                return self.index(row, 0)
        return QModelIndex()

    def first_article_index(self) -> QModelIndex:
        if not self._grouped:
            return self.index(0, 0) if self._rows else QModelIndex()
        for row, group in enumerate(self._groups):
            if group.articles:
                return self.index(0, 0, self.index(row, 0))
        return QModelIndex()

    # QAbstractItemModel ---------------------------------------------------------------------------

    @override
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, TOP)
        return self.createIndex(row, column, parent.row() + 1)

    @override
    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid() or child.internalId() == TOP:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, TOP)

    @override
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._groups) if self._grouped else len(self._rows)
        if self._grouped and parent.internalId() == TOP and parent.column() == 0:
            return len(self._groups[parent.row()].articles)
        return 0

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
        if not index.isValid():
            return None
        column = Column(index.column())
        group = self.group_at(index)
        if group is not None:
            return self._group_data(group, column, role)
        article = self.article_at(index)
        if article is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return cell_text(article, column, self._locale)
        if role == Qt.ItemDataRole.ToolTipRole and column is Column.TITLE:
            return article.standfirst or article.headline
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _group_data(self, group: SeriesGroup, column: Column, role: int) -> object:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column is Column.TITLE:
                count = english_plural(
                    QCoreApplication.translate(
                        "LibraryTreeModel", "%n article(s)", "", len(group.articles)
                    ),
                    len(group.articles),
                )
                return f"{group.name} ({count})"
            return ""
        if role == Qt.ItemDataRole.FontRole and column is Column.TITLE:
            return self._bold
        return None

    @override
    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if not index.isValid():
            return base | Qt.ItemFlag.ItemIsDropEnabled
        group = self.group_at(index)
        if group is not None and group.series_id is not None:
            return base | Qt.ItemFlag.ItemIsDragEnabled
        return base

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
        moved = next((g for g in self._groups if g.series_id == series_id), None)
        if moved is None or moved.position is None:
            return False
        # On a heading or one of its articles: that series' place; between headings: the place
        # of the heading below; below the last series: last.
        if parent.isValid():
            group_row = parent.row() if parent.internalId() == TOP else parent.internalId() - 1
        else:
            group_row = row if row >= 0 else len(self._groups)
        target = self._groups[group_row] if group_row < len(self._groups) else None
        if target is None or target.position is None:
            named = [g.position for g in self._groups if g.position is not None]
            position = max(named)
        else:
            position = target.position
            # Dropped between two headings below its own place: it goes above the one below.
            if not parent.isValid() and position > moved.position:
                position -= 1
        self.series_dropped.emit(series_id, position)
        return False  # the move is a write; the model is rebuilt from the library after it
