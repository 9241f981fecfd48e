"""Layers: other authors' notes from class packs, listed, shown or hidden, and exported."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import cast

import peewee as pw

from serge_desktop.services.changes import Changes
from serge_desktop.services.errors import NotFoundError
from serge_desktop.services.exports.identity import library_id
from serge_desktop.services.exports.records import ExportedNote, paragraph_number
from serge_desktop.services.library import LibraryService
from serge_desktop.services.note_rows import note_views, tuples
from serge_desktop.services.views import NoteView
from serge_desktop.storage import models as m
from serge_desktop.storage.database import write_transaction


@dataclass(frozen=True, slots=True)
class LayerView:
    id: int
    author: str
    source_name: str
    imported_at: dt.datetime
    is_visible: bool
    notes: int


class LayersService:
    def __init__(self, db: pw.SqliteDatabase) -> None:
        self._db = db

    def list_layers(self) -> list[LayerView]:
        """Every layer, by author then by when it came in, with its number of notes."""
        counts = dict(
            tuples(
                m.Note.select(m.Note.layer, pw.fn.COUNT(m.Note.id))
                .where(m.Note.layer.is_null(False))
                .group_by(m.Note.layer)
            )
        )
        query = m.Layer.select().order_by(pw.fn.lower(m.Layer.author), m.Layer.imported_at)
        return [
            LayerView(
                layer.id, layer.author, layer.source_name, layer.imported_at, layer.is_visible,
                int(counts.get(layer.id, 0)),
            )
            for layer in query
        ]  # fmt: skip

    def layer_notes(self, article_id: int, *, visible_only: bool = True) -> list[NoteView]:
        """The article's notes from layers, by author then in text order."""
        where = (m.Note.article == article_id) & m.Note.layer.is_null(False)
        if visible_only:
            visible = m.Layer.select(m.Layer.id).where(m.Layer.is_visible == True)  # noqa: E712
            where &= m.Note.layer.in_(visible)
        views = note_views(where, m.Note.start, m.Note.end, m.Note.id)
        return sorted(views, key=lambda n: ((n.author or "").casefold(), n.start, n.end, n.id))

    def set_author_visible(self, author: str, visible: bool) -> Changes:
        """Show or hide every layer by ``author``; the choice is kept in the library."""
        with write_transaction(self._db):
            m.Layer.update(is_visible=visible).where(m.Layer.author == author).execute()
        return Changes(layers=True)

    def remove_layer(self, layer_id: int) -> Changes:
        """Remove a layer and its notes (the pack can be imported again to bring them back)."""
        with write_transaction(self._db):
            if not m.Layer.delete().where(m.Layer.id == layer_id).execute():
                raise NotFoundError("layer", layer_id)
        return Changes(layers=True)

    def exported_layer_notes(self, authors: Sequence[str] | None = None) -> list[ExportedNote]:
        """The notes of these authors' layers (None: every layer), for one CSV, by article."""
        library = LibraryService(self._db)
        wanted = None if authors is None else {a.casefold() for a in authors}
        found: list[ExportedNote] = []
        for summary in library.list_articles():
            notes = [
                n for n in self.layer_notes(summary.id, visible_only=False)
                if wanted is None or (n.author or "").casefold() in wanted
            ]  # fmt: skip
            if not notes:
                continue
            article = library.article_view(summary.slug)
            context = _contexts([n.id for n in notes])
            source = m.Article.get_by_id(summary.id).source
            for note in notes:
                prefix, suffix = context.get(note.id, ("", ""))
                found.append(
                    ExportedNote(
                        note_id=note.id, article_slug=article.slug,
                        article_headline=article.headline, article_url=source,
                        quote=note.quote, prefix=prefix, suffix=suffix, start=note.start,
                        end=note.end, paragraph=paragraph_number(article, note),
                        body=note.body, tags=note.tags, color=note.color,
                        created=note.created_at, updated=note.updated_at, author=note.author,
                        event_label=note.event_label, library_id=library_id(self._db),
                    )
                )  # fmt: skip
        return found


def _contexts(note_ids: list[int]) -> dict[int, tuple[str, str]]:
    note_id = cast("pw.AutoField", m.Note.id)
    query = m.Note.select(note_id, m.Note.prefix, m.Note.suffix).where(note_id.in_(note_ids))
    return {row[0]: (row[1], row[2]) for row in tuples(query)}
