"""An entity's page: every mention in context, the events and notes that involve it."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

import peewee as pw

from serge_desktop.core.entities.matcher import NameMatcher
from serge_desktop.core.search_query import fts_query
from serge_desktop.services.entities.views import (
    EntityEvent,
    EntityNote,
    KwicLine,
    Passage,
)

CONTEXT_CHARS = 60  # of a keyword-in-context line, on each side of the name

_MENTIONS_SQL = """
SELECT m.article_id, a.slug, a.headline, m.revision_id, m.paragraph, m.start, m."end",
       p.start, p.text
FROM entity_alias AS al
JOIN entity_mention AS m ON m.key = al.key
JOIN article AS a ON a.id = m.article_id
JOIN paragraph AS p ON p.revision_id = m.revision_id AND p.position = m.paragraph
WHERE al.entity_id = ?
ORDER BY m.article_id, m.start
"""
_EVENTS_SQL = """
SELECT e.id, e.article_id, a.slug, e.edtf, e.date_text, e.label, e.is_context,
       e.revision_id, e.start, e."end"
FROM timeline_event AS e JOIN article AS a ON a.id = e.article_id
WHERE e.article_id IN (SELECT value FROM json_each(?))
ORDER BY e.article_id, e.position, e.id
"""
_NOTES_SQL = """
SELECT n.id, n.article_id, a.slug, n.quote, n.body, n.revision_id, n.start, n."end"
FROM note AS n JOIN article AS a ON a.id = n.article_id
WHERE n.layer_id IS NULL AND n.deleted_at IS NULL
  AND (n.article_id IN (SELECT value FROM json_each(?)) {words})
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
    db: pw.SqliteDatabase, lines: Sequence[KwicLine], names: Sequence[str]
) -> list[EntityEvent]:
    """Events whose evidence passage holds a mention, or whose label names the entity."""
    spans: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for line in lines:
        spans[line.passage.revision_id].append((line.passage.start, line.passage.end))
    articles = sorted({line.passage.article_id for line in lines})
    if not articles:
        return []
    matcher = NameMatcher(names)
    cursor = db.execute_sql(_EVENTS_SQL, (_json(articles),))  # type: ignore[no-untyped-call]
    found: list[EntityEvent] = []
    for row in cursor.fetchall():
        event_id, article_id, slug, edtf, date_text, label, context, revision, start, end = row
        evidence = any(s < end and start < e for s, e in spans.get(revision, ()))
        if evidence or matcher.find(label):
            found.append(
                EntityEvent(event_id, article_id, slug, edtf, date_text, label, bool(context))
            )
    return found


def notes_mentioning(
    db: pw.SqliteDatabase, lines: Sequence[KwicLine], names: Sequence[str]
) -> list[EntityNote]:
    """The reader's own notes whose passage holds a mention, or whose text names the entity."""
    spans: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for line in lines:
        spans[line.passage.revision_id].append((line.passage.start, line.passage.end))
    articles = sorted({line.passage.article_id for line in lines})
    words = " OR ".join(f"({query})" for name in names if (query := fts_query(name)))
    matcher = NameMatcher(names)
    sql = _NOTES_SQL.format(
        words="OR n.id IN (SELECT rowid FROM search_note WHERE search_note MATCH ?)"
        if words
        else ""
    )
    params = (_json(articles), words) if words else (_json(articles),)
    cursor = db.execute_sql(sql, params)  # type: ignore[no-untyped-call]
    found: list[EntityNote] = []
    for note_id, article_id, slug, quote, body, revision, start, end in cursor.fetchall():
        passage = bool(quote) and any(s < end and start < e for s, e in spans.get(revision, ()))
        if passage or matcher.find(body):
            found.append(EntityNote(note_id, article_id, slug, quote, body))
    return found


def _json(values: Sequence[object]) -> str:
    import json

    return json.dumps(list(values))
