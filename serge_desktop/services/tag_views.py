"""Frozen values the tag operations return: enough before and after to undo each one."""

from __future__ import annotations

from dataclasses import dataclass

from serge_desktop.services.changes import Changes
from serge_desktop.services.views import NoteView


@dataclass(frozen=True, slots=True)
class TagView:
    """A tag with the number of notes (outside the trash) that carry it, for completion."""

    name: str
    notes: int


@dataclass(frozen=True, slots=True)
class NoteTagsChange:
    """One note's tags before and after an edit.

    Undo with ``set_note_tags(note_id=…, names=before, drop_unused=created)``: that puts back
    exactly the old tags and removes the tags this edit brought into being, if nothing else uses
    them by then.
    """

    note_id: int
    before: tuple[str, ...]
    after: tuple[str, ...]
    created: tuple[str, ...]  # tags that did not exist before this edit
    note: NoteView

    @property
    def changes(self) -> Changes:
        return Changes(notes=True, tags=True, note_id=self.note_id)


@dataclass(frozen=True, slots=True)
class TagRenamed:
    """A tag renamed, or merged into another when the new name was taken (``merged``).

    ``note_ids`` are the notes that carried ``old_name``, trashed ones included. For a merge,
    ``already_tagged`` are those that carried ``new_name`` as well, so an undo takes ``new_name``
    off only the others. Undo with ``revert_rename(change)``.
    """

    old_name: str
    new_name: str
    note_ids: tuple[int, ...]
    merged: bool = False
    already_tagged: tuple[int, ...] = ()

    @property
    def changes(self) -> Changes:
        return Changes(notes=True, tags=True)


@dataclass(frozen=True, slots=True)
class TagDeleted:
    """A tag deleted from every note; ``restore_tag(name=…, note_ids=…)`` puts it back."""

    name: str
    note_ids: tuple[int, ...]

    @property
    def changes(self) -> Changes:
        return Changes(notes=True, tags=True)
