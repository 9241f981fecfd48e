"""Series: listing them, renaming, merging, reordering, and an article's part number."""

from __future__ import annotations

from dataclasses import dataclass

import peewee as pw

from serge_desktop.services.errors import NotFoundError
from serge_desktop.services.library_errors import InvalidMetadataError, SeriesNameTakenError
from serge_desktop.services.note_rows import tuples
from serge_desktop.services.series_rows import clean_series_name, close_gap
from serge_desktop.storage import models as m
from serge_desktop.storage.database import write_transaction

MAX_NAME_CHARS = 1000


@dataclass(frozen=True, slots=True)
class SeriesView:
    """A series, its place in the order of series, and how many articles it holds."""

    id: int
    name: str
    position: int  # from 1
    articles: int  # not counting those in the trash


@dataclass(frozen=True, slots=True)
class SeriesRename:
    """``rename(series_id=…, name=before)`` undoes it."""

    series_id: int
    before: str
    after: str


@dataclass(frozen=True, slots=True)
class SeriesMove:
    """``move(series_id=…, position=before)`` undoes it."""

    series_id: int
    before: int
    after: int


@dataclass(frozen=True, slots=True)
class SeriesMerge:
    """One series joined into another; ``unmerge`` puts it back as it was."""

    source: SeriesView  # the series that went, as it was (its id and place come back)
    into_id: int
    parts: tuple[tuple[int, int | None], ...]  # each article moved, with its part number then


@dataclass(frozen=True, slots=True)
class PartChange:
    """``set_part(article_id=…, part=before)`` undoes it."""

    article_id: int
    before: int | None
    after: int | None


class SeriesService:
    """Every write runs in one transaction and returns what undoing it needs."""

    def __init__(self, db: pw.SqliteDatabase) -> None:
        self._db = db

    def list_series(self) -> list[SeriesView]:
        """Every series in the reader's order, with its number of articles."""
        live = m.Article.deleted_at.is_null()
        count = pw.fn.COUNT(m.Article.id)
        query = (
            m.Series.select(m.Series.id, m.Series.name, m.Series.position, count.alias("n"))
            .join(m.Article, pw.JOIN.LEFT_OUTER, on=(m.Article.series == m.Series.id) & live)
            .group_by(m.Series.id)
            .order_by(m.Series.position, m.Series.id)
        )
        return [SeriesView(*row) for row in tuples(query)]

    def get(self, name: str) -> SeriesView:
        """The series of that name (case ignored); NotFoundError if there is none."""
        wanted = clean_series_name(name)
        for series in self.list_series():
            if series.name.casefold() == wanted.casefold():
                return series
        raise NotFoundError("series", name)

    def rename(self, *, series_id: int, name: str) -> SeriesRename:
        """Rename a series; a name another series has is refused (merge joins two series)."""
        new = clean_series_name(name)
        if not new:
            raise InvalidMetadataError("series", "empty")
        if len(new) > MAX_NAME_CHARS:
            raise InvalidMetadataError("series", "too_long")
        with write_transaction(self._db):
            series = _series(series_id)
            other = m.Series.get_or_none((m.Series.name == new) & (m.Series.id != series_id))
            if other is not None:
                raise SeriesNameTakenError(new)
            before = series.name
            series.name = new
            series.save()
            return SeriesRename(series_id, before, new)

    def move(self, *, series_id: int, position: int) -> SeriesMove:
        """Put a series at ``position`` (from 1; clamped to the list) among all series."""
        with write_transaction(self._db):
            series = _series(series_id)
            last = m.Series.select().count()
            target = min(max(position, 1), last)
            before = series.position
            if target < before:
                m.Series.update(position=m.Series.position + 1).where(
                    (m.Series.position >= target) & (m.Series.position < before)
                ).execute()
            elif target > before:
                m.Series.update(position=m.Series.position - 1).where(
                    (m.Series.position > before) & (m.Series.position <= target)
                ).execute()
            m.Series.update(position=target).where(m.Series.id == series_id).execute()
            return SeriesMove(series_id, before, target)

    def merge(self, *, source_id: int, into_id: int) -> SeriesMerge:
        """Move every article of one series into another, keeping their part numbers."""
        if source_id == into_id:
            raise InvalidMetadataError("series", "same_series")
        with write_transaction(self._db):
            source = _series(source_id)
            _series(into_id)
            members = m.Article.select(m.Article.id, m.Article.part).where(
                m.Article.series == source_id
            )
            parts = tuple((a.id, a.part) for a in members.order_by(m.Article.id))
            view = SeriesView(source.id, source.name, source.position, len(parts))
            m.Article.update(series=into_id).where(m.Article.series == source_id).execute()
            source.delete_instance()
            close_gap(source.position)
            return SeriesMerge(view, into_id, parts)

    def unmerge(self, merge: SeriesMerge) -> SeriesView:
        """Undo a merge: the series comes back with its id, name, place and articles."""
        with write_transaction(self._db):
            if m.Series.get_or_none(m.Series.name == merge.source.name) is not None:
                raise SeriesNameTakenError(merge.source.name)
            m.Series.update(position=m.Series.position + 1).where(
                m.Series.position >= merge.source.position
            ).execute()
            m.Series.insert(
                id=merge.source.id, name=merge.source.name, position=merge.source.position
            ).execute()
            for article_id, part in merge.parts:
                m.Article.update(series=merge.source.id, part=part).where(
                    (m.Article.id == article_id) & (m.Article.series == merge.into_id)
                ).execute()
        return next(s for s in self.list_series() if s.id == merge.source.id)

    def set_part(self, *, article_id: int, part: int | None) -> PartChange:
        """An article's part number in its series (None: none)."""
        if part is not None and part < 1:
            raise InvalidMetadataError("part", "below_one")
        with write_transaction(self._db):
            article = m.Article.get_or_none(m.Article.id == article_id)
            if article is None:
                raise NotFoundError("article", article_id)
            if part is not None and article.series_id is None:
                raise InvalidMetadataError("part", "needs_series")
            before = article.part
            article.part = part
            article.save(only=[m.Article.part])
            return PartChange(article_id, before, part)


def _series(series_id: int) -> m.Series:
    series = m.Series.get_or_none(m.Series.id == series_id)
    if not isinstance(series, m.Series):
        raise NotFoundError("series", series_id)
    return series
