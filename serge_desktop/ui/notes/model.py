"""The list model of an article's notes, in text order."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from typing_extensions import override

from serge_desktop.services.views import NoteView
from serge_desktop.ui.common.list_model import RowsModel
from serge_desktop.ui.common.markdown_text import plain_words

NOTE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
QUOTE_ROLE = Qt.ItemDataRole.UserRole + 2
BODY_ROLE = Qt.ItemDataRole.UserRole + 3
PLACED_ROLE = Qt.ItemDataRole.UserRole + 4
PLACEMENT_ROLE = Qt.ItemDataRole.UserRole + 5
COLOR_ROLE = Qt.ItemDataRole.UserRole + 6
TAGS_ROLE = Qt.ItemDataRole.UserRole + 7
PREVIEW_ROLE = Qt.ItemDataRole.UserRole + 8  # the note's Markdown as plain words, for the list
SUBJECT_ROLE = Qt.ItemDataRole.UserRole + 9  # what the note is about, worded for the list
AUTHOR_ROLE = Qt.ItemDataRole.UserRole + 10  # who wrote a layer note; None for the reader's own

# Roles that hand out one field of the note as it is.
_FIELD_OF_ROLE = {
    Qt.ItemDataRole.ToolTipRole: "quote",
    NOTE_ID_ROLE: "id",
    QUOTE_ROLE: "quote",
    BODY_ROLE: "body",
    PLACED_ROLE: "is_placed",
    PLACEMENT_ROLE: "placement",
    COLOR_ROLE: "color",
    TAGS_ROLE: "tags",
    AUTHOR_ROLE: "author",
}


class NotesListModel(RowsModel[NoteView]):
    """The notes in the order given; the filter proxy shows text order without sorting if it is."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._previews: dict[int, str] = {}  # rendered lazily: only rows on screen need one
        self._row_of_id: dict[int, int] = {}
        self._in_text_order = True

    def set_notes(self, notes: Sequence[NoteView]) -> None:
        self._previews.clear()
        self._row_of_id = {note.id: row for row, note in enumerate(notes)}
        self._in_text_order = is_in_text_order(notes)
        self.set_rows(notes)

    def in_text_order(self) -> bool:
        """Whether the rows are in text order already (the service lists them so)."""
        return self._in_text_order

    def replace_note(self, note: NoteView) -> None:
        """Refresh one row in place (after an edit), keeping the selection where it is."""
        row = self.row_of(note.id)
        if row is not None:
            moved = text_order(self._rows[row]) != text_order(note)
            self._rows[row] = note
            self._previews.pop(note.id, None)
            if moved:
                self._in_text_order = is_in_text_order(self._rows)
            index = self.index(row)
            self.dataChanged.emit(index, index)

    def row_of(self, note_id: int) -> int | None:
        return self._row_of_id.get(note_id)

    def note_at(self, row: int) -> NoteView:
        return self.row_at(row)

    def notes(self) -> tuple[NoteView, ...]:
        return self.rows()

    @override
    def row_data(self, note: NoteView, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            # The note's words as rendered: a screen reader should not spell out "**" or "_".
            words = self.row_data(note, PREVIEW_ROLE)
            if note.author is not None:  # a screen reader says whose it is first
                return f"{from_author(note.author)}: {note_subject(note)} {words}".strip()
            return f"{note_subject(note)} {words}".strip()
        if role in _FIELD_OF_ROLE:
            return getattr(note, _FIELD_OF_ROLE[role])
        if role == SUBJECT_ROLE:
            return note_subject(note)
        if role == PREVIEW_ROLE:
            if note.id not in self._previews:
                self._previews[note.id] = plain_words(note.body)
            return self._previews[note.id]
        return None


def from_author(author: str) -> str:
    """The header of another author's note: "From: Ms Rivera"."""
    return QCoreApplication.translate("NotesListModel", "From: %1").replace("%1", author)


def note_subject(note: NoteView) -> str:
    """The first line of a note in the list: its passage as a quote, or what it is about."""
    if note.about == "article":
        return QCoreApplication.translate("NotesListModel", "About the whole article")
    if note.about == "event":
        return QCoreApplication.translate("NotesListModel", "About the event: %1").replace(
            "%1", note.event_label or ""
        )
    return f"“{note.quote}”"


def text_order(note: NoteView) -> tuple[int, int, int]:
    """Where a note's passage is in the article: the list's order unless sorted otherwise."""
    return (note.start, note.end, note.id)


def is_in_text_order(notes: Sequence[NoteView]) -> bool:
    return all(text_order(a) <= text_order(b) for a, b in itertools.pairwise(notes))
