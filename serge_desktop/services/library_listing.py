"""The library list in one query: every article's metadata, series, words and counts."""

from __future__ import annotations

import datetime as dt
import enum
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

import peewee as pw

from serge_desktop.core.library_filter import date_key, haystack, matches, query_words, title_key
from serge_desktop.services.views import ArticleSummary
from serge_desktop.storage import models as m

# One statement for the whole list: the counts are kept by the triggers of schema 10 in
# article_stats, so the list reads one row per article whatever the number of notes (where a
# query per article per count was three thousand statements at 1,000 articles).
_LIST_SQL = """
SELECT a.id, a.slug, a.headline, a.publication, a.author, a.published, a.language,
       a.last_read_at, a.part, a.standfirst, s.id, s.name, s.position,
       c.revisions, c.words, c.events, c.notes, c.layer_notes
FROM article AS a LEFT JOIN series AS s ON s.id = a.series_id
JOIN article_stats AS c ON c.article_id = a.id
WHERE {where}
ORDER BY a.id
"""


# The same articles without their counts: what ordering them by series needs, in a millisecond.
_REFS_SQL = """
SELECT a.id, a.slug, a.headline, s.name, s.position, a.part
FROM article AS a LEFT JOIN series AS s ON s.id = a.series_id
WHERE {where}
"""


@dataclass(frozen=True, slots=True)
class ArticleRef:
    """An article as a scope, a band or a group heading names it."""

    id: int
    slug: str
    title: str
    series: str | None
    series_position: int | None
    part: int | None


# What the toolbar's switcher offers: no counts, no series, so start-up reads 10,000 articles in
# a few milliseconds where the full listing takes ten times as long.
_CHOICES_SQL = """
SELECT a.slug, a.headline, a.publication FROM article AS a
WHERE a.deleted_at IS NULL ORDER BY a.id
"""


class ArticleChoice(NamedTuple):
    """An article as the toolbar's switcher offers it.

    A named tuple rather than a frozen dataclass: made straight from the row, ten thousand of
    them take a third of the time (a frozen dataclass sets each field through object.__setattr__).
    """

    slug: str
    headline: str
    publication: str | None


def article_choices(db: pw.SqliteDatabase) -> list[ArticleChoice]:
    """The articles not in the trash, in the order they came in (LibrarySort.ADDED)."""
    cursor = db.execute_sql(_CHOICES_SQL)  # type: ignore[no-untyped-call]
    return list(map(ArticleChoice._make, cursor.fetchall()))


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
    sql, params = _where(_LIST_SQL, article_ids, series_id, in_trash)
    cursor = db.execute_sql(sql, params)  # type: ignore[no-untyped-call]
    return [_summary(row) for row in cursor.fetchall()]


def article_refs(
    db: pw.SqliteDatabase,
    *,
    article_ids: Sequence[int] | None = None,
    series_id: int | None = None,
) -> list[ArticleRef]:
    """The articles not in the trash, in the library's series order (see LibrarySort.SERIES)."""
    sql, params = _where(_REFS_SQL, article_ids, series_id, in_trash=False)
    cursor = db.execute_sql(sql, params)  # type: ignore[no-untyped-call]
    refs = [ArticleRef(*row) for row in cursor.fetchall()]
    return sorted(refs, key=lambda r: (_series_order(r.series_position, r.part, r.title), r.id))


def _where(
    sql: str, article_ids: Sequence[int] | None, series_id: int | None, in_trash: bool
) -> tuple[str, list[object]]:
    conditions = ["a.deleted_at IS NOT NULL" if in_trash else "a.deleted_at IS NULL"]
    params: list[object] = []
    if article_ids is not None:
        # Bound as one JSON list: a scope may hold more articles than SQLite takes parameters.
        conditions.append("a.id IN (SELECT value FROM json_each(?))")
        params.append(json.dumps(list(article_ids)))
    if series_id is not None:
        conditions.append("a.series_id = ?")
        params.append(series_id)
    return sql.format(where=" AND ".join(conditions)), params


def _read_time(stored: str) -> dt.datetime:
    value: dt.datetime = m.Article.last_read_at.python_value(stored)  # type: ignore[no-untyped-call]
    return value


def _summary(row: tuple[Any, ...]) -> ArticleSummary:
    (article_id, slug, headline, publication, author, published, language, last_read, part,
     standfirst, series_id, series, position, revisions, words, events, notes,
     layer_notes) = row  # fmt: skip
    return ArticleSummary(
        id=article_id,
        slug=slug,
        headline=headline,
        publication=publication,
        revisions=revisions,
        events=events,
        notes=notes,
        layer_notes=layer_notes,
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
    if not query_words(query):
        return list(rows)
    return SummaryFilter(rows).matching(query)


class SummaryFilter:
    """Rows whose searchable text is folded once, then filtered at every keystroke."""

    def __init__(self, rows: Sequence[ArticleSummary]) -> None:
        self._rows = [(row, searchable_text(row)) for row in rows]

    def matching(self, query: str) -> list[ArticleSummary]:
        words = query_words(query)
        return [row for row, text in self._rows if matches(text, words)]

    def replace(self, rows: Mapping[int, ArticleSummary]) -> None:
        """Put these rows in place of those of their ids, in the same place, with the same text.

        For a change the filter does not look in (an article's "last read"): nothing is folded
        again.
        """
        self._rows = [(rows.get(row.id, row), text) for row, text in self._rows]


def _series_key(row: ArticleSummary) -> tuple[object, ...]:
    return _series_order(row.series_position, row.part, row.title)


def _series_order(position: int | None, part: int | None, title: str) -> tuple[object, ...]:
    # Series in the reader's order, parts in order (unnumbered last), articles in none last.
    return (position is None, position or 0, part is None, part or 0, *title_key(title))


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
