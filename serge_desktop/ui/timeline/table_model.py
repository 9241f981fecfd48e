"""The timeline's events as table rows: date in words, as written, label, category, source."""

from __future__ import annotations

import enum
from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QIcon
from typing_extensions import override

from serge_desktop.services.views import TimelineEventView
from serge_desktop.ui.common.palette import category_icon
from serge_desktop.ui.timeline.date_wording import category_names, say_date

SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # what the proxy sorts by: dates by their bounds
EVENT_ID_ROLE = Qt.ItemDataRole.UserRole + 2
_ORDINALS = 4_000_000  # above date.max.toordinal(), so (earliest, latest) packs into one integer

Index = QModelIndex | QPersistentModelIndex


class Column(enum.IntEnum):
    DATE = 0
    WRITTEN = 1
    EVENT = 2
    CATEGORY = 3
    SOURCE = 4
    NOTES = 5


class TimelineTableModel(QAbstractTableModel):
    """One row per event, in the order given; a proxy sorts it."""

    def __init__(self) -> None:
        super().__init__()
        self._events: list[TimelineEventView] = []
        self._words: list[str] = []
        self._categories = category_names()
        self._icons: dict[str, QIcon] = {}

    def set_events(self, events: Sequence[TimelineEventView]) -> None:
        self.beginResetModel()
        self._events = list(events)
        self._words = [say_date(e.edtf) for e in self._events]
        self._categories = category_names()
        self.endResetModel()

    def event_at(self, row: int) -> TimelineEventView:
        return self._events[row]

    def row_of(self, event_id: int) -> int | None:
        return next((i for i, e in enumerate(self._events) if e.id == event_id), None)

    @override
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._events)

    @override
    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    @override
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            Column.DATE: self.tr("Date"),
            Column.WRITTEN: self.tr("As written"),
            Column.EVENT: self.tr("Event"),
            Column.CATEGORY: self.tr("Category"),
            Column.SOURCE: self.tr("Source"),
            Column.NOTES: self.tr("Notes"),
        }[Column(section)]

    @override
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        event = self._events[index.row()]
        column = Column(index.column())
        if role == EVENT_ID_ROLE:
            return event.id
        if role == SORT_ROLE:
            return self._sort_key(index.row(), column)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(index.row(), column)
        if role == Qt.ItemDataRole.DecorationRole and column == Column.CATEGORY:
            if event.category not in self._icons:
                self._icons[event.category] = category_icon(event.category)
            return self._icons[event.category]
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.EVENT and event.quote:
            return "“" + (event.quote if len(event.quote) < 400 else event.quote[:399] + "…") + "”"
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.NOTES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, row: int, column: Column) -> str:
        event = self._events[row]
        if column == Column.DATE:
            return self._words[row]
        if column == Column.WRITTEN:
            return event.date_text
        if column == Column.EVENT:
            return event.label
        if column == Column.CATEGORY:
            return self._categories.get(event.category, event.category)
        if column == Column.SOURCE:
            if event.is_context:
                return self.tr("Context (outside the article)")
            return self.tr("Article") if event.is_placed else self.tr("Article (passage not found)")
        return str(event.note_count) if event.note_count else ""

    def _sort_key(self, row: int, column: Column) -> object:
        event = self._events[row]
        if column == Column.DATE:
            # Earliest bound first, then the latest: "1919" sorts before "1919 to 1921".
            # A float for every row: Qt compares an int with a long long as text, not as numbers.
            return float(event.earliest.toordinal() * _ORDINALS + event.latest.toordinal())
        if column == Column.NOTES:
            return float(event.note_count)
        return self._text(row, column).casefold()
