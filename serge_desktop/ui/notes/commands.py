"""Undoable note edits: each command stores ids and calls the notes service in redo and undo.

Each step announces what it changed on the window's bus (a ``Changes``); the notes pane, the
reader's highlights and the timeline's note counts refresh from that.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from typing_extensions import override

from serge_desktop.services.changes import Changes
from serge_desktop.services.notes import NotesService
from serge_desktop.services.reattach import NoteAnchor, ReattachService
from serge_desktop.services.views import NoteView
from serge_desktop.ui.common.bus import ChangeBus
from serge_desktop.ui.common.fallible_command import ChangeCommand, FallibleCommand


def note_changed(note_id: int) -> Changes:
    """A note was written (made, restored, changed): it is the one to select afterwards."""
    return Changes(notes=True, note_id=note_id)


class CreateNoteCommand(FallibleCommand):
    """Creates a note on the first redo; undo moves it to the trash, redo brings it back.

    ``spoken`` is said when the note is made ("Highlight added."): a screen reader user hears
    that the keys did something, as a sighted one sees the highlight appear.
    """

    def __init__(
        self,
        text: str,
        notes: NotesService,
        bus: ChangeBus,
        create: Callable[[], NoteView],
        spoken: str = "",
    ) -> None:
        super().__init__(text, bus)
        self._notes = notes
        self._create = create
        self._spoken = spoken
        self.note_id: int | None = None

    @override
    def redo(self) -> None:
        if self.note_id is None:
            created = self.attempt(self._create)
            if created is None:
                return
            self.note_id = created.id
            self.say(self._spoken)
        else:
            self._notes.restore_note(note_id=self.note_id)
        self.announce(note_changed(self.note_id))

    @override
    def undo(self) -> None:
        if self.note_id is not None:
            self.announce(self._notes.delete_note(note_id=self.note_id))


def add_note_command(
    notes: NotesService,
    bus: ChangeBus,
    *,
    article_id: int,
    revision_id: int,
    start: int,
    end: int,
    color: str | None = None,
) -> CreateNoteCommand:
    """A note (or, with a colour, a highlight) on a passage of the revision being shown."""
    text = (
        QCoreApplication.translate("NoteCommands", "Add highlight")
        if color
        else QCoreApplication.translate("NoteCommands", "Add note")
    )
    spoken = (
        QCoreApplication.translate("NoteCommands", "Highlight added.")
        if color
        else QCoreApplication.translate("NoteCommands", "Note added.")
    )
    return CreateNoteCommand(
        text,
        notes,
        bus,
        lambda: notes.create_note(
            article_id=article_id, revision_id=revision_id, start=start, end=end, color=color
        ),
        spoken,
    )


def add_note_about_command(
    notes: NotesService, bus: ChangeBus, *, article_id: int, event_id: int | None
) -> CreateNoteCommand:
    """A note on the whole article, or on one of its timeline events."""
    text = (
        QCoreApplication.translate("NoteCommands", "Add note on event")
        if event_id is not None
        else QCoreApplication.translate("NoteCommands", "Add note on the article")
    )
    return CreateNoteCommand(
        text,
        notes,
        bus,
        lambda: notes.create_note_about(article_id=article_id, event_id=event_id),
        QCoreApplication.translate("NoteCommands", "Note added."),
    )


class DeleteNoteCommand(ChangeCommand):
    """Moves a note to the trash; undo restores it with its text, tags and anchor."""

    def __init__(self, notes: NotesService, bus: ChangeBus, *, note_id: int) -> None:
        super().__init__(QCoreApplication.translate("NoteCommands", "Delete note"), bus)
        self._notes = notes
        self._note_id = note_id

    @override
    def redo(self) -> None:
        self.announce(self._notes.delete_note(note_id=self._note_id))

    @override
    def undo(self) -> None:
        self._notes.restore_note(note_id=self._note_id)
        self.announce(note_changed(self._note_id))


class RecolourNoteCommand(ChangeCommand):
    """Gives a note another highlight colour; undo gives back the one it had."""

    def __init__(
        self, notes: NotesService, bus: ChangeBus, *, note_id: int, color: str | None
    ) -> None:
        super().__init__(QCoreApplication.translate("NoteCommands", "Change highlight colour"), bus)
        self._notes = notes
        self._note_id = note_id
        self._after = color
        self._before: str | None = None

    @override
    def redo(self) -> None:
        change = self._notes.set_color(note_id=self._note_id, color=self._after)
        self._before = change.before
        self.announce(change.changes)

    @override
    def undo(self) -> None:
        self.announce(self._notes.set_color(note_id=self._note_id, color=self._before).changes)


class AttachNoteCommand(FallibleCommand):
    """Attaches a note whose passage was lost to the passage the reader selected; undo detaches."""

    def __init__(
        self,
        reattach: ReattachService,
        bus: ChangeBus,
        *,
        note_id: int,
        revision_id: int,
        start: int,
        end: int,
    ) -> None:
        super().__init__(QCoreApplication.translate("NoteCommands", "Attach note to passage"), bus)
        self._reattach = reattach
        self._note_id = note_id
        self._target = (revision_id, start, end)
        self._before: NoteAnchor | None = None

    @override
    def redo(self) -> None:
        revision_id, start, end = self._target
        change = self.attempt(
            lambda: self._reattach.attach(
                note_id=self._note_id, revision_id=revision_id, start=start, end=end
            )
        )
        if change is None:
            return
        if self._before is None:
            self._before = change.before
        self.announce(change.changes)

    @override
    def undo(self) -> None:
        if self._before is not None:
            self._reattach.restore(note_id=self._note_id, anchor=self._before)
        self.announce(note_changed(self._note_id))


class EditNoteTextCommand(ChangeCommand):
    """A note's text, as saved; consecutive saves of one note merge into one step.

    The pane has already saved the text when this is pushed, so the first redo does nothing.
    Typing is saved every second or so: merging keeps a whole writing session one undo step,
    the way an editor groups keystrokes.
    """

    MERGE_ID = 0x5E7  # any constant: Qt merges only commands whose id() is equal

    def __init__(
        self, notes: NotesService, bus: ChangeBus, *, note_id: int, before: str, after: str
    ) -> None:
        super().__init__(QCoreApplication.translate("NoteCommands", "Edit note"), bus)
        self._notes = notes
        self.note_id = note_id
        self._before = before
        self.after = after
        self._saved = True

    @override
    def id(self) -> int:
        return self.MERGE_ID

    @override
    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditNoteTextCommand) or other.note_id != self.note_id:
            return False
        self.after = other.after
        return True

    @override
    def redo(self) -> None:
        if self._saved:
            self._saved = False  # pushed after the save: nothing to do the first time
            return
        self._notes.update_body(note_id=self.note_id, body=self.after)
        self.announce(note_changed(self.note_id))

    @override
    def undo(self) -> None:
        self._notes.update_body(note_id=self.note_id, body=self._before)
        self.announce(note_changed(self.note_id))
