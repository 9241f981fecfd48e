"""The search box finds entities by any of their names (the search_entity index of schema 11)."""

from __future__ import annotations

from collections.abc import Mapping

import peewee as pw

from serge_desktop.core.entities.names import EntityKind
from serge_desktop.services.entities.reading import NOT_ONLY_IN_TRASH
from serge_desktop.services.search_views import EntityHit, Snippet

# A word of the display name counts more than one of the other names; the snippet shows the
# names that matched (the display name when it did, else the aliases).
_ENTITIES_SQL = """
SELECT e.id, e.name, e.kind, snippet(search_entity, -1, :start, :end, '…', :tokens), rank
FROM search_entity JOIN entity AS e ON e.id = search_entity.rowid
WHERE search_entity MATCH :query AND rank MATCH 'bm25(4.0, 1.0)' {scope}
ORDER BY rank LIMIT :limit OFFSET :offset
"""
# Searching an article or a series finds the entities its articles name (in their current
# indexing), as its notes and events are those of its articles; :articles is the scope's
# articles not in the trash, as a JSON list.
_IN_SCOPE = """AND EXISTS (
    SELECT 1 FROM entity_alias AS al JOIN entity_mention AS m ON m.key = al.key
    WHERE al.entity_id = e.id AND m.article_id IN (SELECT value FROM json_each(:articles))
)"""


def search_entities(
    db: pw.SqliteDatabase, params: Mapping[str, object], *, scoped: bool = False
) -> tuple[EntityHit, ...]:
    """Entities named by the query; ``params`` are the search service's (and its scope's).

    The query is already made safe; the markers and the page are the other kinds'. With
    ``scoped``, only the entities the scope's articles (``:articles``) name.
    """
    sql = _ENTITIES_SQL.format(scope=_IN_SCOPE if scoped else "AND " + NOT_ONLY_IN_TRASH)
    cursor = db.execute_sql(sql, params)  # type: ignore[no-untyped-call]
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
