"""Undoable restores: notes brought back from the trash, and a note's earlier text made current."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from typing_extensions import override

from serge_desktop.core.errors import SergeError
from serge_desktop.services.changes import Changes
from serge_desktop.services.notes import NotesService
from serge_desktop.ui.common.bus import ChangeBus
from serge_desktop.ui.common.fallible_command import FallibleCommand
from serge_desktop.ui.notes.commands import note_changed


class RestoreNotesCommand(FallibleCommand):
    """Brings notes back from the trash; undo moves them back into it.

    If the first restore fails (a note was deleted for good meanwhile), the notes restored so
    far go back to the trash, the error is kept in ``error`` and the command marks itself
    obsolete, so the stack drops it.
    """

    def __init__(self, notes: NotesService, bus: ChangeBus, *, note_ids: Sequence[int]) -> None:
        super().__init__(
            QCoreApplication.translate("RestoreNotesCommand", "Restore from trash"), bus
        )
        self._notes = notes
        self._note_ids = tuple(note_ids)

    @override
    def redo(self) -> None:
        restored: list[int] = []
        try:
            for note_id in self._note_ids:
                self._notes.restore_note(note_id=note_id)
                restored.append(note_id)
        except SergeError as error:
            for note_id in restored:  # all or nothing
                self._notes.delete_note(note_id=note_id)
            self.error = error
            self.setObsolete(True)
            return
        self.announce(Changes(notes=True, note_id=self._note_ids[0] if self._note_ids else None))

    @override
    def undo(self) -> None:
        for note_id in self._note_ids:
            self._notes.delete_note(note_id=note_id)
        self.announce(Changes(notes=True))


class RestoreVersionCommand(FallibleCommand):
    """Makes an earlier text of a note current; undo puts back ``before``, the text it replaced.

    Restoring keeps the replaced text as a version, so the history shows it either way.
    """

    def __init__(
        self, notes: NotesService, bus: ChangeBus, *, note_id: int, version_id: int, before: str
    ) -> None:
        super().__init__(
            QCoreApplication.translate("RestoreVersionCommand", "Restore earlier text"), bus
        )
        self._notes = notes
        self._note_id = note_id
        self._version_id = version_id
        self._before = before

    @override
    def redo(self) -> None:
        restored = self.attempt(
            lambda: self._notes.restore_version(note_id=self._note_id, version_id=self._version_id)
        )
        if restored is None:
            return
        self.announce(note_changed(self._note_id))

    @override
    def undo(self) -> None:
        self._notes.update_body(note_id=self._note_id, body=self._before)
        self.announce(note_changed(self._note_id))
