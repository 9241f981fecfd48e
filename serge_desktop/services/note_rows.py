"""Turns note rows into NoteViews, each note's tags loaded with one query for a whole list."""

from __future__ import annotations

import datetime as dt
import functools
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


@functools.lru_cache(maxsize=4096)  # a library has hundreds of tags, sorted per note listed
def _name_key(name: str) -> tuple[str, str, str]:
    # Accents and case set aside first (code point order would put "É" after "z"), then
    # accents, then the exact text, so that the order is total and the same on every run.
    folded = name.casefold()
    bare = "".join(c for c in unicodedata.normalize("NFD", folded) if not unicodedata.combining(c))
    return bare, folded, name


def outside_trash() -> pw.Expression:
    """The condition that keeps notes outside the trash, which SQLite never answers by index.

    Nearly every note is outside the trash, so looking up "deleted_at IS NULL" in the trash's
    index visits almost the whole table (a tenth of a second on 100,000 notes), yet without
    statistics SQLite may prefer it to the article's index, which finds the few hundred notes
    of one article at once. A unary plus keeps the column out of index lookups.
    """
    return pw.Expression(pw.NodeList((pw.SQL("+"), m.Note.deleted_at), glue=""), pw.OP.IS, None)


def own_notes() -> pw.Expression:
    """The condition that keeps the reader's own notes: no layer (a class pack's) holds them.

    Kept out of index lookups like ``outside_trash``: nearly every note is the reader's own.
    """
    return pw.Expression(pw.NodeList((pw.SQL("+"), m.Note.layer), glue=""), pw.OP.IS, None)


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
    for note_id, name in raw_rows(query):  # ids and names: nothing to convert
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


# What a NoteView shows of a note, in the order _view reads it. The dates are read as the text
# SQLite holds (a cast has no peewee converter) and parsed by _dated, faster than strptime.
_VIEW_COLUMNS = (
    m.Note.id, m.Note.article, m.Note.revision, m.Note.quote, m.Note.start, m.Note.end,
    m.Note.body, m.Note.color, m.Note.created_at.cast("TEXT"), m.Note.updated_at.cast("TEXT"),
    m.Note.deleted_at.cast("TEXT"), m.Note.placement, m.Note.event, m.Note.layer,
    m.Note.makes_card,
)  # fmt: skip
_DATES = (8, 9, 10)  # created_at, updated_at, deleted_at
_MAKES_CARD = 14


def note_views(where: Condition, *order_by: object) -> list[NoteView]:
    """The notes matching ``where`` in the given order, with their tags and placement.

    Three queries whatever the number of notes: the notes, all their tags, the revisions. The
    notes are read as plain values: a peewee model per row, and its dates parsed with strptime,
    cost more than SQLite's reading them (the 2,000 notes of a long study: 70 ms against 15).
    """
    query = m.Note.select(*_VIEW_COLUMNS).where(where).order_by(*order_by)
    rows = [_dated(row) for row in raw_rows(query)]
    if not rows:
        return []
    layer_ids = {row[13] for row in rows if row[13] is not None}
    tags = tags_by_note(where)
    if layer_ids:
        tags.update(layer_tags_by_note(where))
    authors = layer_authors(layer_ids)
    articles = {row[1] for row in rows}
    revisions = current_revision_ids(next(iter(articles)) if len(articles) == 1 else None)
    labels = event_labels({row[12] for row in rows if row[12] is not None})
    return [
        _view(row, revisions.get(row[1], 0), tags.get(row[0], ()), labels, authors) for row in rows
    ]


def raw_rows(query: pw.SelectQuery) -> list[tuple[Any, ...]]:
    """The query's rows as SQLite hands them over, without peewee's per-value converters.

    Those converters were half the CPU of listing 2,000 notes with their tags (40 ms, now 21).
    _VIEW_COLUMNS and tag rows are integers and text that need none, but for the dates and the
    flag that _dated converts.
    """
    sql, params = query.sql()
    cursor = query.model._meta.database.execute_sql(sql, params)  # type: ignore[attr-defined]
    return cast("list[tuple[Any, ...]]", cursor.fetchall())


def _dated(row: tuple[Any, ...]) -> tuple[Any, ...]:
    """The row with its dates as datetimes (they are stored as Python writes them)."""
    values = list(row)
    for index in _DATES:
        if isinstance(values[index], str):
            values[index] = _moment(values[index])
    values[_MAKES_CARD] = bool(values[_MAKES_CARD])  # SQLite's 0 or 1
    return tuple(values)


def _moment(text: str) -> dt.datetime:
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError:
        # peewee's own formats, for a date some older version wrote otherwise.
        parsed: dt.datetime = m.Note.created_at.python_value(text)  # type: ignore[no-untyped-call]
        return parsed


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
    n = note
    row = (
        n.id, n.article_id, n.revision_id, n.quote, n.start, n.end, n.body, n.color,
        n.created_at, n.updated_at, n.deleted_at, n.placement, n.event_id, n.layer_id,
        n.makes_card,
    )  # fmt: skip
    return _view(row, current_revision_id, tags, labels or {}, authors or {})


def _view(
    row: tuple[Any, ...],
    current_revision_id: int,
    tags: tuple[str, ...],
    labels: dict[int, str],
    authors: dict[int, str],
) -> NoteView:
    (note_id, article_id, revision_id, quote, start, end, body, color, created_at, updated_at,
     deleted_at, placement, event_id, layer_id, makes_card) = row  # fmt: skip
    is_placed = revision_id == current_revision_id
    return NoteView(
        id=note_id,
        article_id=article_id,
        is_placed=is_placed,
        quote=quote,
        start=start,
        end=end,
        body=body,
        color=color,
        created_at=created_at,
        updated_at=updated_at,
        # Callers never see the two disagree: a note left on an older revision is unplaced.
        placement=placement if is_placed else PlacementKind.UNPLACED.value,
        tags=tags,
        deleted_at=deleted_at,
        event_id=event_id,
        event_label=labels.get(event_id) if event_id is not None else None,
        # A layer note always has an author: a name lost somehow still marks it read-only.
        author=None if layer_id is None else authors.get(layer_id, "?"),
        makes_card=bool(makes_card),
    )
