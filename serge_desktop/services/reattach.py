"""Attaching a note whose passage was not found again to a passage the reader chooses."""

from __future__ import annotations

from dataclasses import dataclass

import peewee as pw

from serge_desktop.services.changes import Changes
from serge_desktop.services.library import anchor_in_current
from serge_desktop.services.note_rows import one_note_view
from serge_desktop.services.packs.errors import ReadOnlyNoteError
from serge_desktop.services.views import NoteView
from serge_desktop.storage import models as m
from serge_desktop.storage.database import write_transaction


@dataclass(frozen=True, slots=True)
class NoteAnchor:
    """Everything that places a note in a text: enough to put it back exactly (undo)."""

    revision_id: int
    quote: str
    prefix: str
    suffix: str
    start: int
    end: int
    placement: str


@dataclass(frozen=True, slots=True)
class AnchorChange:
    note_id: int
    before: NoteAnchor
    after: NoteAnchor
    note: NoteView

    @property
    def changes(self) -> Changes:
        return Changes(notes=True, note_id=self.note_id)


class ReattachService:
    def __init__(self, db: pw.SqliteDatabase) -> None:
        self._db = db

    def attach(self, *, note_id: int, revision_id: int, start: int, end: int) -> AnchorChange:
        """Anchor the note to ``[start, end)`` of the current revision the reader is showing.

        The note keeps its text, tags and history; only its passage changes, and it counts as
        exactly placed from now on.
        """
        with write_transaction(self._db):
            note = m.Note.get_by_id(note_id)
            if note.layer_id is not None:
                raise ReadOnlyNoteError(note_id)
            revision, anchor = anchor_in_current(note.article_id, revision_id, start, end)
            before = _anchor_of(note)
            after = NoteAnchor(
                revision.id, anchor.quote, anchor.prefix, anchor.suffix, anchor.start,
                anchor.end, "exact",
            )  # fmt: skip
            _apply(note, after)
            return AnchorChange(note_id, before, after, one_note_view(note))

    def restore(self, *, note_id: int, anchor: NoteAnchor) -> NoteView:
        """Put a note back on a passage it had (undo of ``attach``)."""
        with write_transaction(self._db):
            note = m.Note.get_by_id(note_id)
            _apply(note, anchor)
            return one_note_view(note)


def _anchor_of(note: m.Note) -> NoteAnchor:
    return NoteAnchor(
        note.revision_id, note.quote, note.prefix, note.suffix, note.start, note.end,
        note.placement,
    )  # fmt: skip


def _apply(note: m.Note, anchor: NoteAnchor) -> None:
    note.revision_id = anchor.revision_id
    note.quote, note.prefix, note.suffix = anchor.quote, anchor.prefix, anchor.suffix
    note.start, note.end, note.placement = anchor.start, anchor.end, anchor.placement
    note.updated_at = m.utc_now()
    note.save()
