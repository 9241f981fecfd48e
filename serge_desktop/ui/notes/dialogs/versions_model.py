"""The list model of a note's texts: the current one first, then its versions, newest first."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from typing_extensions import override

from serge_desktop.services.views import NoteVersionView, NoteView
from serge_desktop.ui.common.list_model import RowsModel
from serge_desktop.ui.common.local_time import local_time_text
from serge_desktop.ui.common.markdown_text import plain_words

BODY_ROLE = Qt.ItemDataRole.UserRole + 1
VERSION_ID_ROLE = Qt.ItemDataRole.UserRole + 2  # None for the current text
PREVIEW_CHARS = 80


@dataclass(frozen=True, slots=True)
class _Row:
    when: str
    body: str
    version_id: int | None


class NoteVersionsModel(RowsModel[_Row]):
    def set_versions(self, note: NoteView, versions: Sequence[NoteVersionView]) -> None:
        now = QCoreApplication.translate("NoteVersionsModel", "Now (%1)").replace(
            "%1", local_time_text(note.updated_at)
        )
        rows = [_Row(now, note.body, None)]
        rows += [_Row(local_time_text(v.saved_at), v.body, v.id) for v in versions]
        self.set_rows(rows)

    def body_at(self, row: int) -> str:
        return self._rows[row].body

    def version_id_at(self, row: int) -> int | None:
        return self._rows[row].version_id

    @override
    def row_data(self, row: _Row, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{row.when}\n{preview(row.body)}"
        if role == BODY_ROLE:
            return row.body
        if role == VERSION_ID_ROLE:
            return row.version_id
        return None


def preview(body: str) -> str:
    """The first words of a note's text as rendered, on one line, or a word saying it is empty."""
    words = plain_words(body)
    if not words:
        return QCoreApplication.translate("NoteVersionsModel", "(empty)")
    return words if len(words) <= PREVIEW_CHARS else words[: PREVIEW_CHARS - 1] + "…"
