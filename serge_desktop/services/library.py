"""Reading the library: its articles as summaries or as their current text; reading positions."""

from __future__ import annotations

import datetime as dt

import peewee as pw

from serge_desktop.core.anchoring import TextAnchor, make_anchor
from serge_desktop.services.errors import InvalidSpanError, NotFoundError, StaleRevisionError
from serge_desktop.services.library_errors import ArticleInTrashError
from serge_desktop.services.library_listing import (
    ArticleChoice,
    LibrarySort,
    article_choices,
    filter_summaries,
    sort_summaries,
    summaries,
)
from serge_desktop.services.paragraph_rows import paragraph_views
from serge_desktop.services.scope import Scope, scope_article_ids
from serge_desktop.services.views import ArticleSummary, ArticleView
from serge_desktop.storage import models as m
from serge_desktop.storage.database import write_transaction


class LibraryService:
    """Lists and reads the articles in the library."""

    def __init__(self, db: pw.SqliteDatabase) -> None:
        self._db = db

    def list_articles(
        self,
        *,
        query: str = "",
        series_id: int | None = None,
        sort: LibrarySort = LibrarySort.ADDED,
        descending: bool = False,
    ) -> list[ArticleSummary]:
        """The articles not in the trash, with their counts, in one query.

        ``query`` keeps the articles whose title, publication, series, author, date or slug
        hold every word typed (case and accents ignored); ``series_id`` those of one series.
        """
        rows = summaries(self._db, series_id=series_id)
        return sort_summaries(filter_summaries(rows, query), sort, descending=descending)

    def article_choices(self) -> list[ArticleChoice]:
        """The articles not in the trash, as the switcher offers them, in the order they came in.

        Without the counts ``list_articles`` reads: what start-up and each change of the library
        pay for the switcher stays small at any size.
        """
        return article_choices(self._db)

    def get_summary(self, slug: str) -> ArticleSummary:
        return summarize(self._db, self._article(slug))

    def summary_by_id(self, article_id: int) -> ArticleSummary:
        found = summaries(self._db, article_ids=[article_id])
        if not found:
            raise NotFoundError("article", article_id)
        return found[0]

    def mark_opened(self, *, article_id: int) -> dt.datetime:
        """Remember that the reader opened the article now (the library's "last read").

        Returns the time written, so a list already on screen can show it without reading again.
        """
        now = m.utc_now()
        with write_transaction(self._db):
            m.Article.update(last_read_at=now).where(m.Article.id == article_id).execute()
        return now

    def article_ids(self, scope: Scope) -> list[int]:
        """The ids of the scope's articles not in the trash, in the library's series order."""
        return scope_article_ids(self._db, scope)

    def article_view_by_id(self, article_id: int) -> ArticleView:
        article = m.Article.get_or_none(m.Article.id == article_id)
        if article is None:
            raise NotFoundError("article", article_id)
        return self.article_view(article.slug)

    def article_view(self, slug: str) -> ArticleView:
        article = self._article(slug)
        revision = current_revision(article.id)
        paragraphs = paragraph_views(revision)
        quotations = tuple(
            (q.start, q.end) for q in revision.quotations.order_by(m.Quotation.start)
        )
        return ArticleView(
            id=article.id,
            slug=article.slug,
            revision_id=revision.id,
            revision_number=revision.number,
            headline=article.headline,
            standfirst=article.standfirst,
            publication=article.publication,
            issue=article.issue,
            series=series.name if (series := article.series) is not None else None,
            subject=article.subject,
            author=article.author,
            published=article.published,
            body=revision.body,
            paragraphs=paragraphs,
            quotation_spans=quotations,
            part=article.part,
            source=article.source,
            language=article.language,
        )

    def reading_position(self, article_id: int) -> int | None:
        """Where the reader last was in the article (an offset into its body); None if never."""
        article = m.Article.get_or_none(m.Article.id == article_id)
        if article is None:
            raise NotFoundError("article", article_id)
        position: int | None = article.reading_position
        return position

    def set_reading_position(self, *, article_id: int, offset: int) -> dt.datetime:
        """Remember where the reader is in the article, as an offset into its current body.

        After a newer revision is imported the offset may lie past the end of a shorter text:
        the reader clamps it when it opens the article. The article counts as read now: the
        time written (its "last read") is returned.
        """
        if offset < 0:
            raise ValueError(f"a reading position is an offset from 0, not {offset}")
        now = m.utc_now()
        with write_transaction(self._db):
            updated = (
                m.Article.update(reading_position=offset, last_read_at=now)
                .where(m.Article.id == article_id)
                .execute()
            )
        if not updated:
            raise NotFoundError("article", article_id)
        return now

    def _article(self, slug: str) -> m.Article:
        return live_article(slug)


def live_article(slug: str) -> m.Article:
    """The article with this slug, not in the trash (ArticleInTrashError if it is there)."""
    article = m.Article.get_or_none(m.Article.slug == slug)
    if article is None:
        raise NotFoundError("article", slug)
    if article.deleted_at is not None:
        raise ArticleInTrashError(slug)
    return article


def summarize(db: pw.SqliteDatabase, article: m.Article) -> ArticleSummary:
    """One line of the library list, with counts (notes in the trash not counted)."""
    found = summaries(db, article_ids=[article.id], in_trash=article.deleted_at is not None)
    if not found:
        raise NotFoundError("article", article.id)
    return found[0]


def current_revision(article_id: int) -> m.Revision:
    """The newest revision of an article: what the reader shows and new notes anchor to."""
    revision = (
        m.Revision.select()
        .where(m.Revision.article == article_id)
        .order_by(m.Revision.number.desc())
        .first()
    )
    if not isinstance(revision, m.Revision):
        raise NotFoundError("revision of article", article_id)
    return revision


def anchor_in_current(
    article_id: int, revision_id: int, start: int, end: int
) -> tuple[m.Revision, TextAnchor]:
    """Anchor a passage the reader chose in the text on screen (``revision_id``).

    Refused when a newer revision has come in since (the offsets would point elsewhere), or when
    the passage is empty or outside the text. Call inside the write transaction that uses it.
    """
    revision = current_revision(article_id)
    if revision.id != revision_id:
        raise StaleRevisionError(f"article {article_id} now has a newer revision")
    body = revision.body
    if not 0 <= start < end <= len(body) or not body[start:end].strip():
        raise InvalidSpanError(f"passage {start}..{end} is empty or outside the article")
    return revision, make_anchor(body, start, end)
