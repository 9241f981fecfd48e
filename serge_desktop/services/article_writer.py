"""Writing a parsed article, its revisions and its curated events into the database."""

from __future__ import annotations

from dataclasses import dataclass

import peewee as pw

from serge_desktop.core.anchoring import TextAnchor, find_sentence, make_anchor
from serge_desktop.core.article import DecodedText, ParsedArticle
from serge_desktop.core.errors import SidecarError
from serge_desktop.core.reanchoring import PlacementKind, Reanchorer
from serge_desktop.core.sidecar import ArticleSidecar, CuratedEvent
from serge_desktop.services.category_rows import ensure_category
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
    """The article a newly parsed text is a version of: the same headline."""
    return m.Article.get_or_none(m.Article.headline == parsed.headline)


def create_article(
    slug: str,
    parsed: ParsedArticle,
    decoded: DecodedText,
    raw: bytes,
    source_name: str,
    sidecar: ArticleSidecar | None,
    events: tuple[ResolvedEvent, ...],
) -> m.Article:
    article = m.Article.create(
        slug=slug,
        headline=parsed.headline,
        standfirst=parsed.standfirst,
        publication=(sidecar.publication if sidecar else None) or parsed.publication,
        issue=(sidecar.issue if sidecar else None) or parsed.issue,
        series=_series(sidecar) or _parsed_series(parsed),
        subject=sidecar.subject if sidecar else None,
        author=parsed.author,
        published=parsed.published,
        source=parsed.source,
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
    article: m.Article, parsed: ParsedArticle, decoded: DecodedText, raw: bytes, source_name: str
) -> AddedRevision:
    """Store a changed text as the next revision and re-anchor every note and event to it.

    Every row records how it was placed. A placed one (exact, moved or approximate) moves to the
    new revision with the passage's new offsets, words and context; an unplaced one keeps its
    old revision, offsets and original quote, so nothing is ever dropped, and a later revision
    may place it again.
    """
    last = m.Revision.select(pw.fn.MAX(m.Revision.number)).where(m.Revision.article == article)
    number = (last.scalar() or 0) + 1
    revision = _write_revision(article, number, parsed, decoded, raw, source_name)
    placer = Reanchorer(parsed.body)  # cuts the new text into words once for all the anchors
    counts = dict.fromkeys((kind.value for kind in PlacementKind), 0)
    for row in (*article.notes, *article.events):
        if isinstance(row, m.Note) and not row.quote:
            # About the article or an event: no passage to find, it simply follows the text.
            row.revision = revision
            row.placement = PlacementKind.EXACT.value
            row.save()
            continue
        placement = placer.place(TextAnchor(row.quote, row.prefix, row.suffix, row.start, row.end))
        row.placement = placement.kind.value
        if placement.kind is not PlacementKind.UNPLACED:
            # The stored quote becomes the new words, so the next revision starts from them.
            anchor = make_anchor(parsed.body, placement.start, placement.end)
            row.revision = revision
            row.quote, row.prefix, row.suffix = anchor.quote, anchor.prefix, anchor.suffix
            row.start, row.end = anchor.start, anchor.end
        row.save()
        if isinstance(row, m.Note) and row.deleted_at is None and row.layer_id is None:
            counts[placement.kind.value] += 1
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


def _parsed_series(parsed: ParsedArticle) -> str | None:
    """The series a book names in its own metadata, worded as the sidecar's is."""
    if not parsed.series:
        return None
    return f"{parsed.series}, part {parsed.series_part}" if parsed.series_part else parsed.series


def _series(sidecar: ArticleSidecar | None) -> str | None:
    if sidecar is None or not sidecar.series:
        return None
    return (
        f"{sidecar.series}, part {sidecar.series_part}" if sidecar.series_part else sidecar.series
    )
