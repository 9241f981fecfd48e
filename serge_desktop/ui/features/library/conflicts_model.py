"""The Conflicts list as a tree: each event the articles date apart, and under it each claim.

A claim is one article's telling: its date as written, the EDTF date and the same in words,
and its evidence sentence, which opens in the reader.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont
from typing_extensions import override

from serge_desktop.services.series_timeline import EventClaimView, MergedEvent
from serge_desktop.ui.timeline.date_wording import say_date

Index = QModelIndex | QPersistentModelIndex
TOP = 0


def _headers() -> list[str]:
    return [
        QCoreApplication.translate("ConflictsModel", "Event and article"),
        QCoreApplication.translate("ConflictsModel", "Date given"),
        QCoreApplication.translate("ConflictsModel", "EDTF"),
        QCoreApplication.translate("ConflictsModel", "Evidence"),
    ]


class ConflictsModel(QAbstractItemModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._events: list[MergedEvent] = []
        self._titles: dict[int, str] = {}
        self._bold = QFont()
        self._bold.setBold(True)

    def set_conflicts(self, events: Sequence[MergedEvent], titles: dict[int, str]) -> None:
        """The conflicting events, and each article's title by its id."""
        self.beginResetModel()
        self._events = list(events)
        self._titles = dict(titles)
        self.endResetModel()

    def event_count(self) -> int:
        return len(self._events)

    def claim_at(self, index: Index) -> EventClaimView | None:
        if not index.isValid() or index.internalId() == TOP:
            return None
        return self._events[index.internalId() - 1].claims[index.row()]

    def title_of(self, article_id: int) -> str:
        return self._titles.get(article_id, "")

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
            return len(self._events)
        if parent.internalId() == TOP and parent.column() == 0:
            return len(self._events[parent.row()].claims)
        return 0

    @override
    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(_headers())

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
        claim = self.claim_at(index)
        if claim is None:
            event = self._events[index.row()]
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                if index.column() == 0:
                    return event.label
                if index.column() == 1:
                    return " / ".join(say_date(c.event.edtf) for c in event.claims)
                return ""
            if role == Qt.ItemDataRole.FontRole and index.column() == 0:
                return self._bold
            return None
        told = claim.event
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            column = index.column()
            if column == 0:
                return self.title_of(claim.article_id)
            if column == 1:
                return (
                    f"{told.date_text} ({say_date(told.edtf)})"
                    if told.date_text
                    else say_date(told.edtf)
                )
            if column == 2:
                return told.edtf
            if told.is_placed and told.quote:
                return " ".join(told.quote.split())
            return QCoreApplication.translate("ConflictsModel", "(no passage in the current text)")
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 3:
            return told.quote
        return None
