"""An entity's page: every mention in context, the events and notes that involve it."""

from __future__ import annotations

import re
from collections.abc import Sequence

import peewee as pw

from serge_desktop.core.search_query import fts_query
from serge_desktop.services.entities.views import (
    EntityEvent,
    EntityNote,
    KwicLine,
    Passage,
)

CONTEXT_CHARS = 60  # of a keyword-in-context line, on each side of the name

# An article in the trash is left out of every part of the page: its mentions, events, notes.
_MENTIONS_SQL = """
SELECT m.article_id, a.slug, a.headline, m.revision_id, m.paragraph, m.start, m."end",
       p.start, p.text
FROM entity_alias AS al
JOIN entity_mention AS m ON m.key = al.key
JOIN article AS a ON a.id = m.article_id
JOIN paragraph AS p ON p.revision_id = m.revision_id AND p.position = m.paragraph
WHERE al.entity_id = ? AND a.deleted_at IS NULL
ORDER BY m.article_id, m.start
"""
# Events and notes whose passage holds a mention: a join on the revision and overlapping spans,
# so only the passages that touch a mention are read, however large the library. (A note with
# no passage has an empty span at 0, which overlaps nothing.) Notes come from the index of
# schema 11 alone, without reading their rows.
_EVENTS_BY_PASSAGE_SQL = """
SELECT DISTINCT e.id FROM entity_alias AS al
JOIN entity_mention AS m ON m.key = al.key
JOIN timeline_event AS e ON e.revision_id = m.revision_id
     AND e.start < m."end" AND m.start < e."end"
WHERE al.entity_id = ?
"""
# Events whose label names the entity, and notes whose text does: the search index finds the
# names as phrases (whole words in order, accents and case set aside) in that column alone.
_EVENTS_BY_LABEL_SQL = """
SELECT rowid FROM search_event WHERE search_event MATCH 'label : (' || ? || ')'
"""
_EVENTS_SQL = """
SELECT e.id, e.article_id, a.slug, e.edtf, e.date_text, e.label, e.is_context
FROM timeline_event AS e JOIN article AS a ON a.id = e.article_id
WHERE e.id IN (SELECT value FROM json_each(?)) AND a.deleted_at IS NULL
ORDER BY e.article_id, e.position, e.id
"""
_NOTES_BY_PASSAGE_SQL = """
SELECT DISTINCT n.id FROM entity_alias AS al
JOIN entity_mention AS m ON m.key = al.key
JOIN note AS n ON n.revision_id = m.revision_id AND n.start < m."end" AND m.start < n."end"
WHERE al.entity_id = ?
"""
_NOTES_BY_TEXT_SQL = """
SELECT rowid FROM search_note WHERE search_note MATCH 'body : (' || ? || ')'
"""
_NOTES_SQL = """
SELECT n.id, n.article_id, a.slug, n.quote, n.body
FROM note AS n JOIN article AS a ON a.id = n.article_id
WHERE n.id IN (SELECT value FROM json_each(?)) AND n.layer_id IS NULL AND n.deleted_at IS NULL
  AND a.deleted_at IS NULL
ORDER BY n.article_id, n.start, n.id
"""
_SPACES = re.compile(r"\s+")


def mention_lines(db: pw.SqliteDatabase, entity_id: int) -> list[KwicLine]:
    cursor = db.execute_sql(_MENTIONS_SQL, (entity_id,))  # type: ignore[no-untyped-call]
    lines: list[KwicLine] = []
    for row in cursor.fetchall():
        article_id, slug, headline, revision_id, paragraph, start, end, p_start, text = row
        first, last = start - p_start, end - p_start
        passage = Passage(article_id, slug, headline, revision_id, paragraph, start, end)
        lines.append(KwicLine(passage, _before(text, first), text[first:last], _after(text, last)))
    return lines


def _before(text: str, at: int) -> str:
    piece = text[max(0, at - CONTEXT_CHARS) : at]
    if at > CONTEXT_CHARS and " " in piece:
        piece = "…" + piece.split(" ", 1)[1]  # start on a whole word
    return _SPACES.sub(" ", piece)


def _after(text: str, at: int) -> str:
    piece = text[at : at + CONTEXT_CHARS]
    if at + CONTEXT_CHARS < len(text) and " " in piece:
        piece = piece.rsplit(" ", 1)[0] + "…"
    return _SPACES.sub(" ", piece)


def involved_events(
    db: pw.SqliteDatabase, entity_id: int, names: Sequence[str]
) -> list[EntityEvent]:
    """Events whose evidence passage holds a mention, or whose label names the entity."""
    found = _ids(db, _EVENTS_BY_PASSAGE_SQL, entity_id)
    found |= _named(db, _EVENTS_BY_LABEL_SQL, names)
    cursor = db.execute_sql(_EVENTS_SQL, (_json(sorted(found)),))  # type: ignore[no-untyped-call]
    return [
        EntityEvent(event_id, article_id, slug, edtf, date_text, label, bool(context))
        for event_id, article_id, slug, edtf, date_text, label, context in cursor.fetchall()
    ]


def notes_mentioning(
    db: pw.SqliteDatabase, entity_id: int, names: Sequence[str]
) -> list[EntityNote]:
    """The reader's own notes whose passage holds a mention, or whose text names the entity."""
    found = _ids(db, _NOTES_BY_PASSAGE_SQL, entity_id) | _named(db, _NOTES_BY_TEXT_SQL, names)
    cursor = db.execute_sql(_NOTES_SQL, (_json(sorted(found)),))  # type: ignore[no-untyped-call]
    return [EntityNote(*row) for row in cursor.fetchall()]


def _ids(db: pw.SqliteDatabase, sql: str, entity_id: int) -> set[int]:
    cursor = db.execute_sql(sql, (entity_id,))  # type: ignore[no-untyped-call]
    return {row[0] for row in cursor.fetchall()}


def _named(db: pw.SqliteDatabase, sql: str, names: Sequence[str]) -> set[int]:
    """Rows of a search index whose column holds one of the names as a phrase."""
    phrases = " OR ".join(phrase for name in names if (phrase := _phrase(name)))
    if not phrases:
        return set()
    cursor = db.execute_sql(sql, (phrases,))  # type: ignore[no-untyped-call]
    return {row[0] for row in cursor.fetchall()}


def _phrase(name: str) -> str:
    """The name as one FTS5 phrase: fts_query's safe words, without its prefix star."""
    words = fts_query(name).replace('"', " ").rstrip("*").split()
    return '"' + " ".join(words) + '"' if words else ""


def _json(values: Sequence[object]) -> str:
    import json

    return json.dumps(list(values))
