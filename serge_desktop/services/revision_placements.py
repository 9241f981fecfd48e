"""Placing an article's notes and events in its new revision, and writing them back in bulk."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import cast

import peewee as pw

from serge_desktop.core.anchoring import TextAnchor, make_anchor
from serge_desktop.core.reanchoring import PlacementKind, Reanchorer
from serge_desktop.services.note_rows import tuples
from serge_desktop.storage import models as m

# The columns an anchored row is placed by. A row whose quote is unchanged is written without
# it: the search index's triggers fire on an update that names the quote, and rewriting the
# index entry of every note in a long article would cost more than placing them.
_MOVED = (
    'UPDATE "{table}" SET "revision_id" = ?, "prefix" = ?, "suffix" = ?, "start" = ?, '
    '"end" = ?, "placement" = ? WHERE "id" = ?'
)
_REWORDED = (
    'UPDATE "{table}" SET "revision_id" = ?, "quote" = ?, "prefix" = ?, "suffix" = ?, '
    '"start" = ?, "end" = ?, "placement" = ? WHERE "id" = ?'
)
_UNPLACED = 'UPDATE "{table}" SET "placement" = ? WHERE "id" = ?'


@dataclass(frozen=True, slots=True)
class _Anchored:
    """One note or event as read for placing: its id, anchor, and whether it counts."""

    row_id: int
    anchor: TextAnchor
    counted: bool  # a note of the reader's own, not in the trash


def place_in_revision(
    db: pw.SqliteDatabase, article_id: int, revision_id: int, body: str, previous: str | None
) -> dict[str, int]:
    """Place every note and event of the article in ``body``, the new revision's text.

    A placed row (exact, moved or approximate) moves to the new revision with the passage's new
    offsets, words and context; an unplaced one keeps its old revision, offsets and original
    quote, so nothing is ever dropped, and a later revision may place it again. A note without
    a passage (about the article or an event) simply follows the text. ``previous`` is the text
    the rows were last placed in (the article's current revision before this one), which lets
    most of them follow their words through one diff. Returns the notes not in the trash, by
    placement, every kind present. Call inside the import's write transaction.
    """
    placer = Reanchorer(body, previous=previous)
    counts = dict.fromkeys((kind.value for kind in PlacementKind), 0)
    notes, about = _notes(article_id)
    _write(db, "note", revision_id, body, placer, notes, counts)
    _write(db, "timeline_event", revision_id, body, placer, _events(article_id), counts)
    if about:
        m.Note.update(revision=revision_id, placement=PlacementKind.EXACT.value).where(
            cast("pw.AutoField", m.Note.id).in_(about)
        ).execute()
    return counts


def _notes(article_id: int) -> tuple[list[_Anchored], list[int]]:
    query = m.Note.select(
        m.Note.id, m.Note.quote, m.Note.prefix, m.Note.suffix, m.Note.start, m.Note.end,
        m.Note.deleted_at, m.Note.layer,
    ).where(m.Note.article == article_id)  # fmt: skip
    anchored, about = [], []
    for note_id, quote, prefix, suffix, start, end, deleted_at, layer in tuples(query):
        if not quote:
            about.append(note_id)
            continue
        counted = deleted_at is None and layer is None
        anchored.append(_Anchored(note_id, TextAnchor(quote, prefix, suffix, start, end), counted))
    return anchored, about


def _events(article_id: int) -> list[_Anchored]:
    event = m.TimelineEvent
    query = event.select(
        event.id, event.quote, event.prefix, event.suffix, event.start, event.end
    ).where(event.article == article_id)
    return [
        _Anchored(row_id, TextAnchor(quote, prefix, suffix, start, end), counted=False)
        for row_id, quote, prefix, suffix, start, end in tuples(query)
    ]


def _write(
    db: pw.SqliteDatabase,
    table: str,
    revision_id: int,
    body: str,
    placer: Reanchorer,
    rows: Sequence[_Anchored],
    counts: dict[str, int],
) -> None:
    moved: list[tuple[object, ...]] = []
    reworded: list[tuple[object, ...]] = []
    unplaced: list[tuple[object, ...]] = []
    for row in rows:
        placement = placer.place(row.anchor)
        kind = placement.kind.value
        if row.counted:
            counts[kind] += 1
        if placement.kind is PlacementKind.UNPLACED:
            unplaced.append((kind, row.row_id))
            continue
        # The stored quote becomes the new words, so the next revision starts from them.
        new = make_anchor(body, placement.start, placement.end)
        place = (new.prefix, new.suffix, new.start, new.end, kind, row.row_id)
        if new.quote == row.anchor.quote:
            moved.append((revision_id, *place))
        else:
            reworded.append((revision_id, new.quote, *place))
    connection = db.connection()  # type: ignore[no-untyped-call]
    for sql, values in ((_MOVED, moved), (_REWORDED, reworded), (_UNPLACED, unplaced)):
        if values:
            connection.executemany(sql.format(table=table), values)
