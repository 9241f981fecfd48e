"""The library list in one query: every article's metadata, series, words and counts."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Sequence
from typing import Any

import peewee as pw

from serge_desktop.core.library_filter import date_key, haystack, matches, query_words, title_key
from serge_desktop.services.views import ArticleSummary
from serge_desktop.storage import models as m

# One statement for the whole list. The counts are correlated subqueries, each answered from an
# index and never from the rows: the notes from the partial index of schema 10 (exactly the
# notes the list counts), the events and revisions from their article_id indexes, the words
# from the newest revision found by (article_id, number). With 1,000 articles and 100,000 notes
# this is a few milliseconds (benchmarks/library.py), where a query per article per count was
# three thousand statements.
_LIST_SQL = """
SELECT a.id, a.slug, a.headline, a.publication, a.author, a.published, a.language,
       a.last_read_at, a.part, a.standfirst, s.id, s.name, s.position,
       (SELECT count(*) FROM revision AS r WHERE r.article_id = a.id),
       (SELECT r.words FROM revision AS r WHERE r.article_id = a.id
        ORDER BY r.number DESC LIMIT 1),
       (SELECT count(*) FROM timeline_event AS e WHERE e.article_id = a.id),
       (SELECT count(*) FROM note AS n INDEXED BY note_own_live_article
        WHERE n.article_id = a.id AND n.deleted_at IS NULL AND n.layer_id IS NULL)
FROM article AS a LEFT JOIN series AS s ON s.id = a.series_id
WHERE {where}
ORDER BY a.id
"""


class LibrarySort(enum.Enum):
    """The columns the library can be ordered by."""

    ADDED = "added"  # the order the articles came in
    SERIES = "series"  # series in the reader's order, parts in order; articles in none last
    TITLE = "title"
    PUBLICATION = "publication"
    AUTHOR = "author"
    DATE = "date"
    WORDS = "words"
    NOTES = "notes"
    EVENTS = "events"
    LAST_READ = "last_read"


def summaries(
    db: pw.SqliteDatabase,
    *,
    article_ids: Sequence[int] | None = None,
    series_id: int | None = None,
    in_trash: bool = False,
) -> list[ArticleSummary]:
    """The articles (not in the trash, unless ``in_trash``), in the order they came in."""
    conditions = ["a.deleted_at IS NOT NULL" if in_trash else "a.deleted_at IS NULL"]
    params: list[object] = []
    if article_ids is not None:
        conditions.append(f"a.id IN ({', '.join('?' * len(article_ids)) or 'NULL'})")
        params.extend(article_ids)
    if series_id is not None:
        conditions.append("a.series_id = ?")
        params.append(series_id)
    sql = _LIST_SQL.format(where=" AND ".join(conditions))
    cursor = db.execute_sql(sql, params)  # type: ignore[no-untyped-call]
    return [_summary(row) for row in cursor.fetchall()]


def _read_time(stored: str) -> dt.datetime:
    value: dt.datetime = m.Article.last_read_at.python_value(stored)  # type: ignore[no-untyped-call]
    return value


def _summary(row: tuple[Any, ...]) -> ArticleSummary:
    (article_id, slug, headline, publication, author, published, language, last_read, part,
     standfirst, series_id, series, position, revisions, words, events, notes) = row  # fmt: skip
    return ArticleSummary(
        id=article_id,
        slug=slug,
        headline=headline,
        publication=publication,
        revisions=revisions,
        events=events,
        notes=notes,
        series=series,
        series_id=series_id,
        series_position=position,
        part=part,
        author=author,
        published=published,
        words=words or 0,
        last_read_at=_read_time(last_read) if last_read else None,
        language=language,
        standfirst=standfirst,
    )


def searchable_text(summary: ArticleSummary) -> str:
    """What the filter box looks in: title, publication, series, author, date, slug (folded)."""
    fields = (summary.headline, summary.publication, summary.series, summary.author)
    return haystack((*fields, summary.published, summary.slug))


def filter_summaries(rows: Sequence[ArticleSummary], query: str) -> list[ArticleSummary]:
    """The rows whose fields hold every word of ``query`` (case and accents ignored)."""
    words = query_words(query)
    if not words:
        return list(rows)
    return [row for row in rows if matches(searchable_text(row), words)]


def _series_key(row: ArticleSummary) -> tuple[object, ...]:
    in_none = row.series_position is None
    return (
        in_none,
        row.series_position or 0,
        row.part is None,
        row.part or 0,
        *title_key(row.title),
    )


_KEYS: dict[LibrarySort, Callable[[ArticleSummary], Any]] = {
    LibrarySort.ADDED: lambda row: row.id,
    LibrarySort.SERIES: _series_key,
    LibrarySort.TITLE: lambda row: title_key(row.title),
    LibrarySort.PUBLICATION: lambda row: (
        row.publication is None,
        *title_key(row.publication or ""),
    ),
    LibrarySort.AUTHOR: lambda row: (row.author is None, *title_key(row.author or "")),
    LibrarySort.DATE: lambda row: date_key(row.published),
    LibrarySort.WORDS: lambda row: row.words,
    LibrarySort.NOTES: lambda row: row.notes,
    LibrarySort.EVENTS: lambda row: row.events,
    LibrarySort.LAST_READ: lambda row: (row.last_read_at is None, row.last_read_at or 0),
}


def sort_summaries(
    rows: Sequence[ArticleSummary], sort: LibrarySort, *, descending: bool = False
) -> list[ArticleSummary]:
    """The rows in the order asked, ties kept in the order they came in (stable)."""
    key = _KEYS[sort]
    ordered = sorted(rows, key=lambda row: (key(row), row.id))
    return ordered[::-1] if descending else ordered
