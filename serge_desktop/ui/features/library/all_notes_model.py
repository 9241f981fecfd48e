"""Every note of the library as a table, read a page at a time as the reader scrolls.

The first page comes with the filter; ``fetchMore`` (called by the view near the bottom) reads
the next from where the last ended, so the first screen costs one page whatever the library's
size (Zotero's annotations view, with Qt's lazy population).
"""

from __future__ import annotations

import enum

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
from PySide6.QtGui import QColor
from typing_extensions import override

from serge_desktop.core.note_text import note_plain_text
from serge_desktop.services.all_notes import (
    AllNotesService,
    LibraryNote,
    NotesCursor,
    NotesFilter,
    NotesOrder,
)
from serge_desktop.ui.common.palette import HIGHLIGHT_COLOURS

Index = QModelIndex | QPersistentModelIndex


class NoteColumn(enum.IntEnum):
    ARTICLE = 0
    PASSAGE = 1
    NOTE = 2
    TAGS = 3
    AUTHOR = 4
    CHANGED = 5


def _title(column: NoteColumn) -> str:
    return {
        NoteColumn.ARTICLE: QCoreApplication.translate("AllNotesModel", "Article"),
        NoteColumn.PASSAGE: QCoreApplication.translate("AllNotesModel", "Passage"),
        NoteColumn.NOTE: QCoreApplication.translate("AllNotesModel", "Note"),
        NoteColumn.TAGS: QCoreApplication.translate("AllNotesModel", "Tags"),
        NoteColumn.AUTHOR: QCoreApplication.translate("AllNotesModel", "Author"),
        NoteColumn.CHANGED: QCoreApplication.translate("AllNotesModel", "Changed"),
    }[column]


def _one_line(text: str, limit: int = 160) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


class AllNotesModel(QAbstractTableModel):
    def __init__(self, service: AllNotesService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._filter = NotesFilter()
        self._order = NotesOrder.NEWEST
        self._rows: list[LibraryNote] = []
        self._next: NotesCursor | None = None
        self._locale = QLocale()

    def set_filter(self, notes_filter: NotesFilter, order: NotesOrder) -> None:
        """Show the first page of the notes that pass; the rest come as the view scrolls."""
        self.beginResetModel()
        self._filter, self._order = notes_filter, order
        page = self._service.page(notes_filter, order=order)
        self._rows, self._next = list(page.notes), page.next
        self.endResetModel()

    def reload(self) -> None:
        self.set_filter(self._filter, self._order)

    def note_at(self, row: int) -> LibraryNote | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def loaded(self) -> int:
        return len(self._rows)

    @override
    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._next is not None

    @override
    def fetchMore(self, parent: Index) -> None:
        if parent.isValid() or self._next is None:
            return
        page = self._service.page(self._filter, order=self._order, after=self._next)
        if page.notes:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.notes) - 1)
            self._rows.extend(page.notes)
            self._next = page.next
            self.endInsertRows()
        else:
            self._next = None

    @override
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    @override
    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(NoteColumn)

    @override
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _title(NoteColumn(section))
        return None

    @override
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        item = self._rows[index.row()]
        note = item.note
        column = NoteColumn(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(item, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (NoteColumn.PASSAGE, NoteColumn.NOTE):
            return note.quote if column is NoteColumn.PASSAGE else note.body
        if role == Qt.ItemDataRole.DecorationRole and column is NoteColumn.PASSAGE and note.color:
            return QColor(HIGHLIGHT_COLOURS.get(note.color, "#cccccc"))
        return None

    def _text(self, item: LibraryNote, column: NoteColumn) -> str:
        note = item.note
        if column is NoteColumn.ARTICLE:
            if item.part is not None and item.series:
                return f"{item.article_title} ({item.series}, {item.part})"
            return item.article_title
        if column is NoteColumn.PASSAGE:
            if note.about == "article":
                return QCoreApplication.translate("AllNotesModel", "(the whole article)")
            if note.about == "event":
                return QCoreApplication.translate("AllNotesModel", "Event: %1").replace(
                    "%1", note.event_label or ""
                )
            return _one_line(note.quote)
        if column is NoteColumn.NOTE:
            return _one_line(note_plain_text(note.body))
        if column is NoteColumn.TAGS:
            return ", ".join(note.tags)
        if column is NoteColumn.AUTHOR:
            return note.author or QCoreApplication.translate("AllNotesModel", "You")
        changed = QDateTime.fromSecsSinceEpoch(int(note.updated_at.timestamp()))
        # The month in words, as File ▸ Backups: the short format gave "3 12 2026" or "12/3/26".
        return self._locale.toString(
            changed, QCoreApplication.translate("AllNotesModel", "d MMM yyyy, HH:mm")
        )
