"""Reading the library: its articles, each as a summary or as the text of its current revision."""

from __future__ import annotations

import peewee as pw

from serge_desktop.core.article import Paragraph
from serge_desktop.services.errors import NotFoundError
from serge_desktop.services.views import ArticleSummary, ArticleView
from serge_desktop.storage import models as m


class LibraryService:
    """Lists and reads the articles in the library."""

    def __init__(self, db: pw.SqliteDatabase) -> None:
        self._db = db

    def list_articles(self) -> list[ArticleSummary]:
        return [summarize(article) for article in m.Article.select().order_by(m.Article.id)]

    def get_summary(self, slug: str) -> ArticleSummary:
        return summarize(self._article(slug))

    def article_view(self, slug: str) -> ArticleView:
        article = self._article(slug)
        revision = current_revision(article.id)
        paragraphs = tuple(
            Paragraph(p.position, p.text, p.start, p.end, p.is_quotation)
            for p in revision.paragraphs.order_by(m.Paragraph.position)
        )
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
            series=article.series,
            subject=article.subject,
            author=article.author,
            published=article.published,
            body=revision.body,
            paragraphs=paragraphs,
            quotation_spans=quotations,
        )

    def _article(self, slug: str) -> m.Article:
        article = m.Article.get_or_none(m.Article.slug == slug)
        if article is None:
            raise NotFoundError("article", slug)
        return article


def summarize(article: m.Article) -> ArticleSummary:
    """One line of the library list, with counts (notes in the trash not counted)."""
    return ArticleSummary(
        id=article.id,
        slug=article.slug,
        headline=article.headline,
        publication=article.publication,
        revisions=article.revisions.count(),
        events=article.events.count(),
        notes=article.notes.where(m.Note.deleted_at.is_null()).count(),
    )


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
