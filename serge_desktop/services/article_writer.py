"""Writing a parsed article, its revisions and its curated events into the database."""

from __future__ import annotations

from dataclasses import dataclass

import peewee as pw

from serge_desktop.core.anchoring import TextAnchor, find_sentence, make_anchor
from serge_desktop.core.article import DecodedText, ParsedArticle
from serge_desktop.core.errors import SidecarError
from serge_desktop.core.sidecar import ArticleSidecar, CuratedEvent
from serge_desktop.core.word_count import count_words
from serge_desktop.services.article_language import import_language
from serge_desktop.services.category_rows import ensure_category
from serge_desktop.services.revision_placements import place_in_revision
from serge_desktop.services.series_rows import clean_series_name, series_named
from serge_desktop.storage import models as m
from serge_desktop.storage.batches import insert_in_batches


@dataclass(frozen=True, slots=True)
class ResolvedEvent:
    """A curated event whose evidence sentence has been found in the body."""

    event: CuratedEvent
    anchor: TextAnchor


def resolve_events(body: str, sidecar: ArticleSidecar) -> tuple[ResolvedEvent, ...]:
    """Find every event's evidence sentence; a sidecar that does not fit its text is refused."""
    resolved = []
    for event in sidecar.events:
        span = find_sentence(body, event.evidence)
        if span is None:
            raise SidecarError(f"event {event.label!r}: evidence sentence not found in the text")
        resolved.append(ResolvedEvent(event, make_anchor(body, *span)))
    return tuple(resolved)


def find_article_for(parsed: ParsedArticle) -> m.Article | None:
    """The article a newly parsed text is a version of: the same headline.

    The headline its source gave, or the title the reader gave it: a renamed article still
    takes a new version of its file. An article in the trash is not offered one.
    """
    same = (m.Article.source_headline == parsed.headline) | (m.Article.headline == parsed.headline)
    found: m.Article | None = (
        m.Article.select()
        .where(same & m.Article.deleted_at.is_null())
        .order_by(m.Article.id)
        .first()
    )
    return found


def create_article(
    slug: str,
    parsed: ParsedArticle,
    decoded: DecodedText,
    raw: bytes,
    source_name: str,
    sidecar: ArticleSidecar | None,
    events: tuple[ResolvedEvent, ...],
) -> m.Article:
    series, part = _series_and_part(sidecar, parsed)
    article = m.Article.create(
        slug=slug,
        headline=parsed.headline,
        source_headline=parsed.headline,
        standfirst=parsed.standfirst,
        publication=(sidecar.publication if sidecar else None) or parsed.publication,
        issue=(sidecar.issue if sidecar else None) or parsed.issue,
        series=series,
        part=part,
        subject=sidecar.subject if sidecar else None,
        author=parsed.author,
        published=parsed.published,
        source=parsed.source,
        # The file's own tag when it gives a well-formed one, else the language of its text.
        language=import_language(parsed.body, parsed.language),
    )
    revision = _write_revision(article, 1, parsed, decoded, raw, source_name)
    colours = dict(sidecar.categories) if sidecar else {}
    # Each category as the library spells it, made (with the sidecar's colour) if it is new.
    categories = {
        name: ensure_category(name, colours.get(name))
        for name in dict.fromkeys(r.event.category for r in events)
    }
    columns = (
        "article", "revision", "edtf", "date_text", "label", "category", "is_context",
        "description", "quote", "prefix", "suffix", "start", "end", "position",
    )  # fmt: skip
    rows = [
        (
            article.id,
            revision.id,
            r.event.edtf,
            r.event.date_text,
            r.event.label,
            categories[r.event.category],
            r.event.is_context,
            r.event.note or "",
            r.anchor.quote,
            r.anchor.prefix,
            r.anchor.suffix,
            r.anchor.start,
            r.anchor.end,
            position,
        )
        for position, r in enumerate(events)
    ]
    insert_in_batches(m.TimelineEvent, columns, rows)
    return article


@dataclass(frozen=True, slots=True)
class AddedRevision:
    """A revision just written, and how the article's notes were placed in it."""

    revision: m.Revision
    placements: dict[str, int]  # notes not in the trash, by placement; every kind present


def add_revision(
    db: pw.SqliteDatabase,
    article: m.Article,
    parsed: ParsedArticle,
    decoded: DecodedText,
    raw: bytes,
    source_name: str,
) -> AddedRevision:
    """Store a changed text as the next revision and re-anchor every note and event to it.

    Every row records how it was placed (services.revision_placements): nothing is dropped.
    """
    current = (
        m.Revision.select(m.Revision.number, m.Revision.body)
        .where(m.Revision.article == article)
        .order_by(m.Revision.number.desc())
        .first()
    )
    number = current.number + 1 if current is not None else 1
    revision = _write_revision(article, number, parsed, decoded, raw, source_name)
    previous = current.body if current is not None else None
    counts = place_in_revision(db, article.id, revision.id, parsed.body, previous)
    return AddedRevision(revision, counts)


def _write_revision(
    article: m.Article,
    number: int,
    parsed: ParsedArticle,
    decoded: DecodedText,
    raw: bytes,
    source_name: str,
) -> m.Revision:
    revision = m.Revision.create(
        article=article,
        number=number,
        content_hash=decoded.sha256,
        source_name=source_name,
        source_format=parsed.format.value,
        encoding=decoded.encoding,
        raw_source=raw,
        body=parsed.body,
        words=count_words(parsed.body),
    )
    insert_in_batches(
        m.Paragraph,
        ("revision", "position", "start", "end", "text", "is_quotation", "kind", "level"),
        [
            (revision.id, p.index, p.start, p.end, p.text, p.is_quotation, p.kind.value, p.level)
            for p in parsed.paragraphs
        ],
    )
    _write_marks(revision, parsed)
    insert_in_batches(
        m.Quotation,
        ("revision", "start", "end", "text"),
        [(revision.id, q.start, q.end, q.text) for q in parsed.quotations],
    )
    return revision


def _write_marks(revision: m.Revision, parsed: ParsedArticle) -> None:
    """The paragraphs' italic and bold spans, against the rows just written for them."""
    if not any(p.marks for p in parsed.paragraphs):
        return
    rows = m.Paragraph.select(m.Paragraph.position, m.Paragraph.id).where(
        m.Paragraph.revision == revision
    )
    ids: dict[int, int] = {row.position: row.id for row in rows}
    insert_in_batches(
        m.InlineMark,
        ("paragraph", "start", "end", "style"),
        [
            (ids[p.index], mark.start, mark.end, mark.style.value)
            for p in parsed.paragraphs
            for mark in p.marks
        ],
    )


def _series_and_part(
    sidecar: ArticleSidecar | None, parsed: ParsedArticle
) -> tuple[m.Series | None, int | None]:
    """The series the sidecar names, else the one a book names in its own metadata."""
    if sidecar is not None and clean_series_name(sidecar.series):
        return series_named(clean_series_name(sidecar.series)), sidecar.series_part
    name = clean_series_name(parsed.series or "")
    if not name:
        return None, None
    part = parsed.series_part if parsed.series_part and parsed.series_part > 0 else None
    return series_named(name), part
