"""Full-text search across articles, notes and timeline events (the FTS5 index of schema 3)."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeVar

import peewee as pw

from serge_desktop.core.match_marks import match_spans, tokens, window
from serge_desktop.core.note_text import note_plain_text
from serge_desktop.core.search_query import fts_query, query_terms, whole_word_query
from serge_desktop.services import search_sql
from serge_desktop.services.entities.entity_search import search_entities
from serge_desktop.services.scope import LIBRARY, Scope, scope_article_ids
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
# How many hits of each kind the window shows at once; it asks for the rest afterwards
# (``offset=FIRST_PAGE``), so the first ones appear without waiting for fifty snippets.
FIRST_PAGE = 8
# A kind with fewer matches than this is ranked by relevance (bm25); with more, its newest
# matches come first (search_sql explains the costs). Relevance among thousands of matches
# means little, and ranking them all would take a tenth of a second.
RANK_WINDOW = 500
# The ellipsis snippet() puts where it cut the text: a control character no text holds, so the
# stretch can be found again in the body before it becomes "…".
_CUT = "\x04"
ELLIPSIS = "…"

_Hit = TypeVar("_Hit")


class _PageGate:
    """Tells the page's rows from the others as a statement hands them over.

    SQLite calls it in search_sql's ``newest_quoted`` with each row's rowid, after the WHERE has
    kept the row. Rows ``offset`` to ``offset + limit`` in the order they come are the page's;
    every call with one rowid gets the same answer, whichever of the row's columns asks first.
    One count per thread, so searches on two threads do not mix.
    """

    def __init__(self) -> None:
        self._local = threading.local()

    def start(self, offset: int, limit: int) -> None:
        local = self._local
        local.seen, local.first, local.stop = 0, offset, offset + limit
        local.rowid, local.answer = None, 0

    def __call__(self, rowid: int) -> int:
        local = self._local
        if rowid != local.rowid:
            local.rowid = rowid
            local.answer = int(local.first <= local.seen < local.stop)
            local.seen += 1
        answer: int = local.answer
        return answer


# One for the process: it is registered on every connection peewee opens, under one name.
_GATE = _PageGate()


class SearchService:
    """Reads the search index; the triggers of schema 3 keep it in step with every write."""

    def __init__(self, db: pw.SqliteDatabase) -> None:
        self._db = db
        # peewee registers it on the open connection and on any it opens later (a reopen).
        db.register_function(_GATE, search_sql.PAGE_GATE, 1, deterministic=False)

    def search(
        self, query: str, *, limit: int = 50, offset: int = 0, scope: Scope = LIBRARY
    ) -> SearchResults:
        """Each kind's hits ``offset`` to ``offset + limit``, best first, for what was typed.

        Words must all occur (in any order); the last may be the start of a word. An empty
        query, or one of only punctuation, finds nothing; no text makes it raise. Hits are in
        bm25 order when a kind has fewer than RANK_WINDOW matches, else newest first (their
        ``rank`` is then None). When the last word, taken whole, matches RANK_WINDOW rows of a
        kind by itself, that kind lists those: a word typed in full comes before the longer
        words it starts ("serge" before "Sergei"), and FTS5 is spared gathering every row of
        every such word (search_sql's ``probe``). The window asks for ``limit=FIRST_PAGE``
        first and, when a kind filled its page, for the rest with ``offset=FIRST_PAGE``: the two
        pages together are what one call with the larger limit returns. ``scope`` narrows the
        search to an article or a series; articles in the trash are never searched.
        """
        match = fts_query(query)
        if not match or limit <= 0 or offset < 0:
            return SearchResults(query=query)
        params: dict[str, object] = {
            "query": match,
            "start": MATCH_START,
            "end": MATCH_END,
            "ellipsis": _CUT,
            "tokens": SNIPPET_TOKENS,
            "limit": limit,
            "offset": offset,
            "window": RANK_WINDOW,
        }
        whole = whole_word_query(query)
        kinds = (search_sql.ARTICLES, search_sql.NOTES, search_sql.EVENTS)
        # One read transaction: the three groups come from the same state of the library.
        with self._db.atomic():
            if not scope.is_library:
                params["articles"] = json.dumps(scope_article_ids(self._db, scope))
                kinds = (
                    search_sql.ARTICLES_IN_SCOPE,
                    search_sql.NOTES_IN_SCOPE,
                    search_sql.EVENTS_IN_SCOPE,
                )
            phrases, last_is_prefix = query_terms(query)

            def note_hit(row: tuple[Any, ...], rank: float | None) -> NoteHit:
                note_id, article_id, slug, headline, body, body_matched, marked = row
                if body_matched:
                    snippet = _note_snippet(body, phrases, last_is_prefix=last_is_prefix)
                else:
                    snippet = _snippet(marked)  # the quote or the tags: plain text already
                return NoteHit(note_id, article_id, slug, headline, snippet, rank)

            return SearchResults(
                query=query,
                articles=self._hits(kinds[0], params, whole, _article_hit),
                notes=self._hits(kinds[1], params, whole, note_hit),
                events=self._hits(kinds[2], params, whole, _event_hit),
                entities=search_entities(self._db, params, scoped=not scope.is_library),
            )

    def _hits(
        self,
        sql: search_sql.KindQueries,
        params: dict[str, object],
        whole: str,
        make: Callable[[tuple[Any, ...], float | None], _Hit],
    ) -> tuple[_Hit, ...]:
        if whole and self._rows(sql.probe, {**params, "query": whole}):
            params = {**params, "query": whole}
        offset, limit = int(str(params["offset"])), int(str(params["limit"]))
        quoted: dict[int, tuple[Any, ...]] = {}
        if sql.newest_quoted is not None:
            _GATE.start(offset, limit)
            newest = self._rows(sql.newest_quoted, params)
            shown = newest[offset : offset + limit]
            # Trust the gate only if it marked exactly the page (SQLite handed the rows over in
            # order, as FTS5 does for ORDER BY rowid); otherwise the page is quoted on its own.
            # A snippet is never None for a row that matched.
            marked = sum(row[1] is not None for row in newest)
            if marked == len(shown) and all(row[1] is not None for row in shown):
                quoted = {row[0]: _unjoined(row[1], sql.flagged) for row in shown}
        else:
            newest = self._rows(sql.newest, params)
        if len(newest) < RANK_WINDOW:
            page = dict(self._rows(sql.ranked, params)) if newest else {}
            quoted = {}
        else:
            page = dict.fromkeys(row[0] for row in newest[offset : offset + limit])
        if not page:
            return ()
        by_id = {**params, "page": json.dumps(list(page))}
        if quoted:
            rows = {row[0]: row + quoted[row[0]] for row in self._rows(sql.details, by_id)}
        else:
            by_range = {**by_id, "low": min(page), "high": max(page)}
            rows = {row[0]: row for row in self._rows(sql.quoted, by_range)}
        # A row deleted between the statements cannot happen: one transaction reads them all.
        return tuple(make(rows[rowid], rank) for rowid, rank in page.items())

    def _rows(self, sql: str, params: Mapping[str, object]) -> list[tuple[Any, ...]]:
        cursor = self._db.execute_sql(sql, params)  # type: ignore[no-untyped-call]
        rows: list[tuple[Any, ...]] = cursor.fetchall()
        return rows


def _unjoined(joined: str, flagged: bool) -> tuple[Any, ...]:
    """A ``newest_quoted`` row's text as the index's columns of a ``quoted`` row."""
    return (joined[0] == "1", joined[1:]) if flagged else (joined,)


def _snippet(marked: str | None) -> Snippet:
    return Snippet.from_marked((marked or "").replace(_CUT, ELLIPSIS))


def _body_offset(marked: str | None, body: str | None) -> int | None:
    """Where the snippet's first match starts in the body; None if the snippet is not from it.

    snippet() copies a stretch of the text between its cuts, so that stretch is found again in
    the body with the match markers taken out. A body that holds a marker character itself
    cannot be read this way.
    """
    if not marked or not body or MATCH_START not in marked:
        return None
    if any(mark in body for mark in (MATCH_START, MATCH_END, _CUT)):
        return None
    stretch = marked.strip(_CUT)
    found = body.find(stretch.replace(MATCH_START, "").replace(MATCH_END, ""))
    return None if found < 0 else found + stretch.index(MATCH_START)


def _article_hit(row: tuple[Any, ...], rank: float | None) -> ArticleHit:
    article_id, slug, headline, body, *snippets = row
    # The body's snippet if the body matches, else the standfirst's, else the headline's.
    marked = next((s for s in snippets if s and MATCH_START in s), snippets[-1])
    return ArticleHit(
        article_id=article_id,
        slug=slug,
        headline=headline,
        body_offset=_body_offset(marked, body),
        snippet=_snippet(marked),
        rank=rank,
    )


def _note_snippet(body: str, phrases: Sequence[Sequence[str]], *, last_is_prefix: bool) -> Snippet:
    """The note's rendered words around the first match, marked as snippet() marks them."""
    text = " ".join(note_plain_text(body).split())
    found = tokens(text)  # once for both: cutting a long note into words is most of the work
    spans = match_spans(text, phrases, last_is_prefix=last_is_prefix, words=found)
    start, end = window(text, spans, words=SNIPPET_TOKENS, found=found)
    parts = [ELLIPSIS if start > 0 else ""]
    done = start
    for span_start, span_end in spans:
        if span_start < start or span_end > end:
            continue
        parts += [text[done:span_start], MATCH_START, text[span_start:span_end], MATCH_END]
        done = span_end
    parts += [text[done:end], ELLIPSIS if end < len(text) else ""]
    return Snippet.from_marked("".join(parts))


def _event_hit(row: tuple[Any, ...], rank: float | None) -> EventHit:
    event_id, article_id, slug, headline, date_text, label, marked = row
    return EventHit(
        event_id=event_id,
        article_id=article_id,
        slug=slug,
        headline=headline,
        date_text=date_text,
        label=label,
        snippet=_snippet(marked),
        rank=rank,
    )
