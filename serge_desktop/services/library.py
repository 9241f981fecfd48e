"""Importing articles into the library and reading them back as view values."""

from __future__ import annotations

import enum
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import peewee as pw

from serge_desktop.core.article import DecodedText
from serge_desktop.core.article_parser import parse_source
from serge_desktop.core.sidecar import ArticleSidecar, load_sidecar, sidecar_path_for
from serge_desktop.core.slugs import slugify, unique_slug
from serge_desktop.core.source_text import read_source
from serge_desktop.services.article_writer import (
    add_revision,
    create_article,
    find_article_for,
    resolve_events,
)
from serge_desktop.services.errors import NotFoundError
from serge_desktop.services.views import ArticleSummary, ArticleView, ParagraphView
from serge_desktop.storage import models as m


class ImportStatus(enum.Enum):
    ADDED = "added"
    NEW_REVISION = "new_revision"
    UNCHANGED = "unchanged"


@dataclass(frozen=True, slots=True)
class ImportOutcome:
    """What one import did; ``used_fallback`` asks the caller to show the cp1252 notice."""

    status: ImportStatus
    article: ArticleSummary
    source_name: str
    encoding: str
    used_fallback: bool


class LibraryService:
    """Imports article files and lists and reads the articles in the library."""

    def __init__(self, db: pw.SqliteDatabase) -> None:
        self._db = db

    def import_file(self, path: Path) -> ImportOutcome:
        raw = read_source(path)
        sidecar_path = sidecar_path_for(path)
        sidecar = load_sidecar(sidecar_path) if sidecar_path.is_file() else None
        return self.import_bytes(raw, source_name=path.name, sidecar=sidecar)

    def import_bytes(
        self, raw: bytes, *, source_name: str, sidecar: ArticleSidecar | None = None
    ) -> ImportOutcome:
        # Everything that can fail on bad input (decoding, parsing, the sidecar's evidence) runs
        # before the transaction, so a rejected file writes nothing.
        decoded, parsed = parse_source(raw)
        events = resolve_events(parsed.body, sidecar) if sidecar else ()
        with self._db.atomic():
            known = m.Revision.get_or_none(m.Revision.content_hash == decoded.sha256)
            if known is not None:
                return self._outcome(ImportStatus.UNCHANGED, known.article, source_name, decoded)
            article = find_article_for(parsed)
            if article is None:
                slug = unique_slug(slugify(parsed.headline), self._slugs())
                article = create_article(slug, parsed, decoded, raw, source_name, sidecar, events)
                status = ImportStatus.ADDED
            else:
                add_revision(article, parsed, decoded, raw, source_name)
                status = ImportStatus.NEW_REVISION
            return self._outcome(status, article, source_name, decoded)

    def import_bundled(self) -> list[ImportOutcome]:
        """Import the articles shipped with the app (on first run)."""
        return [self.import_file(path) for path in bundled_article_paths()]

    def list_articles(self) -> list[ArticleSummary]:
        return [self._summary(article) for article in m.Article.select().order_by(m.Article.id)]

    def get_summary(self, slug: str) -> ArticleSummary:
        return self._summary(self._article(slug))

    def article_view(self, slug: str) -> ArticleView:
        article = self._article(slug)
        revision = current_revision(article.id)
        paragraphs = tuple(
            ParagraphView(p.position, p.text, p.start, p.end, p.is_quotation)
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

    def _slugs(self) -> set[str]:
        return {a.slug for a in m.Article.select(m.Article.slug)}

    def _summary(self, article: m.Article) -> ArticleSummary:
        return ArticleSummary(
            id=article.id,
            slug=article.slug,
            headline=article.headline,
            publication=article.publication,
            revisions=article.revisions.count(),
            events=article.events.count(),
            notes=article.notes.where(m.Note.deleted_at.is_null()).count(),
        )

    def _outcome(
        self, status: ImportStatus, article: m.Article, source_name: str, decoded: DecodedText
    ) -> ImportOutcome:
        return ImportOutcome(
            status=status,
            article=self._summary(article),
            source_name=source_name,
            encoding=decoded.encoding,
            used_fallback=decoded.used_fallback,
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


def bundled_article_paths() -> Iterator[Path]:
    """The article files in the package's seeds folder (each may have a .toml sidecar)."""
    seeds = resources.files("serge_desktop.seeds")
    for entry in sorted(seeds.iterdir(), key=lambda e: e.name):
        if entry.name.endswith((".txt", ".md")) and entry.name.lower() != "readme.md":
            yield Path(str(entry))
