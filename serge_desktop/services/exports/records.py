"""The notes an export writes, each with everything a format needs, chosen by ExportOptions."""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

import peewee as pw

from serge_desktop.services.exports.options import NO_COLOR, ExportOptions
from serge_desktop.services.note_rows import tuples
from serge_desktop.services.views import ArticleView, NoteView
from serge_desktop.storage import models as m

if TYPE_CHECKING:
    from serge_desktop.services.workspace import Workspace


@dataclass(frozen=True, slots=True)
class ExportedNote:
    """One note as exports see it: its passage with context, its article, and who wrote it."""

    note_id: int
    article_slug: str
    article_headline: str
    article_url: str | None  # where the article came from, when it says (a URL or citation)
    quote: str  # empty for a note on the whole article or on a timeline event
    prefix: str
    suffix: str
    start: int  # offsets into the article's body (of the current revision when placed)
    end: int
    paragraph: int | None  # 1-based ("¶ 12"); None when the passage is not in the current text
    body: str  # Markdown
    tags: tuple[str, ...]
    color: str | None
    created: dt.datetime
    updated: dt.datetime
    author: str | None  # None: the reader's own note; a name: from a class pack's layer
    event_label: str | None  # the timeline event the note is about, if any
    library_id: str = ""  # the library it was exported from, for ids stable across exports


def selected_articles(workspace: Workspace, options: ExportOptions) -> list[ArticleView]:
    """The articles the export covers, in library order (or in the order the slugs name them).

    A scope gives a series' articles in their part order; articles in the trash are never in it.
    """
    if options.scope is not None:
        library = workspace.library
        return [library.article_view_by_id(i) for i in library.article_ids(options.scope)]
    if options.article_slugs is None:
        slugs: Iterable[str] = (a.slug for a in workspace.library.list_articles())
    else:
        slugs = options.article_slugs
    return [workspace.library.article_view(slug) for slug in slugs]


def exported_notes(
    workspace: Workspace,
    options: ExportOptions,
    articles: Sequence[ArticleView] | None = None,
) -> list[ExportedNote]:
    """The notes the options select, article by article, each article's in text order."""
    if articles is None:
        articles = selected_articles(workspace, options)
    library = workspace.library_id()
    found: list[ExportedNote] = []
    for article in articles:
        notes = workspace.notes.list_notes(article.id)
        if options.include_layers:
            notes += workspace.layers.layer_notes(article.id, visible_only=True)
            notes.sort(key=lambda note: note.start)  # stable: own notes first at one place
        notes = [n for n in notes if _passes(n, options)]
        context = _contexts([n.id for n in notes])
        source = article_source(article.id)
        for note in notes:
            prefix, suffix = context.get(note.id, ("", ""))
            found.append(
                ExportedNote(
                    note_id=note.id,
                    article_slug=article.slug,
                    article_headline=article.headline,
                    article_url=source,
                    quote=note.quote,
                    prefix=prefix,
                    suffix=suffix,
                    start=note.start,
                    end=note.end,
                    paragraph=paragraph_number(article, note),
                    body=note.body,
                    tags=note.tags,
                    color=note.color,
                    created=note.created_at,
                    updated=note.updated_at,
                    author=note.author,
                    event_label=note.event_label,
                    library_id=library,
                )
            )
    return found


def paragraph_number(article: ArticleView, note: NoteView) -> int | None:
    """The 1-based paragraph the note's passage starts in, if it is in the current text."""
    if not note.marks_text:
        return None
    paragraphs = article.paragraphs  # in text order: found by bisection, not one by one
    at = bisect.bisect_right(paragraphs, note.start, key=lambda p: p.start) - 1
    if at >= 0 and paragraphs[at].start <= note.start < paragraphs[at].end:
        return paragraphs[at].index + 1
    return None


def _passes(note: NoteView, options: ExportOptions) -> bool:
    if note.author is not None and not options.include_layers:
        return False
    if options.tags:
        wanted = {tag.casefold() for tag in options.tags}
        if not wanted.intersection(tag.casefold() for tag in note.tags):
            return False
    if options.colors and (note.color or NO_COLOR) not in options.colors:
        return False
    if options.changed_since is not None:
        since = options.changed_since
        if since.tzinfo is None:  # a time the reader typed: their own clock's
            since = since.astimezone()
        if max(note.created_at, note.updated_at) < since:
            return False
    return True


def _contexts(note_ids: list[int]) -> dict[int, tuple[str, str]]:
    """The words before and after each note's passage (NoteView does not carry them)."""
    if not note_ids:
        return {}
    note_id = cast("pw.AutoField", m.Note.id)
    query = m.Note.select(note_id, m.Note.prefix, m.Note.suffix).where(note_id.in_(note_ids))
    return {row[0]: (row[1], row[2]) for row in tuples(query)}


def article_source(article_id: int) -> str | None:
    article = m.Article.get_or_none(m.Article.id == article_id)
    return None if article is None else article.source
