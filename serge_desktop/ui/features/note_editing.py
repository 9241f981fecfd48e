"""Editing notes from the window: adding, highlighting, tagging, attaching, deleting, links.

Each edit is an undo command on the window's stack; what it changed is announced on the bus, and
the notes pane and the reader refresh from that.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from serge_desktop.core.errors import SergeError
from serge_desktop.services.changes import Changes
from serge_desktop.services.errors import StaleRevisionError
from serge_desktop.ui.common.error_messages import describe_error
from serge_desktop.ui.notes.commands import (
    AttachNoteCommand,
    DeleteNoteCommand,
    EditNoteTextCommand,
    RecolourNoteCommand,
    add_note_about_command,
    add_note_command,
)
from serge_desktop.ui.notes.tag_commands import SetNoteTagsCommand
from serge_desktop.ui.window.context import WindowContext


class NoteEditing(QObject):
    """The Edit menu's note commands and the notes pane's requests, made undoable."""

    def __init__(self, ctx: WindowContext) -> None:
        super().__init__(ctx.window())
        self._ctx = ctx
        find = ctx.actions.get
        self._add_note = find("notes.add")
        self._add_event_note = find("notes.add_about_event")
        self._copy_event_link = find("timeline.copy_event_link")
        self._history = find("notes.history")
        self._copy_note_link = find("notes.copy_link")
        self._add_note.triggered.connect(lambda: self.add_note())
        find("notes.add_about_article").triggered.connect(
            lambda: self.add_note_about(event_id=None)
        )
        self._add_event_note.triggered.connect(
            lambda: self.add_note_about(event_id=ctx.timeline.selected_event_id())
        )
        for colour in ("yellow", "green", "blue", "pink", "purple"):
            find(f"notes.highlight.{colour}").triggered.connect(
                lambda _checked=False, c=colour: self.highlight(c)
            )
        self._copy_note_link.triggered.connect(self.copy_note_link)
        self._copy_event_link.triggered.connect(self.copy_event_link)
        for signal in (ctx.timeline.event_selected, ctx.timeline.event_activated):
            signal.connect(self._on_event_chosen)
        ctx.reader.selection_changed.connect(self._update_add_action)
        notes = ctx.notes
        notes.current_note_changed.connect(self._update_note_actions)
        notes.delete_requested.connect(self.delete_note)
        notes.attach_requested.connect(self.attach_note)
        notes.tags_edited.connect(self.set_note_tags)
        notes.text_saved.connect(self._on_note_text_saved)

    # Adding ----------------------------------------------------------------------------------

    def add_note(self, *, colour: str | None = None, edit: bool = True) -> None:
        """A note (or with a colour a highlight) on the passage selected in the reader."""
        ctx = self._ctx
        article, span = ctx.current_article(), ctx.reader.selected_span()
        if article is None or span is None:
            ctx.show_status(self.tr("Select a passage of the article first."), 5000)
            return
        ctx.notes.flush()
        command = add_note_command(
            ctx.workspace.notes, ctx.bus, article_id=article.id,
            revision_id=article.revision_id, start=span[0], end=span[1], color=colour,
        )  # fmt: skip
        ctx.undo_stack.push(command)
        if command.error is not None:
            self._report_note_error(command.error)
            return
        # Drop the selection so the new note's highlight shows where the selection was.
        cursor = ctx.reader.textCursor()
        cursor.clearSelection()
        ctx.reader.setTextCursor(cursor)
        if command.note_id is not None and edit:
            ctx.notes.edit_note(command.note_id)

    def add_note_about(self, *, event_id: int | None) -> None:
        """A note on the whole article (no event) or on a timeline event; its editor takes focus."""
        ctx = self._ctx
        article = ctx.current_article()
        if article is None:
            return
        ctx.notes.flush()
        command = add_note_about_command(
            ctx.workspace.notes, ctx.bus, article_id=article.id, event_id=event_id
        )
        ctx.undo_stack.push(command)
        if command.error is not None:
            self._report_note_error(command.error)
        elif command.note_id is not None:
            ctx.notes.edit_note(command.note_id)

    def highlight(self, colour: str) -> None:
        """Highlight the selection in a colour; with no selection, recolour the current note."""
        ctx = self._ctx
        if ctx.reader.selected_span() is not None:
            self.add_note(colour=colour, edit=False)
            return
        note_id = ctx.notes.current_note_id()
        if note_id is None:
            ctx.show_status(self.tr("Select a passage of the article first."), 5000)
            return
        ctx.undo_stack.push(
            RecolourNoteCommand(ctx.workspace.notes, ctx.bus, note_id=note_id, color=colour)
        )

    # Changing --------------------------------------------------------------------------------

    def _on_note_text_saved(self, note_id: int, before: str, after: str) -> None:
        self._ctx.undo_stack.push(
            EditNoteTextCommand(
                self._ctx.workspace.notes, self._ctx.bus, note_id=note_id, before=before,
                after=after,
            )
        )  # fmt: skip

    def set_note_tags(self, note_id: int, names: list[str]) -> None:
        ctx = self._ctx
        command = SetNoteTagsCommand(ctx.workspace.tags, ctx.bus, note_id=note_id, names=names)
        ctx.undo_stack.push(command)
        if command.error is not None:
            ctx.show_error(self.tr("The tags were not changed"), describe_error(command.error))
            ctx.bus.announce(Changes(notes=True, note_id=note_id))  # its real tags again

    def attach_note(self, note_id: int) -> None:
        """Attach a note whose passage was not found to the passage selected in the reader."""
        ctx = self._ctx
        article, span = ctx.current_article(), ctx.reader.selected_span()
        if article is None or span is None:
            ctx.show_status(
                self.tr("Select the passage this note belongs to, then attach it."), 6000
            )
            return
        ctx.notes.flush()
        command = AttachNoteCommand(
            ctx.workspace.reattach, ctx.bus, note_id=note_id,
            revision_id=article.revision_id, start=span[0], end=span[1],
        )  # fmt: skip
        ctx.undo_stack.push(command)
        if command.error is not None:
            self._report_note_error(command.error)

    def delete_note(self, note_id: int) -> None:
        ctx = self._ctx
        ctx.undo_stack.push(DeleteNoteCommand(ctx.workspace.notes, ctx.bus, note_id=note_id))
        ctx.show_status(self.tr("Note deleted. Undo with Ctrl+Z."), 8000)

    def _report_note_error(self, error: SergeError) -> None:
        article = self._ctx.current_article()
        if isinstance(error, StaleRevisionError) and article is not None:
            # Another program imported a newer text: show it, so the reader can choose again.
            self._ctx.open_article(article.slug, reload=True)
            message = self.tr("The article was updated meanwhile. Select the passage again.")
        else:
            message = describe_error(error)
        self._ctx.show_error(self.tr("The note was not added"), message)

    # Links -----------------------------------------------------------------------------------

    def copy_note_link(self) -> None:
        """Put ``[words](note:ID)`` on the clipboard; pasted into a note, it links to this one."""
        note = self._ctx.notes.current_note()
        if note is not None:
            words = " ".join((note.quote or note.body or self.tr("note")).split()[:6])
            QApplication.clipboard().setText(f"[{words}](note:{note.id})")
            self._ctx.show_status(self.tr("Link to the note copied."), 4000)

    def copy_event_link(self) -> None:
        timeline = self._ctx.timeline
        event_id = timeline.selected_event_id()
        event = next((e for e in timeline.events() if e.id == event_id), None)
        if event is not None:
            QApplication.clipboard().setText(f"[{event.label}](event:{event.id})")
            self._ctx.show_status(self.tr("Link to the event copied."), 4000)

    # Which actions apply now -------------------------------------------------------------------

    def _on_event_chosen(self, _event_id: int) -> None:
        self._add_event_note.setEnabled(True)
        self._copy_event_link.setEnabled(True)

    def _update_note_actions(self) -> None:
        has_note = self._ctx.notes.current_note_id() is not None
        self._history.setEnabled(has_note)
        self._copy_note_link.setEnabled(has_note)

    def _update_add_action(self) -> None:
        self._add_note.setEnabled(self._ctx.reader.selected_span() is not None)


def install(ctx: WindowContext) -> QObject:
    return NoteEditing(ctx)
