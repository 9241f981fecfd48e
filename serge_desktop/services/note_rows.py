"""Turns note rows into NoteViews, each note's tags loaded with one query for a whole list."""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from typing import Any, cast

import peewee as pw

from serge_desktop.core.reanchoring import PlacementKind
from serge_desktop.services.views import NoteView
from serge_desktop.storage import models as m

# A condition on Note; ``Note.id == x`` reads as bool to mypy (BaseModel declares ``id: int``).
Condition = pw.Expression | bool


def tuples(query: pw.SelectQuery) -> Iterator[tuple[Any, ...]]:
    """The query's rows as tuples (peewee-stubs type ``.tuples()`` as yielding models)."""
    return iter(cast("Iterable[tuple[Any, ...]]", query.tuples()))


def sorted_names(names: Iterable[str]) -> tuple[str, ...]:
    """Tag names in the order a reader expects: "Émigrés" among the E's, "exile" by "Exile"."""
    return tuple(sorted(names, key=_name_key))


def _name_key(name: str) -> tuple[str, str, str]:
    # Accents and case set aside first (code point order would put "É" after "z"), then
    # accents, then the exact text, so that the order is total and the same on every run.
    folded = name.casefold()
    bare = "".join(c for c in unicodedata.normalize("NFD", folded) if not unicodedata.combining(c))
    return bare, folded, name


def own_notes() -> pw.Expression:
    """The condition that keeps the reader's own notes: no layer (a class pack's) holds them."""
    return m.Note.layer.is_null()


def tags_by_note(notes: Condition) -> dict[int, tuple[str, ...]]:
    """The tags of every note matching ``notes`` (a condition on Note), in one query."""
    query = (
        m.NoteTag.select(m.NoteTag.note, m.Tag.name)
        .join(m.Tag)
        .switch(m.NoteTag)
        .join(m.Note)
        .where(notes)
    )
    found: defaultdict[int, list[str]] = defaultdict(list)
    for note_id, name in tuples(query):
        found[note_id].append(name)
    return {note_id: sorted_names(names) for note_id, names in found.items()}


def current_revision_ids(article_id: int | None = None) -> dict[int, int]:
    """Each article's newest revision id, for one article or for the whole library."""
    query = m.Revision.select(
        m.Revision.article, m.Revision.id, pw.fn.MAX(m.Revision.number)
    ).group_by(m.Revision.article)
    if article_id is not None:
        query = query.where(m.Revision.article == article_id)
    # SQLite takes the bare column "id" from the row that holds the MAX(number) of its group.
    return {article: revision for article, revision, _number in tuples(query)}


def note_views(where: Condition, *order_by: object) -> list[NoteView]:
    """The notes matching ``where`` in the given order, with their tags and placement.

    Three queries whatever the number of notes: the notes, all their tags, the revisions.
    """
    rows = list(m.Note.select().where(where).order_by(*order_by))
    if not rows:
        return []
    layer_ids = {n.layer_id for n in rows if n.layer_id is not None}
    tags = tags_by_note(where)
    if layer_ids:
        tags.update(layer_tags_by_note(where))
    authors = layer_authors(layer_ids)
    articles = {note.article_id for note in rows}
    revisions = current_revision_ids(next(iter(articles)) if len(articles) == 1 else None)
    labels = event_labels({n.event_id for n in rows if n.event_id is not None})
    return [
        note_view(n, revisions.get(n.article_id, 0), tags.get(n.id, ()), labels, authors)
        for n in rows
    ]


def layer_tags_by_note(notes: Condition) -> dict[int, tuple[str, ...]]:
    """The tags layer notes came with (kept apart from the reader's tags), in one query."""
    query = m.LayerTag.select(m.LayerTag.note, m.LayerTag.name).join(m.Note).where(notes)
    found: defaultdict[int, list[str]] = defaultdict(list)
    for note_id, name in tuples(query):
        found[note_id].append(name)
    return {note_id: sorted_names(names) for note_id, names in found.items()}


def layer_authors(layer_ids: set[int]) -> dict[int, str]:
    """Who wrote each of these layers, in one query."""
    if not layer_ids:
        return {}
    layer_id = cast("pw.AutoField", m.Layer.id)
    query = m.Layer.select(layer_id, m.Layer.author).where(layer_id.in_(sorted(layer_ids)))
    return {layer.id: layer.author for layer in query}


def event_labels(event_ids: set[int]) -> dict[int, str]:
    """The labels of these timeline events, in one query."""
    if not event_ids:
        return {}
    # BaseModel declares ``id: int`` for the type checker; here it is used as the column it is.
    event_id = cast("pw.AutoField", m.TimelineEvent.id)
    query = m.TimelineEvent.select(event_id, m.TimelineEvent.label).where(
        event_id.in_(sorted(event_ids))
    )
    return {event.id: event.label for event in query}


def one_note_view(note: m.Note) -> NoteView:
    """The view of one note row just read or written, with its tags."""
    if note.layer_id is None:
        tags = tags_by_note(m.Note.id == note.id).get(note.id, ())
    else:
        tags = layer_tags_by_note(m.Note.id == note.id).get(note.id, ())
    revision = current_revision_ids(note.article_id).get(note.article_id, 0)
    labels = event_labels({note.event_id} if note.event_id is not None else set())
    authors = layer_authors({note.layer_id} if note.layer_id is not None else set())
    return note_view(note, revision, tags, labels, authors)


def note_view(
    note: m.Note,
    current_revision_id: int,
    tags: tuple[str, ...] = (),
    labels: dict[int, str] | None = None,
    authors: dict[int, str] | None = None,
) -> NoteView:
    is_placed = note.revision_id == current_revision_id
    return NoteView(
        id=note.id,
        article_id=note.article_id,
        is_placed=is_placed,
        quote=note.quote,
        start=note.start,
        end=note.end,
        body=note.body,
        color=note.color,
        created_at=note.created_at,
        updated_at=note.updated_at,
        # Callers never see the two disagree: a note left on an older revision is unplaced.
        placement=note.placement if is_placed else PlacementKind.UNPLACED.value,
        tags=tags,
        deleted_at=note.deleted_at,
        event_id=note.event_id,
        event_label=(labels or {}).get(note.event_id) if note.event_id is not None else None,
        # A layer note always has an author: a name lost somehow still marks it read-only.
        author=None if note.layer_id is None else (authors or {}).get(note.layer_id, "?"),
        makes_card=note.makes_card,
    )
