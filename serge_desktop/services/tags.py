"""Tags on notes: put on and taken off, renamed, merged and deleted, each with its inverse."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import peewee as pw

from serge_desktop.services.errors import NotFoundError
from serge_desktop.services.note_rows import one_note_view, outside_trash, sorted_names, tuples
from serge_desktop.services.packs.errors import ReadOnlyNoteError
from serge_desktop.services.tag_rows import (
    attach,
    clean_tag_name,
    clean_tag_names,
    detach,
    drop_if_unused,
    find_tag,
    notes_carrying,
    tag_for,
)
from serge_desktop.services.tag_views import NoteTagsChange, TagDeleted, TagRenamed, TagView
from serge_desktop.storage import models as m
from serge_desktop.storage.database import write_transaction

# Each tag's notes outside the trash: all its notes (read from the tag index alone) less those in
# the trash (found through the trash's own index; they are few). Checking every tagged note's row
# for deleted_at instead read a page of the note table per tagged note: a second on 100,000 notes.
# CROSS JOIN keeps SQLite from starting at the tags and looking up each of their notes.
_TAG_COUNTS = """
SELECT t.name, coalesce(every.n, 0) - coalesce(trashed.n, 0)
FROM tag AS t
LEFT JOIN (SELECT tag_id, count(*) AS n FROM note_tag GROUP BY tag_id) AS every
       ON every.tag_id = t.id
LEFT JOIN (SELECT nt.tag_id, count(*) AS n
           FROM note AS n CROSS JOIN note_tag AS nt ON nt.note_id = n.id
           WHERE n.deleted_at IS NOT NULL GROUP BY nt.tag_id) AS trashed
       ON trashed.tag_id = t.id
"""

# Given a note's tags before an edit, the names it should carry after (cleaned, no repeats).
_Edit = Callable[[tuple[str, ...]], list[str]]


class TagsService:
    """Names are trimmed and unique ignoring case; every write is one transaction.

    Notes in the trash keep their tags and take part in renames, merges and deletions, so a
    note restored later carries what a note outside the trash would. Tags outlive their notes
    (they stay offered for completion) until deleted.
    """

    def __init__(self, db: pw.SqliteDatabase) -> None:
        self._db = db

    def list_tags(self) -> list[TagView]:
        """Every tag, sorted ignoring case, with how many notes outside the trash carry it."""
        cursor = self._db.execute_sql(_TAG_COUNTS)  # type: ignore[no-untyped-call]
        counts: dict[str, int] = dict(cursor.fetchall())
        return [TagView(name=name, notes=counts[name]) for name in sorted_names(counts)]

    def tag_names(self) -> list[str]:
        """Every tag's name, sorted ignoring case: a filter's choices, without counting notes."""
        return list(sorted_names(name for (name,) in tuples(m.Tag.select(m.Tag.name))))

    def add_tags(self, *, note_id: int, names: Sequence[str]) -> NoteTagsChange:
        """Put tags on a note, creating those that do not exist; names it has are left alone."""
        added = clean_tag_names(names)
        return self._edit(note_id, lambda before: clean_tag_names([*before, *added]))

    def remove_tags(self, *, note_id: int, names: Sequence[str]) -> NoteTagsChange:
        """Take tags off a note (names it does not carry are ignored); the tags themselves stay."""
        gone = {name.casefold() for name in clean_tag_names(names)}
        return self._edit(
            note_id, lambda before: [name for name in before if name.casefold() not in gone]
        )

    def set_note_tags(
        self, *, note_id: int, names: Sequence[str], drop_unused: Sequence[str] = ()
    ) -> NoteTagsChange:
        """Give a note exactly these tags: what a tag field saves, and the undo of every edit.

        ``drop_unused`` names tags to delete afterwards if no note carries them any more (the
        ``created`` of the edit being undone).
        """
        wanted = clean_tag_names(names)
        return self._edit(note_id, lambda _before: wanted, drop_unused)

    def rename_tag(self, *, name: str, new_name: str) -> TagRenamed:
        """Rename a tag on every note; onto the name of another tag, merge the two.

        A change of case only ("exile" to "Exile") is a rename of the same tag.
        """
        new = clean_tag_name(new_name)
        with write_transaction(self._db):
            return self._rename(self._tag(name), new)

    def merge_tag(self, *, name: str, into: str) -> TagRenamed:
        """Put ``into`` on every note that carries ``name``, then delete ``name``."""
        with write_transaction(self._db):
            source, target = self._tag(name), self._tag(into)
            if source.id == target.id:
                return TagRenamed(source.name, source.name, notes_carrying(source.id))
            return self._merge(source, target)

    def revert_rename(self, change: TagRenamed) -> TagRenamed:
        """Undo a rename or a merge; returns what it did, as a rename back.

        After a merge the old tag comes back on exactly its notes (those still in the library),
        and the tag it went into leaves the notes that did not carry it before.
        """
        with write_transaction(self._db):
            current = self._tag(change.new_name)
            if not change.merged:
                return self._rename(current, change.old_name)
            restored, _created = tag_for(change.old_name)
            attach(restored.id, change.note_ids)
            detach(current.id, set(change.note_ids) - set(change.already_tagged))
            return TagRenamed(current.name, restored.name, notes_carrying(restored.id))

    def delete_tag(self, *, name: str) -> TagDeleted:
        """Delete a tag and take it off every note, trashed ones too."""
        with write_transaction(self._db):
            tag = self._tag(name)
            deleted = TagDeleted(name=tag.name, note_ids=notes_carrying(tag.id))
            tag.delete_instance()  # note_tag rows go by ON DELETE CASCADE; the index follows
        return deleted

    def restore_tag(self, *, name: str, note_ids: Sequence[int]) -> TagView:
        """Undo a deletion: the tag again, on those of ``note_ids`` still in the library."""
        cleaned = clean_tag_name(name)
        with write_transaction(self._db):
            tag, _created = tag_for(cleaned)
            attach(tag.id, note_ids)
            live = (
                m.NoteTag.select().join(m.Note).where((m.NoteTag.tag == tag.id) & outside_trash())
            )
            return TagView(name=tag.name, notes=live.count())

    def _edit(self, note_id: int, edit: _Edit, drop_unused: Sequence[str] = ()) -> NoteTagsChange:
        with write_transaction(self._db):
            note = m.Note.get_or_none(m.Note.id == note_id)
            if note is None:
                raise NotFoundError("note", note_id)
            if note.layer_id is not None:
                raise ReadOnlyNoteError(note_id)
            carried = (
                m.NoteTag.select(m.Tag.id, m.Tag.name).join(m.Tag).where(m.NoteTag.note == note_id)
            )
            current = {name.casefold(): (tag_id, name) for tag_id, name in tuples(carried)}
            before = sorted_names(name for _tag_id, name in current.values())
            wanted = edit(before)
            added = [name for name in wanted if name.casefold() not in current]
            created = []
            for name in added:
                tag, is_new = tag_for(name)
                if is_new:
                    created.append(tag.name)
                attach(tag.id, [note_id])
            keys = {name.casefold() for name in wanted}
            dropped = [tag_id for key, (tag_id, _name) in current.items() if key not in keys]
            for tag_id in dropped:
                detach(tag_id, [note_id])
            for name in drop_unused:
                drop_if_unused(name)
            if added or dropped:
                note.updated_at = m.utc_now()  # a tag edit is a change to the note
                note.save(only=[m.Note.updated_at])
            view = one_note_view(note)
        return NoteTagsChange(note_id, before, view.tags, sorted_names(created), view)

    def _rename(self, tag: m.Tag, new: str) -> TagRenamed:
        target = find_tag(new)
        if target is not None and target.id != tag.id:
            return self._merge(tag, target)
        old = tag.name
        if old != new:
            tag.name = new
            tag.save()  # the search_tag_au trigger re-indexes the tag's notes
        return TagRenamed(old, new, notes_carrying(tag.id))

    def _merge(self, source: m.Tag, target: m.Tag) -> TagRenamed:
        note_ids = notes_carrying(source.id)
        carrying_target = set(notes_carrying(target.id))
        attach(target.id, note_ids)
        source.delete_instance()
        already = tuple(note_id for note_id in note_ids if note_id in carrying_target)
        return TagRenamed(source.name, target.name, note_ids, merged=True, already_tagged=already)

    def _tag(self, name: str) -> m.Tag:
        tag = find_tag(clean_tag_name(name))
        if tag is None:
            raise NotFoundError("tag", name)
        return tag
