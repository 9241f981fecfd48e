"""The articles in the trash, as a table: title, series, when deleted, what goes with them."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDateTime,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from typing_extensions import override

from serge_desktop.services.article_trash import TrashedArticle

Index = QModelIndex | QPersistentModelIndex


def _headers() -> list[str]:
    return [
        QCoreApplication.translate("ArticleTrashModel", "Title"),
        QCoreApplication.translate("ArticleTrashModel", "Series"),
        QCoreApplication.translate("ArticleTrashModel", "Deleted"),
        QCoreApplication.translate("ArticleTrashModel", "Notes"),
        QCoreApplication.translate("ArticleTrashModel", "Events"),
    ]


class ArticleTrashModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[TrashedArticle] = []
        self._locale = QLocale()

    def set_trash(self, rows: Sequence[TrashedArticle]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def trashed_at(self, row: int) -> TrashedArticle | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rows(self) -> list[TrashedArticle]:
        return list(self._rows)

    @override
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    @override
    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_headers())

    @override
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _headers()[section]
        return None

    @override
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        trashed = self._rows[index.row()]
        summary = trashed.summary
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == 0:
                return summary.headline
            if column == 1:
                return summary.series or ""
            if column == 2:
                when = QDateTime.fromSecsSinceEpoch(int(trashed.deleted_at.timestamp()))
                return self._locale.toString(when, QLocale.FormatType.ShortFormat)
            if column == 3:
                return self._locale.toString(summary.notes)
            return self._locale.toString(summary.events)
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
