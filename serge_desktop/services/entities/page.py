"""An entity's page: every mention in context, the events and notes that involve it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, overload

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
# Only the context is read, not the whole paragraph: up to CONTEXT_CHARS on each side of the
# name (substr counts characters, as Python does), and whether the paragraph goes on beyond.
_MENTIONS_SQL = f"""
SELECT m.article_id, a.slug, a.headline, m.revision_id, m.paragraph, m.start, m."end",
       substr(p.text, max(0, m.start - p.start - {CONTEXT_CHARS}) + 1,
              m.start - p.start - max(0, m.start - p.start - {CONTEXT_CHARS})),
       substr(p.text, m.start - p.start + 1, m."end" - m.start),
       substr(p.text, m."end" - p.start + 1, {CONTEXT_CHARS}),
       m.start - p.start > {CONTEXT_CHARS},
       length(p.text) > m."end" - p.start + {CONTEXT_CHARS}
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


class KwicLines(Sequence[KwicLine]):
    """The mentions in context, each line made when it is first read.

    A page of thousands of mentions opens at once: a list shows the first screen, and only
    those lines are cut to whole words and have their spaces tidied.
    """

    def __init__(self, rows: list[tuple[Any, ...]]) -> None:
        self._rows = rows
        self._made: dict[int, KwicLine] = {}

    def __len__(self) -> int:
        return len(self._rows)

    def made(self) -> int:
        """How many lines were made so far (read at least once)."""
        return len(self._made)

    @overload
    def __getitem__(self, index: int) -> KwicLine: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[KwicLine]: ...

    def __getitem__(self, index: int | slice) -> KwicLine | Sequence[KwicLine]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self._rows)))]
        if index < 0:
            index += len(self._rows)
        line = self._made.get(index)
        if line is None:
            line = self._made[index] = _line(self._rows[index])
        return line


def mention_lines(db: pw.SqliteDatabase, entity_id: int) -> KwicLines:
    cursor = db.execute_sql(_MENTIONS_SQL, (entity_id,))  # type: ignore[no-untyped-call]
    return KwicLines(cursor.fetchall())


def _line(row: tuple[Any, ...]) -> KwicLine:
    article_id, slug, headline, revision_id, paragraph, start, end = row[:7]
    before, keyword, after, cut_before, cut_after = row[7:]
    passage = Passage(article_id, slug, headline, revision_id, paragraph, start, end)
    return KwicLine(passage, _before(before, cut_before), keyword, _after(after, cut_after))


def _before(piece: str, cut: bool) -> str:
    if cut and " " in piece:
        piece = "…" + piece.split(" ", 1)[1]  # start on a whole word
    return _SPACES.sub(" ", piece)


def _after(piece: str, cut: bool) -> str:
    if cut and " " in piece:
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
