"""Undoable note edits: each command stores ids and calls the notes service in redo and undo."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from serge_desktop.services.notes import NotesService
from serge_desktop.services.reattach import NoteAnchor, ReattachService
from serge_desktop.services.views import NoteView
from serge_desktop.ui.common.fallible_command import FallibleCommand

# Called after every change with the id of the note to select, or None.
Refresh = Callable[[int | None], None]


class CreateNoteCommand(FallibleCommand):
    """Creates a note on the first redo; undo moves it to the trash, redo brings it back."""

    def __init__(
        self, text: str, notes: NotesService, refresh: Refresh, create: Callable[[], NoteView]
    ) -> None:
        super().__init__(text)
        self._notes = notes
        self._refresh = refresh
        self._create = create
        self.note_id: int | None = None

    def redo(self) -> None:
        if self.note_id is None:
            created = self.attempt(self._create)
            if created is None:
                return
            self.note_id = created.id
        else:
            self._notes.restore_note(note_id=self.note_id)
        self._refresh(self.note_id)

    def undo(self) -> None:
        if self.note_id is not None:
            self._notes.delete_note(note_id=self.note_id)
        self._refresh(None)


def add_note_command(
    notes: NotesService,
    refresh: Refresh,
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
    return CreateNoteCommand(
        text,
        notes,
        refresh,
        lambda: notes.create_note(
            article_id=article_id, revision_id=revision_id, start=start, end=end, color=color
        ),
    )


def add_note_about_command(
    notes: NotesService, refresh: Refresh, *, article_id: int, event_id: int | None
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
        refresh,
        lambda: notes.create_note_about(article_id=article_id, event_id=event_id),
    )


class DeleteNoteCommand(QUndoCommand):
    """Moves a note to the trash; undo restores it with its text, tags and anchor."""

    def __init__(self, notes: NotesService, refresh: Refresh, *, note_id: int) -> None:
        super().__init__(QCoreApplication.translate("NoteCommands", "Delete note"))
        self._notes = notes
        self._refresh = refresh
        self._note_id = note_id

    def redo(self) -> None:
        self._notes.delete_note(note_id=self._note_id)
        self._refresh(None)

    def undo(self) -> None:
        self._notes.restore_note(note_id=self._note_id)
        self._refresh(self._note_id)


class RecolourNoteCommand(QUndoCommand):
    """Gives a note another highlight colour; undo gives back the one it had."""

    def __init__(
        self, notes: NotesService, refresh: Refresh, *, note_id: int, color: str | None
    ) -> None:
        super().__init__(QCoreApplication.translate("NoteCommands", "Change highlight colour"))
        self._notes = notes
        self._refresh = refresh
        self._note_id = note_id
        self._after = color
        self._before: str | None = None

    def redo(self) -> None:
        self._before = self._notes.set_color(note_id=self._note_id, color=self._after).before
        self._refresh(self._note_id)

    def undo(self) -> None:
        self._notes.set_color(note_id=self._note_id, color=self._before)
        self._refresh(self._note_id)


class AttachNoteCommand(FallibleCommand):
    """Attaches a note whose passage was lost to the passage the reader selected; undo detaches."""

    def __init__(
        self,
        reattach: ReattachService,
        refresh: Refresh,
        *,
        note_id: int,
        revision_id: int,
        start: int,
        end: int,
    ) -> None:
        super().__init__(QCoreApplication.translate("NoteCommands", "Attach note to passage"))
        self._reattach = reattach
        self._refresh = refresh
        self._note_id = note_id
        self._target = (revision_id, start, end)
        self._before: NoteAnchor | None = None

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
        self._refresh(self._note_id)

    def undo(self) -> None:
        if self._before is not None:
            self._reattach.restore(note_id=self._note_id, anchor=self._before)
        self._refresh(self._note_id)


class EditNoteTextCommand(QUndoCommand):
    """A note's text, as saved; consecutive saves of one note merge into one step.

    The pane has already saved the text when this is pushed, so the first redo does nothing.
    Typing is saved every second or so: merging keeps a whole writing session one undo step,
    the way an editor groups keystrokes.
    """

    MERGE_ID = 0x5E7  # any constant: Qt merges only commands whose id() is equal

    def __init__(
        self, notes: NotesService, refresh: Refresh, *, note_id: int, before: str, after: str
    ) -> None:
        super().__init__(QCoreApplication.translate("NoteCommands", "Edit note"))
        self._notes = notes
        self._refresh = refresh
        self.note_id = note_id
        self._before = before
        self.after = after
        self._saved = True

    def id(self) -> int:
        return self.MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditNoteTextCommand) or other.note_id != self.note_id:
            return False
        self.after = other.after
        return True

    def redo(self) -> None:
        if self._saved:
            self._saved = False  # pushed after the save: nothing to do the first time
            return
        self._notes.update_body(note_id=self.note_id, body=self.after)
        self._refresh(self.note_id)

    def undo(self) -> None:
        self._notes.update_body(note_id=self.note_id, body=self._before)
        self._refresh(self.note_id)
