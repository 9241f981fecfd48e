"""Editing an article's metadata; every edit returns the values before and after, for undo."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, fields

import peewee as pw

from serge_desktop.core.languages import MAX_TAG_CHARS, is_language_tag
from serge_desktop.services.errors import NotFoundError
from serge_desktop.services.library_errors import ArticleInTrashError, InvalidMetadataError
from serge_desktop.services.series_rows import clean_series_name, drop_if_empty, series_named
from serge_desktop.storage import models as m
from serge_desktop.storage.database import write_transaction

# Longer than any real title or byline; short enough that a paste gone wrong is refused.
MAX_FIELD_CHARS = 1000
MAX_STANDFIRST_CHARS = 5000
MAX_PART = 100_000


@dataclass(frozen=True, slots=True)
class ArticleMetadata:
    """What the reader can edit about an article; None is "not known"."""

    title: str
    standfirst: str | None = None
    publication: str | None = None
    series: str | None = None  # the series' name; None: in no series
    part: int | None = None  # its part number in the series, from 1
    author: str | None = None
    published: str | None = None  # its date, in the words the reader or the source gave
    source: str | None = None  # where it came from: a URL or a citation
    language: str | None = None  # a BCP 47 tag such as "en" or "fr"


@dataclass(frozen=True, slots=True)
class MetadataChange:
    """One edit: ``set_metadata(article_id=…, metadata=before)`` undoes it."""

    article_id: int
    before: ArticleMetadata
    after: ArticleMetadata

    @property
    def changed_fields(self) -> tuple[str, ...]:
        return tuple(
            f.name for f in fields(ArticleMetadata)
            if getattr(self.before, f.name) != getattr(self.after, f.name)
        )  # fmt: skip


class ArticleMetadataService:
    """Reads and writes the metadata of articles not in the trash."""

    def __init__(self, db: pw.SqliteDatabase) -> None:
        self._db = db

    def metadata(self, article_id: int) -> ArticleMetadata:
        return metadata_of(_live(article_id))

    def set_metadata(self, *, article_id: int, metadata: ArticleMetadata) -> MetadataChange:
        """Give the article these values (all of them), in one transaction.

        Text is NFC with its spaces trimmed; an empty text is "not known". A series named for
        the first time is added last in the order of series; one left with no article goes.
        """
        after = checked(metadata)
        with write_transaction(self._db):
            article = _live(article_id)
            before = metadata_of(article)
            if before == after:
                return MetadataChange(article_id, before, after)
            old_series = article.series_id
            article.headline = after.title
            article.standfirst = after.standfirst
            article.publication = after.publication
            article.series = series_named(after.series) if after.series else None
            article.part = after.part
            article.author = after.author
            article.published = after.published
            article.source = after.source
            article.language = after.language
            article.save()
            if old_series != article.series_id:
                drop_if_empty(old_series)
            return MetadataChange(article_id, before, metadata_of(article))


def metadata_of(article: m.Article) -> ArticleMetadata:
    series = article.series
    return ArticleMetadata(
        title=article.headline,
        standfirst=article.standfirst,
        publication=article.publication,
        series=series.name if series is not None else None,
        part=article.part,
        author=article.author,
        published=article.published,
        source=article.source,
        language=article.language,
    )


def checked(metadata: ArticleMetadata) -> ArticleMetadata:
    """The values as they will be stored, or InvalidMetadataError naming the first bad one."""
    title = _text(metadata.title, "title", MAX_FIELD_CHARS)
    if title is None:
        raise InvalidMetadataError("title", "empty")
    series = clean_series_name(metadata.series or "") or None
    if series is not None and len(series) > MAX_FIELD_CHARS:
        raise InvalidMetadataError("series", "too_long")
    part = metadata.part
    if part is not None:
        if series is None:
            raise InvalidMetadataError("part", "needs_series")
        if not 1 <= part <= MAX_PART:
            raise InvalidMetadataError("part", "below_one" if part < 1 else "too_large")
    # BCP 47 as readers meet it ("en", "pt-BR", "zh-Hant"): checked for shape, not registry.
    language = _text(metadata.language, "language", MAX_TAG_CHARS)
    if language is not None and not is_language_tag(language):
        raise InvalidMetadataError("language", "not_a_language")
    return ArticleMetadata(
        title=title,
        standfirst=_text(metadata.standfirst, "standfirst", MAX_STANDFIRST_CHARS, one_line=False),
        publication=_text(metadata.publication, "publication", MAX_FIELD_CHARS),
        series=series,
        part=part,
        author=_text(metadata.author, "author", MAX_FIELD_CHARS),
        published=_text(metadata.published, "published", MAX_FIELD_CHARS),
        source=_text(metadata.source, "source", MAX_FIELD_CHARS),
        language=language,
    )


def _text(value: str | None, name: str, limit: int, *, one_line: bool = True) -> str | None:
    if value is None:
        return None
    text = unicodedata.normalize("NFC", value)
    # A title or byline is one line: line breaks pasted in with it become spaces.
    text = " ".join(text.split()) if one_line else text.strip()
    if len(text) > limit:
        raise InvalidMetadataError(name, "too_long")
    return text or None


def _live(article_id: int) -> m.Article:
    article = m.Article.get_or_none(m.Article.id == article_id)
    if article is None:
        raise NotFoundError("article", article_id)
    if article.deleted_at is not None:
        raise ArticleInTrashError(article.slug)
    return article
