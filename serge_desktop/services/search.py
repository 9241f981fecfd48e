"""Full-text search across articles, notes and timeline events (the FTS5 index of schema 3)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeVar

import peewee as pw

from serge_desktop.core.match_marks import match_spans, window
from serge_desktop.core.note_text import note_plain_text
from serge_desktop.core.search_query import fts_query, query_terms
from serge_desktop.services.search_views import (
    MATCH_END,
    MATCH_START,
    ArticleHit,
    EventHit,
    NoteHit,
    SearchResults,
    Snippet,
)

SNIPPET_TOKENS = 16  # enough words around a match to recognise the passage in a results list
# bm25 costs about a microsecond per matching row, and a word found in half of 100,000 notes is
# still being typed, not meant: such a broad query ranks only its newest RANK_WINDOW matches
# (the highest rowids), which keeps every search within a few milliseconds per kind.
RANK_WINDOW = 5000

# Raw SQL rather than playhouse's FTS5Model: the index is built by a literal migration, the
# queries join plain tables, and playhouse has no types, so a model would spread Any around.
# The user's text reaches MATCH only as a bound parameter, made by fts_query.
#
# "rank MATCH 'bm25(...)'" with "ORDER BY rank" lets FTS5 sort by relevance itself and hand the
# rows over in order, so snippet() and the joins run only for the rows the LIMIT keeps; an
# ORDER BY over bm25() would compute a snippet for every matching row before sorting.
# Weights favour the short, telling columns: a word in a headline or a tag says more than one
# in a long body. Columns in index order: article (body, headline, standfirst), note (body,
# quote, tags), event (label, date_text, quote).
_ARTICLES_SQL = """
SELECT a.id, a.slug, a.headline,
       snippet(search_article, -1, :start, :end, '…', :tokens),
       CASE WHEN instr(search_article.body, :start) = 0
            THEN instr(highlight(search_article, 0, :start, :end), :start) - 1 END,
       rank
FROM search_article JOIN article AS a ON a.id = search_article.rowid
WHERE search_article MATCH :query AND rank MATCH 'bm25(1.0, 10.0, 4.0)'
  AND search_article.rowid > coalesce((
      SELECT rowid FROM search_article WHERE search_article MATCH :query
      ORDER BY rowid DESC LIMIT 1 OFFSET :window), 0)
ORDER BY rank LIMIT :limit
"""
# The body offset above: highlight() returns the whole body with markers, so the first start
# marker stands where the first match begins (counted in characters, like every body offset);
# unknowable, so left out, in the odd body that contains the marker character itself.

# Notes from class packs (other authors' layers) are in the index, as the triggers index every
# note, but are left out here: a search finds the reader's own work, never mixed with others'.
# A note's text is Markdown: when it is where the words matched, its snippet is made from the
# rendered words instead (see _note_snippet), so the flag says whether the body matched.
_NOTES_SQL = """
SELECT n.id, n.article_id, a.slug, a.headline,
       snippet(search_note, -1, :start, :end, '…', :tokens),
       instr(highlight(search_note, 0, :start, :end), :start) > 0, n.body,
       rank
FROM search_note
JOIN note AS n ON n.id = search_note.rowid
JOIN article AS a ON a.id = n.article_id
WHERE search_note MATCH :query AND rank MATCH 'bm25(2.0, 1.0, 4.0)'
  AND n.layer_id IS NULL
  AND search_note.rowid > coalesce((
      SELECT rowid FROM search_note WHERE search_note MATCH :query
      ORDER BY rowid DESC LIMIT 1 OFFSET :window), 0)
ORDER BY rank LIMIT :limit
"""

_EVENTS_SQL = """
SELECT e.id, e.article_id, a.slug, a.headline, e.date_text, e.label,
       snippet(search_event, -1, :start, :end, '…', :tokens),
       rank
FROM search_event
JOIN timeline_event AS e ON e.id = search_event.rowid
JOIN article AS a ON a.id = e.article_id
WHERE search_event MATCH :query AND rank MATCH 'bm25(4.0, 2.0, 1.0)'
  AND search_event.rowid > coalesce((
      SELECT rowid FROM search_event WHERE search_event MATCH :query
      ORDER BY rowid DESC LIMIT 1 OFFSET :window), 0)
ORDER BY rank LIMIT :limit
"""

_Hit = TypeVar("_Hit")


class SearchService:
    """Reads the search index; the triggers of schema 3 keep it in step with every write."""

    def __init__(self, db: pw.SqliteDatabase) -> None:
        self._db = db

    def search(self, query: str, *, limit: int = 50) -> SearchResults:
        """Each kind's best ``limit`` hits for what the reader typed; never raises on the text.

        Words must all occur (in any order); the last may be the start of a word. An empty query,
        or one of only punctuation, finds nothing.
        """
        match = fts_query(query)
        if not match or limit <= 0:
            return SearchResults(query=query)
        params = {
            "query": match,
            "start": MATCH_START,
            "end": MATCH_END,
            "tokens": SNIPPET_TOKENS,
            "limit": limit,
            "window": RANK_WINDOW,  # the OFFSET of the newest match left out of the ranking
        }
        phrases, last_is_prefix = query_terms(query)

        def note_hit(row: tuple[Any, ...]) -> NoteHit:
            note_id, article_id, slug, headline, marked, body_matched, body, rank = row
            if body_matched:
                snippet = _note_snippet(body, phrases, last_is_prefix=last_is_prefix)
            else:
                snippet = Snippet.from_marked(marked or "")  # the quote or the tags: plain
            return NoteHit(note_id, article_id, slug, headline, snippet, rank)

        # One read transaction: the three groups come from the same state of the library.
        with self._db.atomic():
            return SearchResults(
                query=query,
                articles=self._hits(_ARTICLES_SQL, params, _article_hit),
                notes=self._hits(_NOTES_SQL, params, note_hit),
                events=self._hits(_EVENTS_SQL, params, _event_hit),
            )

    def _hits(
        self,
        sql: str,
        params: Mapping[str, object],
        make: Callable[[tuple[Any, ...]], _Hit],
    ) -> tuple[_Hit, ...]:
        cursor = self._db.execute_sql(sql, params)  # type: ignore[no-untyped-call]
        return tuple(make(row) for row in cursor.fetchall())


def _article_hit(row: tuple[Any, ...]) -> ArticleHit:
    article_id, slug, headline, marked, offset, rank = row
    return ArticleHit(
        article_id=article_id,
        slug=slug,
        headline=headline,
        body_offset=offset if offset is not None and offset >= 0 else None,
        snippet=Snippet.from_marked(marked or ""),
        rank=rank,
    )


def _note_snippet(body: str, phrases: Sequence[Sequence[str]], *, last_is_prefix: bool) -> Snippet:
    """The note's rendered words around the first match, marked as snippet() marks them."""
    text = " ".join(note_plain_text(body).split())
    spans = match_spans(text, phrases, last_is_prefix=last_is_prefix)
    start, end = window(text, spans, words=SNIPPET_TOKENS)
    parts = ["…" if start > 0 else ""]
    done = start
    for span_start, span_end in spans:
        if span_start < start or span_end > end:
            continue
        parts += [text[done:span_start], MATCH_START, text[span_start:span_end], MATCH_END]
        done = span_end
    parts += [text[done:end], "…" if end < len(text) else ""]
    return Snippet.from_marked("".join(parts))


def _event_hit(row: tuple[Any, ...]) -> EventHit:
    event_id, article_id, slug, headline, date_text, label, marked, rank = row
    return EventHit(
        event_id=event_id,
        article_id=article_id,
        slug=slug,
        headline=headline,
        date_text=date_text,
        label=label,
        snippet=Snippet.from_marked(marked or ""),
        rank=rank,
    )
