"""Undoable tag edits: each command keeps what the tags service returned and undoes exactly that.

A command whose first redo fails (an empty or too long name, a tag deleted meanwhile) keeps the
error in ``error`` and marks itself obsolete, so the stack drops it instead of offering to undo
something that never happened; so does an edit that changed nothing.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from typing_extensions import override

from serge_desktop.services.changes import Changes
from serge_desktop.services.tag_views import TagDeleted, TagRenamed
from serge_desktop.services.tags import TagsService
from serge_desktop.ui.common.bus import ChangeBus
from serge_desktop.ui.common.fallible_command import FallibleCommand


class RenameTagCommand(FallibleCommand):
    """Renames a tag on every note; onto an existing name it merges the two (undo splits them)."""

    def __init__(self, tags: TagsService, bus: ChangeBus, *, name: str, new_name: str) -> None:
        super().__init__(
            QCoreApplication.translate("RenameTagCommand", "Rename tag “%1”").replace("%1", name),
            bus,
        )
        self._tags = tags
        self._name = name
        self._new_name = new_name
        self.change: TagRenamed | None = None

    @override
    def redo(self) -> None:
        result = self.attempt(
            lambda: self._tags.rename_tag(name=self._name, new_name=self._new_name)
        )
        if result is None:
            return
        self.change = result
        if self.change.old_name == self.change.new_name:
            self.setObsolete(True)  # the same name again: nothing to undo
        self.announce(result.changes)

    @override
    def undo(self) -> None:
        if self.change is not None:
            self.announce(self._tags.revert_rename(self.change).changes)


class MergeTagCommand(FallibleCommand):
    """Puts ``into`` on every note carrying ``name`` and deletes ``name``; undo splits them."""

    def __init__(self, tags: TagsService, bus: ChangeBus, *, name: str, into: str) -> None:
        super().__init__(
            QCoreApplication.translate("MergeTagCommand", "Merge tag “%1” into “%2”")
            .replace("%1", name)
            .replace("%2", into),
            bus,
        )
        self._tags = tags
        self._name = name
        self._into = into
        self.change: TagRenamed | None = None

    @override
    def redo(self) -> None:
        result = self.attempt(lambda: self._tags.merge_tag(name=self._name, into=self._into))
        if result is None:
            return
        self.change = result
        if not self.change.merged:
            self.setObsolete(True)  # a tag merged into itself
        self.announce(result.changes)

    @override
    def undo(self) -> None:
        if self.change is not None:
            self.announce(self._tags.revert_rename(self.change).changes)


class DeleteTagCommand(FallibleCommand):
    """Deletes a tag and takes it off every note; undo puts it back on the same notes."""

    def __init__(self, tags: TagsService, bus: ChangeBus, *, name: str) -> None:
        super().__init__(
            QCoreApplication.translate("DeleteTagCommand", "Delete tag “%1”").replace("%1", name),
            bus,
        )
        self._tags = tags
        self._name = name
        self.deleted: TagDeleted | None = None

    @override
    def redo(self) -> None:
        result = self.attempt(lambda: self._tags.delete_tag(name=self._name))
        if result is None:
            return
        self.deleted = result
        self.announce(result.changes)

    @override
    def undo(self) -> None:
        if self.deleted is not None:
            self._tags.restore_tag(name=self.deleted.name, note_ids=self.deleted.note_ids)
            self.announce(Changes(notes=True, tags=True))


class SetNoteTagsCommand(FallibleCommand):
    """Gives one note exactly these tags; undo puts back its old ones and drops those it created.

    What a tag field saves. ``before`` and ``created`` come from the service on each redo: a
    tag this edit created is dropped on undo only if no other note has taken it up meanwhile.
    """

    def __init__(
        self, tags: TagsService, bus: ChangeBus, *, note_id: int, names: Sequence[str]
    ) -> None:
        super().__init__(QCoreApplication.translate("SetNoteTagsCommand", "Change tags"), bus)
        self._tags = tags
        self._note_id = note_id
        self._after = tuple(names)
        self._before: tuple[str, ...] | None = None
        self._created: tuple[str, ...] = ()

    @override
    def redo(self) -> None:
        change = self.attempt(
            lambda: self._tags.set_note_tags(note_id=self._note_id, names=self._after)
        )
        if change is None:
            return
        if self._before is None:
            self._before = change.before
            if change.before == change.after:
                self.setObsolete(True)  # the same tags again: nothing to undo
        self._created = change.created
        self.announce(change.changes)

    @override
    def undo(self) -> None:
        if self._before is not None:
            undone = self._tags.set_note_tags(
                note_id=self._note_id, names=self._before, drop_unused=self._created
            )
            self.announce(undone.changes)
