"""Every note and highlight in the library, filtered and read a page at a time."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from typing import cast

import peewee as pw

from serge_desktop.services.exports.options import NO_COLOR
from serge_desktop.services.library_listing import ArticleRef, article_refs
from serge_desktop.services.note_rows import note_views, tuples
from serge_desktop.services.views import NoteView
from serge_desktop.storage import models as m

ANY_AUTHOR = "*"  # the author filter's value for everyone's notes: the reader's and every layer's
PAGE_SIZE = 200  # a screen or two of rows; the next page is read as the reader scrolls
_FIRST_CHUNK = 8  # articles read at once for the by-article order, growing fourfold to …
_LAST_CHUNK = 512  # … this many


class NotesOrder(enum.Enum):
    NEWEST = "newest"  # the most recently written first
    ARTICLE = "article"  # article by article in the library's series order, in text order


@dataclass(frozen=True, slots=True)
class NotesFilter:
    """Which notes to list; every filter given must hold. The default: all the reader's own."""

    article_ids: tuple[int, ...] | None = None  # None: every article not in the trash
    series_id: int | None = None
    tag: str | None = None  # a tag's name, case ignored (a layer note's own tags count too)
    color: str | None = None  # a highlight colour, or NO_COLOR for notes without one
    author: str | None = None  # None: the reader's own; a layer's author; ANY_AUTHOR: all


@dataclass(frozen=True, slots=True)
class LibraryNote:
    """A note with the article it belongs to: enough to show it and to open its passage."""

    note: NoteView  # its article_id, start, end and is_placed say where its passage is
    article_slug: str
    article_title: str
    series: str | None
    part: int | None


@dataclass(frozen=True, slots=True)
class NotesCursor:
    """Where the next page starts: after this note (in the order of the page)."""

    note_id: int
    article_id: int
    start: int


@dataclass(frozen=True, slots=True)
class NotesPage:
    notes: tuple[LibraryNote, ...]
    next: NotesCursor | None  # None: this was the last page


class AllNotesService:
    """Reads only: notes are written through NotesService."""

    def __init__(self, db: pw.SqliteDatabase) -> None:
        self._db = db

    def page(
        self,
        notes_filter: NotesFilter = NotesFilter(),  # frozen: shared safely
        *,
        order: NotesOrder = NotesOrder.NEWEST,
        after: NotesCursor | None = None,
        limit: int = PAGE_SIZE,
    ) -> NotesPage:
        """The first ``limit`` notes after ``after`` (None: from the start) in ``order``.

        Each page costs a handful of queries whatever the library's size: the notes are read
        newest first by id, or article by article through the article_id index.
        """
        # By article, every read names the (live) articles it covers; newest first, the
        # condition itself must leave out the notes of articles in the trash.
        where = _condition(notes_filter, live_only=order is NotesOrder.NEWEST)
        with self._db.atomic():  # one state of the library for the ids and their views
            if order is NotesOrder.NEWEST:
                ids = self._newest(where, after, limit + 1)
            else:
                ids = self._by_article(where, notes_filter, after, limit + 1)
            more = len(ids) > limit
            ids = ids[:limit]
            notes = self._library_notes(ids)
        last = notes[-1].note if notes and more else None
        cursor = NotesCursor(last.id, last.article_id, last.start) if last is not None else None
        return NotesPage(tuple(notes), cursor)

    def count(self, notes_filter: NotesFilter = NotesFilter()) -> int:
        """How many notes the filter lets through, for a "1,234 notes" label."""
        return int(m.Note.select().where(_condition(notes_filter)).count())

    def _newest(self, where: pw.Expression, after: NotesCursor | None, limit: int) -> list[int]:
        if after is not None:
            where &= _note_id() < after.note_id
        query = m.Note.select(_note_id()).where(where).order_by(_note_id().desc()).limit(limit)
        return [row[0] for row in tuples(query)]

    def _by_article(
        self,
        where: pw.Expression,
        notes_filter: NotesFilter,
        after: NotesCursor | None,
        limit: int,
    ) -> list[int]:
        order = [a.id for a in self._articles(notes_filter)]
        if after is not None and after.article_id in order:
            order = order[order.index(after.article_id) :]
        ids: list[int] = []
        done, chunk = 0, _FIRST_CHUNK
        # Articles a few at a time, then more and more: a screen of notes usually comes from
        # the first few articles, while a filter few notes pass reaches the end in a few reads.
        while done < len(order) and len(ids) < limit:
            batch = order[done : done + chunk]
            done, chunk = done + len(batch), min(chunk * 4, _LAST_CHUNK)
            rank = {article_id: index for index, article_id in enumerate(batch)}
            condition = where & m.Note.article.in_(batch)
            if after is not None and batch[0] == after.article_id:
                passed = pw.Tuple(m.Note.start, _note_id()) <= pw.Tuple(after.start, after.note_id)
                condition &= ~((m.Note.article == after.article_id) & passed)
            query = m.Note.select(_note_id(), m.Note.article, m.Note.start).where(condition)
            rows = sorted(tuples(query), key=lambda row: (rank[row[1]], row[2], row[0]))
            ids += [row[0] for row in rows[: limit - len(ids)]]
        return ids

    def _articles(self, notes_filter: NotesFilter) -> list[ArticleRef]:
        return article_refs(self._db, article_ids=notes_filter.article_ids)

    def _library_notes(self, ids: Sequence[int]) -> list[LibraryNote]:
        if not ids:
            return []
        views = {view.id: view for view in note_views(_note_id().in_(list(ids)), _note_id())}
        wanted = sorted({view.article_id for view in views.values()})
        articles = {ref.id: ref for ref in article_refs(self._db, article_ids=wanted)}
        found = []
        for note_id in ids:
            view = views[note_id]
            ref = articles[view.article_id]
            found.append(LibraryNote(view, ref.slug, ref.title, ref.series, ref.part))
        return found


def _note_id() -> pw.AutoField:
    # BaseModel declares ``id: int`` for the type checker; here it is the column it is.
    return cast("pw.AutoField", m.Note.id)


def _unindexed(field: pw.Field) -> pw.NodeList:
    """``+column``: the same value, but no index on the column is chosen to find the rows.

    Without statistics SQLite takes "deleted_at IS NULL" or "layer_id IS NULL" for a rare
    value and walks that index over nearly every note; the notes are found by article (its
    index) or newest first (by id) instead, and these conditions checked on each.
    """
    return pw.NodeList((pw.SQL("+"), field), glue="")


def _condition(notes_filter: NotesFilter, *, live_only: bool = True) -> pw.Expression:
    f = notes_filter
    where: pw.Expression = _unindexed(m.Note.deleted_at).is_null()
    if live_only:
        trashed = m.Article.select(m.Article.id).where(m.Article.deleted_at.is_null(False))
        where &= m.Note.article.not_in(trashed)
    if f.article_ids is not None:
        where &= m.Note.article.in_(list(f.article_ids))
    if f.series_id is not None:
        where &= m.Note.article.in_(
            m.Article.select(m.Article.id).where(m.Article.series == f.series_id)
        )
    if f.author is None:
        where &= _unindexed(m.Note.layer).is_null()
    elif f.author != ANY_AUTHOR:
        where &= m.Note.layer.in_(m.Layer.select(m.Layer.id).where(m.Layer.author == f.author))
    if f.color == NO_COLOR:
        where &= m.Note.color.is_null()
    elif f.color is not None:
        where &= m.Note.color == f.color
    if f.tag is not None:
        own = (
            m.NoteTag.select(m.NoteTag.note)
            .join(m.Tag)
            .where(pw.fn.lower(m.Tag.name) == f.tag.strip().lower())
        )
        theirs = m.LayerTag.select(m.LayerTag.note).where(
            pw.fn.lower(m.LayerTag.name) == f.tag.strip().lower()
        )
        where &= _note_id().in_(own) | _note_id().in_(theirs)
    return where
