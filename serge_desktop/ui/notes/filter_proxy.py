"""Filters and sorts the notes list: by words, tag and colour; in text order or by last change."""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel
from typing_extensions import override

from serge_desktop.services.views import NoteView
from serge_desktop.ui.notes.model import NotesListModel, text_order

_Index = QModelIndex | QPersistentModelIndex


class NoteOrder(enum.Enum):
    TEXT = "text"  # where the passage is in the article
    CHANGED = "changed"  # most recently changed first


class NotesFilterProxy(QSortFilterProxyModel):
    def __init__(self, source: NotesListModel, parent: Any = None) -> None:
        super().__init__(parent)
        self._source = source
        self._words: list[str] = []
        self._tag: str | None = None
        self._colour: str | None = None
        self._unplaced_only = False
        self._hidden_authors: frozenset[str] = frozenset()
        self._order = NoteOrder.TEXT
        self.setSourceModel(source)
        self._sort_for_order()
        # After the proxy's own handling of these (connected first, by setSourceModel).
        source.modelReset.connect(self._sort_for_order)
        source.dataChanged.connect(self._sort_for_order)

    def set_filter(
        self, *, text: str, tag: str | None, colour: str | None, unplaced_only: bool = False
    ) -> None:
        # Qt 6.9 replaced invalidateFilter() by a begin/end pair; 6.8 has only the former.
        modern = hasattr(self, "beginFilterChange")
        if modern:
            self.beginFilterChange()
        self._words = text.casefold().split()
        self._tag = tag.casefold() if tag else None
        self._colour = colour
        self._unplaced_only = unplaced_only
        if modern:
            self.endFilterChange()
        else:
            self.invalidateFilter()

    def set_hidden_authors(self, authors: frozenset[str]) -> None:
        """Leave out the notes of these authors' layers (shown or hidden at will)."""
        if authors == self._hidden_authors:
            return
        modern = hasattr(self, "beginFilterChange")
        if modern:
            self.beginFilterChange()
        self._hidden_authors = authors
        if modern:
            self.endFilterChange()
        else:
            self.invalidateFilter()

    def set_order(self, order: NoteOrder) -> None:
        if order is self._order:
            return  # re-sorting thousands of notes on every keystroke of the filter is waste
        self._order = order
        self.invalidate()
        self._sort_for_order()

    def _sort_for_order(self) -> None:
        # The service lists notes in text order: column -1 shows the source's order unsorted,
        # so a reload of 2,000 notes calls no Python lessThan (13,000 calls, 100 ms).
        in_order = self._order is NoteOrder.TEXT and self._source.in_text_order()
        column = -1 if in_order else 0
        if column != self.sortColumn():
            self.sort(column)

    def is_filtering(self) -> bool:
        return bool(self._words or self._tag or self._colour or self._unplaced_only)

    def note_at(self, index: QModelIndex) -> NoteView:
        return self._source.note_at(self.mapToSource(index).row())

    def index_of(self, note_id: int) -> QModelIndex:
        row = self._source.row_of(note_id)
        return self.mapFromSource(self._source.index(row)) if row is not None else QModelIndex()

    @override
    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        note = self._source.note_at(source_row)
        if note.author is not None and note.author in self._hidden_authors:
            return False
        if self._unplaced_only and note.is_placed:
            return False
        if self._colour and note.color != self._colour:
            return False
        if self._tag and self._tag not in (t.casefold() for t in note.tags):
            return False
        if not self._words:
            return True  # no words typed: no text to gather for each of thousands of rows
        haystack = f"{note.quote} {note.body} {' '.join(note.tags)}".casefold()
        return all(word in haystack for word in self._words)

    @override
    def lessThan(self, left: _Index, right: _Index) -> bool:
        a, b = self._source.note_at(left.row()), self._source.note_at(right.row())
        if self._order is NoteOrder.CHANGED:
            return (b.updated_at, b.id) < (a.updated_at, a.id)  # newest first
        return text_order(a) < text_order(b)
