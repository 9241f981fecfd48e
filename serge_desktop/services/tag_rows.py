"""Tag names: the rules a name follows, and finding, creating and attaching the tag rows."""

from __future__ import annotations

from collections.abc import Iterable
from typing import cast

import peewee as pw

from serge_desktop.core.text_form import nfc
from serge_desktop.services.errors import EmptyTagError, TagTooLongError
from serge_desktop.services.note_rows import tuples
from serge_desktop.storage import models as m

# Long enough for any real label ("Left Opposition, 1923–1928"), short enough that a paragraph
# pasted into the tag field by mistake is refused rather than shown in every completion list.
MAX_TAG_CHARS = 64
# BaseModel declares ``id: int`` for the type checker; here it is used as the column it is.
_NOTE_ID = cast("pw.AutoField", m.Note.id)
_BATCH = 500  # ids per statement, well under SQLite's limit on bound parameters


def clean_tag_name(name: str) -> str:
    """The name as stored: NFC, spaces trimmed and runs of spaces (tabs, newlines) made one.

    NFC so that an "é" typed on one keyboard and pasted from a decomposed PDF are one tag.
    """
    cleaned = " ".join(nfc(name).split())
    if not cleaned:
        raise EmptyTagError()
    if len(cleaned) > MAX_TAG_CHARS:
        raise TagTooLongError(cleaned, MAX_TAG_CHARS)
    return cleaned


def clean_tag_names(names: Iterable[str]) -> list[str]:
    """Each name cleaned, in the order given, without repeats (ignoring case)."""
    unique: dict[str, str] = {}
    for name in names:
        cleaned = clean_tag_name(name)
        unique.setdefault(cleaned.casefold(), cleaned)
    return list(unique.values())


def find_tag(name: str) -> m.Tag | None:
    """The tag called ``name`` ignoring case, or None.

    The column's NOCASE collation folds only A–Z, so "Émigrés" and "émigrés" would be two
    tags to SQLite; when its index finds nothing, the names are compared casefolded (a library
    holds hundreds of tags, and this runs only when a name is new).
    """
    tag = m.Tag.get_or_none(m.Tag.name == name)
    if tag is None:
        key = name.casefold()
        tag = next((t for t in m.Tag.select() if t.name.casefold() == key), None)
    return tag


def tag_for(name: str) -> tuple[m.Tag, bool]:
    """The tag called ``name`` (a cleaned name), created if missing; True if it was created."""
    tag = find_tag(name)
    if tag is not None:
        return tag, False
    return m.Tag.create(name=name), True


def notes_carrying(tag_id: int) -> tuple[int, ...]:
    """The ids of the notes the tag is on, trashed notes included."""
    query = m.NoteTag.select(m.NoteTag.note).where(m.NoteTag.tag == tag_id)
    return tuple(sorted(note_id for (note_id,) in tuples(query)))


def attach(tag_id: int, note_ids: Iterable[int]) -> None:
    """Put the tag on those of the notes that still exist and do not carry it yet."""
    for batch in pw.chunked(sorted(set(note_ids)), _BATCH):
        existing = m.Note.select(m.Note.id).where(_NOTE_ID.in_(batch))
        rows = [{"note": note_id, "tag": tag_id} for (note_id,) in tuples(existing)]
        if rows:
            # OR IGNORE skips the notes that carry it already (the composite primary key).
            m.NoteTag.insert_many(rows).on_conflict_ignore().execute()


def detach(tag_id: int, note_ids: Iterable[int]) -> None:
    """Take the tag off those of the notes that carry it."""
    for batch in pw.chunked(sorted(set(note_ids)), _BATCH):
        m.NoteTag.delete().where((m.NoteTag.tag == tag_id) & m.NoteTag.note.in_(batch)).execute()


def drop_if_unused(name: str) -> None:
    """Delete the tag if no note, not even one in the trash, carries it any more."""
    tag = find_tag(name)
    if tag is not None and not m.NoteTag.select().where(m.NoteTag.tag == tag.id).exists():
        tag.delete_instance()
