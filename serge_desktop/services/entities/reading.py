"""Reading the index: confirmed entities with their mention counts, and open suggestions."""

from __future__ import annotations

from typing import Any

import peewee as pw

from serge_desktop.core.entities.article_index import SOURCES
from serge_desktop.core.entities.names import EntityKind, name_key
from serge_desktop.services.entities.views import ConfirmedMention, EntitySummary, Suggestion

# Mentions in an article in the trash are kept (they are the article's again when it comes back)
# but never read: an entity there counts nothing, a name found only there is not suggested.
_TRASHED = "(SELECT id FROM article WHERE deleted_at IS NOT NULL)"
# An entity named only in articles in the trash is in the trash with them, out of the index
# and of searches; one named nowhere yet (confirmed before indexing, or by name) is listed.
NOT_ONLY_IN_TRASH = f"""(
    NOT EXISTS (SELECT 1 FROM entity_alias AS al JOIN entity_mention AS m ON m.key = al.key
                WHERE al.entity_id = e.id)
    OR EXISTS (SELECT 1 FROM entity_alias AS al JOIN entity_mention AS m ON m.key = al.key
               WHERE al.entity_id = e.id AND m.article_id NOT IN {_TRASHED})
)"""

# One query for the whole index: counts, every name (in the order given, through the index on
# entity_id) and the shown name's key to sort by. Names are joined with the unit separator,
# which no cleaned name holds.
_ENTITIES_SQL = """
SELECT e.id, e.name, e.kind, e.origin,
       count(m.id), count(DISTINCT m.article_id),
       (SELECT group_concat(al.name, char(31)) FROM entity_alias AS al
        WHERE al.entity_id = e.id),
       (SELECT al.key FROM entity_alias AS al WHERE al.entity_id = e.id AND al.name = e.name)
FROM entity AS e
JOIN entity_alias AS a ON a.entity_id = e.id
LEFT JOIN entity_mention AS m ON m.key = a.key AND m.article_id NOT IN {trashed} {article}
{where}
GROUP BY e.id
{having}
"""
# Counted outside the trash, an entity with no mention is listed only if it has none anywhere
# (the trash's mentions are read only for those few).
_NAMED_NOWHERE = """count(m.id) > 0 OR NOT EXISTS (
    SELECT 1 FROM entity_alias AS al JOIN entity_mention AS mm ON mm.key = al.key
    WHERE al.entity_id = e.id)"""
_SEPARATOR = "\x1f"

# A name nobody has decided about: no alias has its key and no decision was made on it.
_SUGGESTIONS_SQL = """
SELECT m.key, count(*), count(DISTINCT m.article_id),
       group_concat(DISTINCT coalesce(m.kind_guess, '') || ':' || m.source)
FROM entity_mention AS m
WHERE NOT EXISTS (SELECT 1 FROM entity_alias AS a WHERE a.key = m.key)
  AND NOT EXISTS (SELECT 1 FROM entity_decision AS d WHERE d.key = m.key)
  AND m.article_id NOT IN {trashed} {article}
GROUP BY m.key
"""
_CONFIRMED_SQL = f"""
SELECT e.id, e.name, e.kind, m.article_id, m.revision_id, m.paragraph, m.start, m."end"
FROM entity_mention AS m
JOIN entity_alias AS al ON al.key = m.key
JOIN entity AS e ON e.id = al.entity_id
WHERE m.article_id IN (SELECT value FROM json_each(?)) AND m.article_id NOT IN {_TRASHED}
ORDER BY m.article_id, m.start
"""
_SURFACES_SQL = f"""
SELECT m.key, m.surface, count(*) FROM entity_mention AS m
WHERE m.key IN (SELECT value FROM json_each(?)) AND m.article_id NOT IN {_TRASHED}
GROUP BY m.key, m.surface
"""


def list_entities(
    db: pw.SqliteDatabase,
    *,
    article_id: int | None = None,
    kind: EntityKind | None = None,
    text: str = "",
    entity_ids: list[int] | None = None,
) -> list[EntitySummary]:
    """Confirmed entities, by name; with ``article_id`` only those it names, counted there."""
    params: list[Any] = []
    article = ""
    if article_id is not None:
        article = "AND m.article_id = ?"
        params.append(article_id)
    where: list[str] = []
    if kind is not None:
        where.append("e.kind = ?")
        params.append(kind.value)
    having = ""
    if entity_ids is not None:
        where.append("e.id IN (SELECT value FROM json_each(?))")
        params.append(_json_list(entity_ids))
    elif article_id is None:
        having = f"HAVING {_NAMED_NOWHERE}"
    if article_id is not None:
        having = "HAVING count(m.id) > 0"
    sql = _ENTITIES_SQL.format(
        trashed=_TRASHED,
        article=article,
        where=("WHERE " + " AND ".join(where)) if where else "",
        having=having,
    )
    rows = db.execute_sql(sql, params).fetchall()  # type: ignore[no-untyped-call]
    wanted = name_key(text) if text.strip() else ""
    keyed: list[tuple[str, int, EntitySummary]] = []
    for entity_id, name, kind_value, origin, mentions, articles, names, key in rows:
        aliases = _shown_first(name, names.split(_SEPARATOR) if names else [name])
        if wanted and not any(wanted in name_key(alias) for alias in aliases):
            continue
        summary = EntitySummary(
            entity_id, name, EntityKind(kind_value), origin, aliases, mentions, articles
        )
        keyed.append((key or name_key(name), entity_id, summary))
    keyed.sort(key=lambda row: row[:2])
    return [summary for _key, _id, summary in keyed]


def _shown_first(name: str, aliases: list[str]) -> tuple[str, ...]:
    if aliases[0] != name and name in aliases:
        aliases.remove(name)
        aliases.insert(0, name)
    return tuple(aliases)


def confirmed_mentions(db: pw.SqliteDatabase, article_ids: list[int]) -> list[ConfirmedMention]:
    """Every mention of a confirmed entity in these articles, in text order."""
    rows = db.execute_sql(_CONFIRMED_SQL, (_json_list(article_ids),)).fetchall()  # type: ignore[no-untyped-call]
    return [
        ConfirmedMention(
            entity_id, name, EntityKind(kind), article, revision, paragraph, start, end
        )
        for entity_id, name, kind, article, revision, paragraph, start, end in rows
    ]


def list_suggestions(
    db: pw.SqliteDatabase, *, article_id: int | None = None, kind: EntityKind | None = None
) -> list[Suggestion]:
    """Names found but not decided about, most mentioned first."""
    article, params = ("AND m.article_id = ?", [article_id]) if article_id is not None else ("", [])
    sql = _SUGGESTIONS_SQL.format(trashed=_TRASHED, article=article)
    rows = db.execute_sql(sql, params).fetchall()  # type: ignore[no-untyped-call]
    surfaces = _common_surfaces(db, [row[0] for row in rows])
    found: list[Suggestion] = []
    for key, mentions, articles, guesses in rows:
        guess_kind, source = _best_guess(guesses or "")
        if kind is not None and guess_kind is not kind:
            continue
        found.append(
            Suggestion(key, surfaces.get(key, key), guess_kind, source, mentions, articles)
        )
    found.sort(key=lambda s: (-s.mentions, s.key))
    return found


def _best_guess(guesses: str) -> tuple[EntityKind | None, str]:
    pairs = [tuple(item.split(":", 1)) for item in guesses.split(",") if ":" in item]
    ranked = sorted(
        pairs, key=lambda p: (p[0] == "", SOURCES.index(p[1]) if p[1] in SOURCES else 99)
    )
    if not ranked:
        return None, "capitalised"
    kind, source = ranked[0]
    return (EntityKind(kind) if kind else None), source


def _common_surfaces(db: pw.SqliteDatabase, keys: list[str]) -> dict[str, str]:
    if not keys:
        return {}
    rows = db.execute_sql(_SURFACES_SQL, (_json_list(keys),)).fetchall()  # type: ignore[no-untyped-call]
    best: dict[str, tuple[int, str]] = {}
    for key, surface, count in rows:
        if key not in best or (count, surface) > best[key]:
            best[key] = (count, surface)
    return {key: surface for key, (_count, surface) in best.items()}


def _json_list(values: list[Any]) -> str:
    import json

    return json.dumps(values, ensure_ascii=False)
