"""The list model of the notes in the trash, the most recently deleted first."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from typing_extensions import override

from serge_desktop.services.views import NoteView
from serge_desktop.ui.common.list_model import RowsModel
from serge_desktop.ui.common.local_time import local_time_text
from serge_desktop.ui.common.markdown_text import plain_words

QUOTE_ROLE = Qt.ItemDataRole.UserRole + 1
BODY_ROLE = Qt.ItemDataRole.UserRole + 2  # the note's text as rendered, without Markdown marks
COLOR_ROLE = Qt.ItemDataRole.UserRole + 3
DELETED_ROLE = Qt.ItemDataRole.UserRole + 4  # "Deleted <when>", with the article when asked for


class TrashListModel(RowsModel[NoteView]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headlines: Mapping[int, str] = {}

    def set_notes(self, notes: Sequence[NoteView], headlines: Mapping[int, str]) -> None:
        """Show these notes; ``headlines`` (article id to headline) may be empty."""
        self._headlines = dict(headlines)
        self.set_rows(notes)

    def note_at(self, row: int) -> NoteView:
        return self.row_at(row)

    @override
    def row_data(self, note: NoteView, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"“{note.quote}” {note.body} ({self._deleted_text(note)})"
        if role == Qt.ItemDataRole.ToolTipRole:
            return note.body or note.quote
        if role == QUOTE_ROLE:
            return note.quote
        if role == BODY_ROLE:
            return plain_words(note.body)
        if role == COLOR_ROLE:
            return note.color
        if role == DELETED_ROLE:
            return self._deleted_text(note)
        return None

    def _deleted_text(self, note: NoteView) -> str:
        when = local_time_text(note.deleted_at or note.updated_at)
        text = QCoreApplication.translate("TrashListModel", "Deleted %1").replace("%1", when)
        headline = self._headlines.get(note.article_id)
        return f"{text} · {headline}" if headline else text
