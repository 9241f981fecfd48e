"""The search box finds entities by any of their names (the search_entity index of schema 12)."""

from __future__ import annotations

from collections.abc import Mapping

import peewee as pw

from serge_desktop.core.entities.names import EntityKind
from serge_desktop.services.search_views import EntityHit, Snippet

# A word of the display name counts more than one of the other names; the snippet shows the
# names that matched (the display name when it did, else the aliases).
_ENTITIES_SQL = """
SELECT e.id, e.name, e.kind, snippet(search_entity, -1, :start, :end, '…', :tokens), rank
FROM search_entity JOIN entity AS e ON e.id = search_entity.rowid
WHERE search_entity MATCH :query AND rank MATCH 'bm25(4.0, 1.0)'
ORDER BY rank LIMIT :limit OFFSET :offset
"""


def search_entities(db: pw.SqliteDatabase, params: Mapping[str, object]) -> tuple[EntityHit, ...]:
    """``params`` are the search service's: query (already made safe), markers, page."""
    cursor = db.execute_sql(_ENTITIES_SQL, params)  # type: ignore[no-untyped-call]
    return tuple(
        EntityHit(
            entity_id=entity_id,
            name=name,
            kind=EntityKind(kind).value,
            snippet=Snippet.from_marked(marked or ""),
            rank=rank,
        )
        for entity_id, name, kind, marked, rank in cursor.fetchall()
    )
