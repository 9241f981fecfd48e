"""Full-text search across articles, notes and timeline events (the FTS5 index of schema 3)."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeVar

import peewee as pw

from serge_desktop.core.match_marks import match_spans, window
from serge_desktop.core.note_text import note_plain_text
from serge_desktop.core.search_query import fts_query, query_terms
from serge_desktop.services import search_sql
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
# A hit from its details row (search_sql's ``details``), its snippets (``quoted`` without the
# rowid) and its rank.
_Make = Callable[[tuple[Any, ...], tuple[Any, ...], float | None], _Hit]


class _PageGate:
    """Tells the rows of one page from the others as a statement hands them over in order.

    SQLite calls it once per row of ``newest_quoted`` (search_sql.PAGE_GATE), after the WHERE
    has kept the row and before the snippet is made; it answers true for rows ``offset`` to
    ``offset + limit``. One count per thread, so searches on two threads do not mix.
    """

    def __init__(self) -> None:
        self._local = threading.local()

    def start(self, offset: int, limit: int) -> None:
        self._local.seen, self._local.first, self._local.stop = 0, offset, offset + limit

    def __call__(self) -> int:
        local = self._local
        row = local.seen
        local.seen = row + 1
        return int(local.first <= row < local.stop)


class SearchService:
    """Reads the search index; the triggers of schema 3 keep it in step with every write."""

    def __init__(self, db: pw.SqliteDatabase) -> None:
        self._db = db
        self._gate = _PageGate()
        # peewee registers it on every connection it opens, now and after a reopen.
        db.register_function(self._gate, search_sql.PAGE_GATE, 0, deterministic=False)

    def search(self, query: str, *, limit: int = 50, offset: int = 0) -> SearchResults:
        """Each kind's hits ``offset`` to ``offset + limit``, best first, for what was typed.

        Words must all occur (in any order); the last may be the start of a word. An empty
        query, or one of only punctuation, finds nothing; no text makes it raise. Hits are in
        bm25 order when a kind has fewer than RANK_WINDOW matches, else newest first (their
        ``rank`` is then None). The window asks for ``limit=FIRST_PAGE`` first and, when a kind
        filled its page, for the rest with ``offset=FIRST_PAGE``: the two pages together are
        what one call with the larger limit returns.
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
        phrases, last_is_prefix = query_terms(query)

        def note_hit(row: tuple[Any, ...], quoted: tuple[Any, ...], rank: float | None) -> NoteHit:
            note_id, article_id, slug, headline, body = row
            flagged = quoted[0] or "0"
            if flagged[0] == "1":  # the words matched in the text: its rendered words
                snippet = _note_snippet(body, phrases, last_is_prefix=last_is_prefix)
            else:
                snippet = _snippet(flagged[1:])  # the quote or the tags: plain
            return NoteHit(note_id, article_id, slug, headline, snippet, rank)

        # One read transaction: the three groups come from the same state of the library.
        with self._db.atomic():
            return SearchResults(
                query=query,
                articles=self._hits(search_sql.ARTICLES, params, _article_hit, offset, limit),
                notes=self._hits(search_sql.NOTES, params, note_hit, offset, limit),
                events=self._hits(search_sql.EVENTS, params, _event_hit, offset, limit),
            )

    def _hits(
        self,
        sql: search_sql.KindQueries,
        params: dict[str, object],
        make: _Make[_Hit],
        offset: int,
        limit: int,
    ) -> tuple[_Hit, ...]:
        snippets: dict[int, tuple[Any, ...]] = {}
        if sql.newest_quoted is not None:
            self._gate.start(offset, limit)
            newest = self._rows(sql.newest_quoted, params)
            shown = newest[offset : offset + limit]
            # Trust the gate only if it marked exactly the page (SQLite handed the rows over in
            # order, as FTS5 does for ORDER BY rowid): otherwise quote the page on its own.
            if all(row[1] is not None for row in shown) and sum(
                row[1] is not None for row in newest
            ) == len(shown):
                snippets = {row[0]: row[1:] for row in shown}
        else:
            newest = self._rows(sql.newest, params)
        if len(newest) < RANK_WINDOW:
            page = dict(self._rows(sql.ranked, params)) if newest else {}
            snippets = {}
        else:
            page = dict.fromkeys(row[0] for row in newest[offset : offset + limit])
        if not page:
            return ()
        by_id = {**params, "page": json.dumps(list(page))}
        if not snippets:
            quoted = self._rows(sql.quoted, {**by_id, "low": min(page), "high": max(page)})
            snippets = {row[0]: row[1:] for row in quoted}
        details = {row[0]: row for row in self._rows(sql.details, by_id)}
        # A row deleted between the statements cannot happen: one transaction reads them all.
        return tuple(make(details[rowid], snippets[rowid], rank) for rowid, rank in page.items())

    def _rows(self, sql: str, params: Mapping[str, object]) -> list[tuple[Any, ...]]:
        cursor = self._db.execute_sql(sql, params)  # type: ignore[no-untyped-call]
        rows: list[tuple[Any, ...]] = cursor.fetchall()
        return rows


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


def _article_hit(row: tuple[Any, ...], quoted: tuple[Any, ...], rank: float | None) -> ArticleHit:
    article_id, slug, headline = row
    *snippets, body = quoted
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
    spans = match_spans(text, phrases, last_is_prefix=last_is_prefix)
    start, end = window(text, spans, words=SNIPPET_TOKENS)
    parts = [ELLIPSIS if start > 0 else ""]
    done = start
    for span_start, span_end in spans:
        if span_start < start or span_end > end:
            continue
        parts += [text[done:span_start], MATCH_START, text[span_start:span_end], MATCH_END]
        done = span_end
    parts += [text[done:end], ELLIPSIS if end < len(text) else ""]
    return Snippet.from_marked("".join(parts))


def _event_hit(row: tuple[Any, ...], quoted: tuple[Any, ...], rank: float | None) -> EventHit:
    event_id, article_id, slug, headline, date_text, label = row
    return EventHit(
        event_id=event_id,
        article_id=article_id,
        slug=slug,
        headline=headline,
        date_text=date_text,
        label=label,
        snippet=_snippet(quoted[0]),
        rank=rank,
    )
