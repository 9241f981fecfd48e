"""The articles in the trash, as a table: title, series, when deleted, what goes with them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QObject, Qt
from typing_extensions import override

from serge_desktop.services.article_trash import TrashedArticle
from serge_desktop.ui.common.table_model import RIGHT_ALIGNED, RowsTableModel


class ArticleTrashModel(RowsTableModel[TrashedArticle]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._locale = QLocale()

    @override
    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("ArticleTrashModel", "Title"),
            QCoreApplication.translate("ArticleTrashModel", "Series"),
            QCoreApplication.translate("ArticleTrashModel", "Deleted"),
            QCoreApplication.translate("ArticleTrashModel", "Notes"),
            QCoreApplication.translate("ArticleTrashModel", "Events"),
        )

    @override
    def cell_data(self, trashed: TrashedArticle, column: int, role: int) -> object:
        summary = trashed.summary
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
            return RIGHT_ALIGNED
        return None
