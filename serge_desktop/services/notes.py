"""Creating, editing, deleting and restoring the reader's notes on passages."""

from __future__ import annotations

import peewee as pw

from serge_desktop.core.anchoring import make_anchor
from serge_desktop.core.reanchoring import PlacementKind
from serge_desktop.services.errors import (
    InvalidSpanError,
    NoteTooLongError,
    NotFoundError,
    StaleRevisionError,
    UnknownColorError,
)
from serge_desktop.services.library import current_revision
from serge_desktop.services.views import NoteView
from serge_desktop.storage import models as m
from serge_desktop.storage.database import write_transaction

# The highlight colours, in the order of their shortcuts (Ctrl+1 … Ctrl+5).
NOTE_COLORS: tuple[str, ...] = ("yellow", "green", "blue", "pink", "purple")
# About forty pages: far more than any note, small enough that a paste gone wrong (a whole book)
# is refused instead of filling the library and slowing every search.
MAX_NOTE_CHARS = 100_000


class NotesService:
    """Every write runs in one transaction; a deleted note goes to the trash, never away."""

    def __init__(self, db: pw.SqliteDatabase) -> None:
        self._db = db

    def list_notes(self, article_id: int) -> list[NoteView]:
        """The article's notes in text order (trashed notes left out)."""
        current = current_revision(article_id).id
        query = (
            m.Note.select()
            .where((m.Note.article == article_id) & m.Note.deleted_at.is_null())
            .order_by(m.Note.start, m.Note.end, m.Note.id)
        )
        return [_view(note, current) for note in query]

    def get_note(self, note_id: int) -> NoteView:
        return self._current_view(self._note(note_id))

    def create_note(
        self,
        *,
        article_id: int,
        revision_id: int,
        start: int,
        end: int,
        body: str = "",
        color: str | None = None,
    ) -> NoteView:
        """Anchor a new note to ``body[start:end]`` of the revision the reader is showing.

        That revision must still be the article's current one: offsets taken from an older
        text (another window or the command line imported a newer one meanwhile) would mark the
        wrong words.
        """
        _check_body(body)
        if color is not None and color not in NOTE_COLORS:
            raise UnknownColorError(color, NOTE_COLORS)
        with write_transaction(self._db):
            revision = current_revision(article_id)
            if revision.id != revision_id:
                raise StaleRevisionError(f"article {article_id} now has a newer revision")
            if not 0 <= start < end <= len(revision.body) or not revision.body[start:end].strip():
                raise InvalidSpanError(f"passage {start}..{end} is empty or outside the article")
            anchor = make_anchor(revision.body, start, end)
            note = m.Note.create(
                article=article_id,
                revision=revision,
                quote=anchor.quote,
                prefix=anchor.prefix,
                suffix=anchor.suffix,
                start=anchor.start,
                end=anchor.end,
                body=body,
                color=color,
            )
        return _view(note, revision.id)

    def update_body(self, *, note_id: int, body: str) -> NoteView:
        """Save a note's text; a note in the trash keeps the text too, for when it comes back."""
        _check_body(body)
        with write_transaction(self._db):
            note = m.Note.get_or_none(m.Note.id == note_id)
            if note is None:
                raise NotFoundError("note", note_id)
            if note.body != body:
                note.body = body
                note.updated_at = m.utc_now()
                note.save()
        return self._current_view(note)

    def delete_note(self, *, note_id: int) -> None:
        """Move a note to the trash; ``restore_note`` brings it back unchanged."""
        with write_transaction(self._db):
            self._set_deleted(note_id, deleted=True)

    def restore_note(self, *, note_id: int) -> NoteView:
        with write_transaction(self._db):
            return self._current_view(self._set_deleted(note_id, deleted=False))

    def _set_deleted(self, note_id: int, *, deleted: bool) -> m.Note:
        note = m.Note.get_or_none(m.Note.id == note_id)
        if note is None:
            raise NotFoundError("note", note_id)
        note.deleted_at = m.utc_now() if deleted else None
        note.save()
        return note

    def _note(self, note_id: int) -> m.Note:
        note = m.Note.get_or_none((m.Note.id == note_id) & m.Note.deleted_at.is_null())
        if note is None:
            raise NotFoundError("note", note_id)
        return note

    def _current_view(self, note: m.Note) -> NoteView:
        return _view(note, current_revision(note.article_id).id)


def _check_body(body: str) -> None:
    if len(body) > MAX_NOTE_CHARS:
        raise NoteTooLongError(len(body), MAX_NOTE_CHARS)


def _view(note: m.Note, current_revision_id: int) -> NoteView:
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
    )
