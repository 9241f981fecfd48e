"""The list model of a note's texts: the current one first, then its versions, newest first."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from serge_desktop.services.views import NoteVersionView, NoteView
from serge_desktop.ui.common.local_time import local_time_text
from serge_desktop.ui.common.markdown_text import plain_words

BODY_ROLE = Qt.ItemDataRole.UserRole + 1
VERSION_ID_ROLE = Qt.ItemDataRole.UserRole + 2  # None for the current text
PREVIEW_CHARS = 80

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class _Row:
    when: str
    body: str
    version_id: int | None


class NoteVersionsModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[_Row] = []

    def set_versions(self, note: NoteView, versions: Sequence[NoteVersionView]) -> None:
        now = QCoreApplication.translate("NoteVersionsModel", "Now (%1)").replace(
            "%1", local_time_text(note.updated_at)
        )
        rows = [_Row(now, note.body, None)]
        rows += [_Row(local_time_text(v.saved_at), v.body, v.id) for v in versions]
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def body_at(self, row: int) -> str:
        return self._rows[row].body

    def version_id_at(self, row: int) -> int | None:
        return self._rows[row].version_id

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
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
