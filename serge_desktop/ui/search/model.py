"""The list model of search results: a heading row per kind, then that kind's hits."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    Qt,
)
from typing_extensions import override

from serge_desktop.services.search_views import (
    ArticleHit,
    EntityHit,
    EventHit,
    NoteHit,
    SearchResults,
)
from serge_desktop.ui.common.list_model import Index, RowsModel

Hit = ArticleHit | NoteHit | EventHit | EntityHit
HIT_ROLE = Qt.ItemDataRole.UserRole + 1
HEADING_ROLE = Qt.ItemDataRole.UserRole + 2
TITLE_ROLE = Qt.ItemDataRole.UserRole + 3


@dataclass(frozen=True, slots=True)
class _Row:
    heading: str | None = None
    hit: Hit | None = None


class SearchResultsModel(RowsModel[_Row]):
    def set_results(self, results: SearchResults) -> None:
        rows: list[_Row] = []
        sections: tuple[tuple[str, tuple[Hit, ...]], ...] = (
            (self.tr("People, places and works"), results.entities),
            (self.tr("In articles"), results.articles),
            (self.tr("In notes"), results.notes),
            (self.tr("On the timeline"), results.events),
        )
        for heading, hits in sections:
            if hits:
                rows.append(_Row(heading=f"{heading} ({len(hits)})"))
                rows.extend(_Row(hit=hit) for hit in hits)
        self.set_rows(rows)

    def hit_at(self, row: int) -> Hit | None:
        return self._rows[row].hit if 0 <= row < len(self._rows) else None

    def row_of_hit(self, hit: object) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.hit == hit), None)

    def first_hit_row(self) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.hit is not None), None)

    @override
    def flags(self, index: Index) -> Qt.ItemFlag:
        row = self.row_of_index(index)
        if row is None:
            return Qt.ItemFlag.NoItemFlags
        if row.heading is not None:
            return Qt.ItemFlag.ItemIsEnabled  # headings can be seen, not chosen
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    @override
    def row_data(self, row: _Row, role: int) -> Any:
        if role == HEADING_ROLE:
            return row.heading is not None
        if row.heading is not None:
            return row.heading if role in _TEXT_ROLES else None
        hit = row.hit
        assert hit is not None
        if role == HIT_ROLE:
            return hit
        if role == TITLE_ROLE:
            return hit_title(hit)
        if role in _TEXT_ROLES:
            return f"{hit_title(hit)}: {hit.snippet.text}"
        return None


_TEXT_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole)


def hit_title(hit: Hit) -> str:
    """A short name for where the hit is: the article, or the event's date and label."""
    if isinstance(hit, ArticleHit):
        return hit.headline
    if isinstance(hit, EventHit):
        return f"{hit.date_text} · {hit.label}"
    if isinstance(hit, EntityHit):
        return hit.name
    return QCoreApplication.translate("SearchResultsModel", "Note in %1").replace(
        "%1", hit.headline
    )
