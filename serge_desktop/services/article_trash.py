"""Articles in the trash: deleted with everything they hold, restorable until it is emptied."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import cast

import peewee as pw

from serge_desktop.services.cards.sources import follow_article
from serge_desktop.services.errors import NotFoundError
from serge_desktop.services.library_errors import ArticleInTrashError, ArticleNotInTrashError
from serge_desktop.services.library_listing import summaries
from serge_desktop.services.note_rows import own_notes, tuples
from serge_desktop.services.series_rows import drop_if_empty
from serge_desktop.services.timeline_suggestions import DISMISSED_KEY
from serge_desktop.services.views import ArticleSummary
from serge_desktop.storage import models as m
from serge_desktop.storage.database import write_transaction

EMPTY_TRASH_BACKUP_REASON = "before-emptying-trash"


@dataclass(frozen=True, slots=True)
class TrashedArticle:
    """An article in the trash, with what would go with it when the trash is emptied."""

    summary: ArticleSummary  # its notes, events and revisions counted as in the library list
    deleted_at: dt.datetime


@dataclass(frozen=True, slots=True)
class EmptiedTrash:
    """What emptying the trash deleted for good, and the backup made just before."""

    articles: int
    notes: int  # the notes in the trash, and those of the articles deleted
    backup: Path | None  # None where backups are not kept (a guest's library)


class ArticleTrashService:
    """Deleting articles to the trash, restoring them, and emptying the trash for good."""

    def __init__(
        self, db: pw.SqliteDatabase, *, back_up: Callable[[str], Path] | None = None
    ) -> None:
        """``back_up(reason)`` makes a verified backup and returns it (the workspace's)."""
        self._db = db
        self._back_up = back_up

    def delete_article(self, *, article_id: int) -> TrashedArticle:
        """Put an article in the trash with its revisions, notes and events, all unchanged."""
        with write_transaction(self._db):
            article = _article(article_id)
            if article.deleted_at is not None:
                raise ArticleInTrashError(article.slug)
            article.deleted_at = m.utc_now()
            article.save(only=[m.Article.deleted_at])
            # Its own cards wait with it (studying skips a trashed article's); those pairing
            # its events with the rest of its series are set aside here, in the same step.
            follow_article(self._db, article_id, make=False)
            return self._trashed(article)

    def restore_article(self, *, article_id: int) -> ArticleSummary:
        """Take an article out of the trash, as it was when it went in."""
        with write_transaction(self._db):
            article = _article(article_id)
            if article.deleted_at is None:
                raise ArticleNotInTrashError(article.slug)
            article.deleted_at = None
            article.save(only=[m.Article.deleted_at])
            follow_article(self._db, article_id, make=False)
            return summaries(self._db, article_ids=[article_id])[0]

    def find(self, slug: str) -> TrashedArticle:
        """The article in the trash with this slug (NotFoundError if it is not there)."""
        article = m.Article.get_or_none(
            (m.Article.slug == slug) & m.Article.deleted_at.is_null(False)
        )
        if article is None:
            raise NotFoundError("article in the trash", slug)
        return self._trashed(article)

    def list_trash(self) -> list[TrashedArticle]:
        """The articles in the trash, the most recently deleted first."""
        deleted: dict[int, dt.datetime] = dict(
            tuples(  # (id, deleted_at) pairs
                m.Article.select(m.Article.id, m.Article.deleted_at).where(
                    m.Article.deleted_at.is_null(False)
                )
            )
        )
        found = [TrashedArticle(s, deleted[s.id]) for s in summaries(self._db, in_trash=True)]
        return sorted(found, key=lambda t: (t.deleted_at, t.summary.id), reverse=True)

    def empty_trash(self) -> EmptiedTrash:
        """Delete for good the articles and the notes in the trash, after a verified backup.

        The backup comes first and the deletion only if it succeeded (a failed backup raises
        StorageError and deletes nothing). Cannot be undone: the caller asks the reader first.
        """
        articles = m.Article.select(m.Article.id).where(m.Article.deleted_at.is_null(False))
        trashed_notes = m.Note.deleted_at.is_null(False) & own_notes()
        if not articles.exists() and not m.Note.select().where(trashed_notes).exists():
            return EmptiedTrash(0, 0, None)
        backup = self._back_up(EMPTY_TRASH_BACKUP_REASON) if self._back_up else None
        with write_transaction(self._db):
            ids = [a.id for a in articles]
            article_id = cast("pw.AutoField", m.Article.id)
            notes = (
                m.Note.select()
                .where(trashed_notes | (m.Note.article.in_(ids) & own_notes()))
                .count()
            )
            series = {a.series_id for a in m.Article.select().where(article_id.in_(ids))}
            m.Note.delete().where(trashed_notes).execute()
            deleted = m.Article.delete().where(article_id.in_(ids)).execute()
            # Ids of deleted rows may be given again: nothing of these articles may outlive them.
            settings = [DISMISSED_KEY.format(article_id=article_id) for article_id in ids]
            m.Setting.delete().where(m.Setting.key.in_(settings)).execute()
            for series_id in series:
                drop_if_empty(series_id)
        return EmptiedTrash(int(deleted), notes, backup)

    def _trashed(self, article: m.Article) -> TrashedArticle:
        [summary] = summaries(self._db, article_ids=[article.id], in_trash=True)
        deleted_at: dt.datetime = article.deleted_at or m.utc_now()
        return TrashedArticle(summary, deleted_at)


def _article(article_id: int) -> m.Article:
    article = m.Article.get_or_none(m.Article.id == article_id)
    if article is None:
        raise NotFoundError("article", article_id)
    return article
