"""Creating, editing, recolouring, deleting and restoring the reader's notes on passages."""

from __future__ import annotations

from collections.abc import Sequence

import peewee as pw

from serge_desktop.core.text_form import nfc
from serge_desktop.services.cards.sources import follow_note
from serge_desktop.services.changes import Changes
from serge_desktop.services.errors import (
    EmptyQuoteError,
    NoteTooLongError,
    NotFoundError,
    QuoteNotFoundError,
    UnknownColorError,
)
from serge_desktop.services.library import anchor_in_current, current_revision
from serge_desktop.services.note_rows import (
    note_views,
    one_note_view,
    outside_trash,
    own_notes,
    raw_rows,
)
from serge_desktop.services.note_versions import keep_replaced_text, version_of, versions_of
from serge_desktop.services.packs.errors import ReadOnlyNoteError
from serge_desktop.services.tag_rows import attach, clean_tag_names, tag_for
from serge_desktop.services.views import (
    HighlightView,
    NoteColorChange,
    NoteVersionView,
    NoteView,
    QuoteSpan,
)
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
        """The article's notes in text order (trashed notes left out), with their tags."""
        current_revision(article_id)  # an unknown article is an error, not an empty list
        return note_views(
            (m.Note.article == article_id) & outside_trash() & own_notes(),
            m.Note.start,
            m.Note.end,
            m.Note.id,
        )

    def list_highlights(self, article_id: int) -> list[HighlightView]:
        """The highlights of the article's own notes placed in its current text, in text order.

        What the reader draws of ``list_notes(article_id)`` (its notes whose ``marks_text``),
        read in one query without tags, dates or NoteViews: the window draws the article with
        them at once and fills the notes list after its first paint.
        """
        revision = current_revision(article_id)
        query = (
            m.Note.select(m.Note.id, m.Note.start, m.Note.end, m.Note.color, m.Note.body)
            .where(
                (m.Note.article == article_id)
                & outside_trash()
                & own_notes()
                & (m.Note.revision == revision.id)
                & (m.Note.quote != "")
                & m.Note.event.is_null()
            )
            .order_by(m.Note.start, m.Note.end, m.Note.id)
        )
        return [HighlightView._make(row) for row in raw_rows(query)]

    def list_trash(self, article_id: int | None = None) -> list[NoteView]:
        """Notes in the trash, of one article or of all, the most recently deleted first."""
        where = m.Note.deleted_at.is_null(False) & own_notes()
        if article_id is not None:
            where &= m.Note.article == article_id
        return note_views(where, m.Note.deleted_at.desc(), pw.Ordering(m.Note.id, "DESC"))

    def get_note(self, note_id: int) -> NoteView:
        return one_note_view(self._note(note_id))

    def find_quote(self, *, article_id: int, quote: str) -> QuoteSpan:
        """Where the quoted words (spaces around them ignored) first occur in the current text."""
        words = nfc(quote).strip()  # its words (as the text stores them), not the spaces around
        if not words:
            raise EmptyQuoteError("the quote is empty")
        revision = current_revision(article_id)
        start = revision.body.find(words)
        if start < 0:
            raise QuoteNotFoundError(words)
        is_unique = revision.body.find(words, start + 1) < 0
        return QuoteSpan(revision.id, start, start + len(words), is_unique)

    def create_note(
        self,
        *,
        article_id: int,
        revision_id: int,
        start: int,
        end: int,
        body: str = "",
        color: str | None = None,
        tags: Sequence[str] = (),
    ) -> NoteView:
        """Anchor a new note to ``body[start:end]`` of the revision the reader is showing.

        That revision must still be the article's current one: offsets taken from an older
        text (another window or the command line imported a newer one meanwhile) would mark the
        wrong words. The note and its tags are written together or not at all.
        """
        body = nfc(body)
        _check_body(body)
        _check_color(color)
        names = clean_tag_names(tags)
        with write_transaction(self._db):
            revision, anchor = anchor_in_current(article_id, revision_id, start, end)
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
            for name in names:
                attach(tag_for(name)[0].id, [note.id])
            follow_note(self._db, note.id)
            return one_note_view(note)

    def create_note_about(
        self,
        *,
        article_id: int,
        event_id: int | None = None,
        body: str = "",
        tags: Sequence[str] = (),
    ) -> NoteView:
        """A note on the whole article, or on one of its timeline events: no passage of its own.

        It has no quote and no offsets; it follows the article from revision to revision.
        """
        body = nfc(body)
        _check_body(body)
        names = clean_tag_names(tags)
        with write_transaction(self._db):
            revision = current_revision(article_id)
            if event_id is not None and not (
                m.TimelineEvent.select()
                .where((m.TimelineEvent.id == event_id) & (m.TimelineEvent.article == article_id))
                .exists()
            ):
                raise NotFoundError("event", event_id)
            note = m.Note.create(
                article=article_id,
                revision=revision,
                quote="",
                prefix="",
                suffix="",
                start=0,
                end=0,
                body=body,
                event=event_id,
            )
            for name in names:
                attach(tag_for(name)[0].id, [note.id])
            follow_note(self._db, note.id)
            return one_note_view(note)

    def update_body(self, *, note_id: int, body: str) -> NoteView:
        """Save a note's text; a note in the trash keeps the text too, for when it comes back.

        The text replaced may be kept as a version: see ``note_versions`` for when.
        """
        body = nfc(body)
        _check_body(body)
        with write_transaction(self._db):
            note = self._own_note(note_id)
            if note.body != body:
                now = m.utc_now()
                keep_replaced_text(note, now)
                note.body = body
                note.updated_at = now
                note.save()
                follow_note(self._db, note.id)
            return one_note_view(note)

    def set_color(self, *, note_id: int, color: str | None) -> NoteColorChange:
        """Recolour a note's highlight (None: no colour); undo sets ``before`` again."""
        _check_color(color)
        with write_transaction(self._db):
            note = self._own_note(note_id)
            before = note.color
            if before != color:
                note.color = color
                note.updated_at = m.utc_now()
                # Only these columns, so the search index (body, quote) is not rewritten.
                note.save(only=[m.Note.color, m.Note.updated_at])
                follow_note(self._db, note.id)
            return NoteColorChange(note_id, before, color, one_note_view(note))

    def set_makes_card(self, *, note_id: int, makes_card: bool) -> NoteView:
        """Mark a note "Make a card" (or not): its card is made, or retired, with it."""
        with write_transaction(self._db):
            note = self._own_note(note_id)
            if note.makes_card != makes_card:
                note.makes_card = makes_card
                note.save(only=[m.Note.makes_card])
                follow_note(self._db, note.id)
            return one_note_view(note)

    def history(self, note_id: int) -> list[NoteVersionView]:
        """The note's earlier texts, newest first; the current text is ``get_note(…).body``."""
        self._any_note(note_id)
        return versions_of(note_id)

    def restore_version(self, *, note_id: int, version_id: int) -> NoteView:
        """Make an earlier text current again, keeping the current one as a version first."""
        with write_transaction(self._db):
            note = self._own_note(note_id)
            version = version_of(note_id, version_id)
            if version is None:
                raise NotFoundError("version of note", version_id)
            if note.body != version.body:
                now = m.utc_now()
                keep_replaced_text(note, now, force=True)
                note.body = version.body
                note.updated_at = now
                note.save()
                follow_note(self._db, note.id)
            return one_note_view(note)

    def copy_to_own(self, *, note_id: int) -> NoteView:
        """A new note of the reader's with a layer note's passage, text and colour.

        The copy is the reader's to change; the layer note stays as its author wrote it.
        """
        with write_transaction(self._db):
            source = self._any_note(note_id)
            if source.deleted_at is not None:
                raise NotFoundError("note", note_id)
            copy = m.Note.create(
                article=source.article_id,
                revision=source.revision_id,
                quote=source.quote,
                prefix=source.prefix,
                suffix=source.suffix,
                start=source.start,
                end=source.end,
                body=source.body,
                color=source.color,
                placement=source.placement,
                event=source.event_id,
            )
            follow_note(self._db, copy.id)
            return one_note_view(copy)

    def delete_note(self, *, note_id: int) -> Changes:
        """Move a note to the trash; ``restore_note`` brings it back unchanged."""
        with write_transaction(self._db):
            self._set_deleted(note_id, deleted=True)
        return Changes(notes=True)

    def restore_note(self, *, note_id: int) -> NoteView:
        with write_transaction(self._db):
            return one_note_view(self._set_deleted(note_id, deleted=False))

    def empty_trash(self, article_id: int | None = None) -> int:
        """Delete the notes in the trash for good (with their tags' links and versions).

        Returns how many went. Cannot be undone: the window asks before calling this.
        """
        where = m.Note.deleted_at.is_null(False) & own_notes()
        if article_id is not None:
            where &= m.Note.article == article_id
        with write_transaction(self._db):
            return int(m.Note.delete().where(where).execute())

    def _set_deleted(self, note_id: int, *, deleted: bool) -> m.Note:
        note = self._own_note(note_id)
        note.deleted_at = m.utc_now() if deleted else None
        note.save()
        follow_note(self._db, note.id)  # its card is set aside in the trash with it, and comes back
        return note

    def _note(self, note_id: int) -> m.Note:
        """A note outside the trash."""
        note = m.Note.get_or_none((m.Note.id == note_id) & m.Note.deleted_at.is_null())
        if note is None:
            raise NotFoundError("note", note_id)
        return note

    def _own_note(self, note_id: int) -> m.Note:
        """A note of the reader's that may be changed: a layer note is someone else's."""
        note = self._any_note(note_id)
        if note.layer_id is not None:
            raise ReadOnlyNoteError(note_id)
        return note

    def _any_note(self, note_id: int) -> m.Note:
        """A note in the trash or not: edits and undo work on either."""
        note = m.Note.get_or_none(m.Note.id == note_id)
        if note is None:
            raise NotFoundError("note", note_id)
        return note


def _check_body(body: str) -> None:
    if len(body) > MAX_NOTE_CHARS:
        raise NoteTooLongError(len(body), MAX_NOTE_CHARS)


def _check_color(color: str | None) -> None:
    if color is not None and color not in NOTE_COLORS:
        raise UnknownColorError(color, NOTE_COLORS)
