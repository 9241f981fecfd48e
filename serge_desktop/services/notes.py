"""Creating, editing, deleting and restoring the reader's notes on passages."""

from __future__ import annotations

import peewee as pw

from serge_desktop.core.anchoring import make_anchor
from serge_desktop.services.errors import InvalidSpanError, NotFoundError
from serge_desktop.services.library import current_revision
from serge_desktop.services.views import NoteView
from serge_desktop.storage import models as m


class NotesService:
    """Every write runs in one transaction; a deleted note goes to the trash, never away."""

    def __init__(self, db: pw.SqliteDatabase) -> None:
        self._db = db

    def list_notes(self, article_id: int) -> list[NoteView]:
        """The article's notes in text order (trashed notes left out)."""
        query = (
            m.Note.select()
            .where((m.Note.article == article_id) & m.Note.deleted_at.is_null())
            .order_by(m.Note.start, m.Note.end, m.Note.id)
        )
        return [_view(note) for note in query]

    def get_note(self, note_id: int) -> NoteView:
        return _view(self._note(note_id))

    def create_note(
        self, *, article_id: int, start: int, end: int, body: str = "", color: str | None = None
    ) -> NoteView:
        """Anchor a new note to ``body[start:end]`` of the article's current revision."""
        with self._db.atomic():
            revision = current_revision(article_id)
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
        return _view(note)

    def update_body(self, *, note_id: int, body: str) -> NoteView:
        with self._db.atomic():
            note = self._note(note_id)
            if note.body != body:
                note.body = body
                note.updated_at = m.utc_now()
                note.save()
        return _view(note)

    def delete_note(self, *, note_id: int) -> None:
        """Move a note to the trash; ``restore_note`` brings it back unchanged."""
        with self._db.atomic():
            self._set_deleted(note_id, deleted=True)

    def restore_note(self, *, note_id: int) -> NoteView:
        with self._db.atomic():
            return _view(self._set_deleted(note_id, deleted=False))

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


def _view(note: m.Note) -> NoteView:
    return NoteView(
        id=note.id,
        article_id=note.article_id,
        quote=note.quote,
        start=note.start,
        end=note.end,
        body=note.body,
        color=note.color,
        created_at=note.created_at,
        updated_at=note.updated_at,
    )
