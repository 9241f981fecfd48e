"""The study window's note commands: adding, highlighting, tagging, attaching, deleting, links.

A mixin of ``MainWindow``: the attributes declared below are the window's, set in its
``__init__``; keeping these slots here keeps the window's own module about its layout and wiring.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from serge_desktop.core.errors import SergeError
from serge_desktop.services.errors import StaleRevisionError
from serge_desktop.services.views import ArticleView, TimelineEventView
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

if TYPE_CHECKING:
    from serge_desktop.services.workspace import Workspace
    from serge_desktop.ui.notes.pane import NotesPane
    from serge_desktop.ui.reader.view import ReaderView
    from serge_desktop.ui.shell.main_actions import MainActions
    from serge_desktop.ui.timeline.view import TimelineView


class NoteEditing(QMainWindow):
    workspace: Workspace
    undo_stack: QUndoStack
    commands: MainActions
    reader: ReaderView
    timeline: TimelineView
    notes_pane: NotesPane
    _article: ArticleView | None
    _events: list[TimelineEventView]
    # MainWindow's own methods, which these slots call.
    open_article: Callable[..., None]
    _on_event_activated: Callable[[int], None]

    def undo(self) -> None:
        # Typing not yet saved belongs to the note being undone or redone: save it first.
        self.notes_pane.flush()
        self.undo_stack.undo()

    def redo(self) -> None:
        self.notes_pane.flush()
        self.undo_stack.redo()

    def _update_note_actions(self) -> None:
        has_note = self.notes_pane.current_note_id() is not None
        self.commands.note_history.setEnabled(has_note)
        self.commands.copy_note_link.setEnabled(has_note)

    def copy_note_link(self) -> None:
        """Put ``[words](note:ID)`` on the clipboard; pasted into a note, it links to this one."""
        note = next(
            (n for n in self.notes_pane.model.notes() if n.id == self.notes_pane.current_note_id()),
            None,
        )
        if note is not None:
            words = " ".join((note.quote or note.body or self.tr("note")).split()[:6])
            QApplication.clipboard().setText(f"[{words}](note:{note.id})")
            self.statusBar().showMessage(self.tr("Link to the note copied."), 4000)

    def copy_event_link(self) -> None:
        event_id = self.timeline.selected_event_id()
        event = next((e for e in self._events if e.id == event_id), None)
        if event is not None:
            QApplication.clipboard().setText(f"[{event.label}](event:{event.id})")
            self.statusBar().showMessage(self.tr("Link to the event copied."), 4000)

    def add_note_about(self, *, event_id: int | None) -> None:
        """A note on the whole article (no event) or on a timeline event; its editor takes focus."""
        if self._article is None:
            return
        self.notes_pane.flush()
        command = add_note_about_command(
            self.workspace.notes, self._on_notes_changed, article_id=self._article.id,
            event_id=event_id,
        )  # fmt: skip
        self.undo_stack.push(command)
        if command.error is not None:
            self._report_note_error(command.error)
        elif command.note_id is not None:
            self.notes_pane.edit_note(command.note_id)

    def highlight(self, colour: str) -> None:
        """Highlight the selection in a colour; with no selection, recolour the current note."""
        if self.reader.selected_span() is not None:
            self.add_note(colour=colour, edit=False)
            return
        note_id = self.notes_pane.current_note_id()
        if note_id is None:
            self.statusBar().showMessage(self.tr("Select a passage of the article first."), 5000)
            return
        self.undo_stack.push(
            RecolourNoteCommand(
                self.workspace.notes, self._on_notes_changed, note_id=note_id, color=colour
            )
        )

    def add_note(self, *, colour: str | None = None, edit: bool = True) -> None:
        span = self.reader.selected_span()
        if self._article is None or span is None:
            self.statusBar().showMessage(self.tr("Select a passage of the article first."), 5000)
            return
        self.notes_pane.flush()
        command = add_note_command(
            self.workspace.notes,
            self._on_notes_changed,
            article_id=self._article.id,
            revision_id=self._article.revision_id,
            start=span[0],
            end=span[1],
            color=colour,
        )
        self.undo_stack.push(command)
        if command.error is not None:
            self._report_note_error(command.error)
            return
        # Drop the selection so the new note's highlight shows where the selection was.
        cursor = self.reader.textCursor()
        cursor.clearSelection()
        self.reader.setTextCursor(cursor)
        if command.note_id is not None and edit:
            self.notes_pane.edit_note(command.note_id)

    def _on_note_text_saved(self, note_id: int, before: str, after: str) -> None:
        self.undo_stack.push(
            EditNoteTextCommand(
                self.workspace.notes, self._on_notes_changed, note_id=note_id, before=before,
                after=after,
            )
        )  # fmt: skip

    def set_note_tags(self, note_id: int, names: list[str]) -> None:
        command = SetNoteTagsCommand(
            self.workspace.tags, self._on_notes_changed, note_id=note_id, names=names
        )
        self.undo_stack.push(command)
        if command.error is not None:
            self.show_error(self.tr("The tags were not changed"), describe_error(command.error))
            self._on_notes_changed(note_id)  # show the note's real tags again

    def attach_note(self, note_id: int) -> None:
        """Attach a note whose passage was not found to the passage selected in the reader."""
        span = self.reader.selected_span()
        if self._article is None or span is None:
            self.statusBar().showMessage(
                self.tr("Select the passage this note belongs to, then attach it."), 6000
            )
            return
        self.notes_pane.flush()
        command = AttachNoteCommand(
            self.workspace.reattach,
            self._on_notes_changed,
            note_id=note_id,
            revision_id=self._article.revision_id,
            start=span[0],
            end=span[1],
        )
        self.undo_stack.push(command)
        if command.error is not None:
            self._report_note_error(command.error)

    def _report_note_error(self, error: SergeError) -> None:
        if isinstance(error, StaleRevisionError) and self._article is not None:
            # Another program imported a newer text: show it, so the reader can choose again.
            self.open_article(self._article.slug, reload=True)
            message = self.tr("The article was updated meanwhile. Select the passage again.")
        else:
            message = describe_error(error)
        self.show_error(self.tr("The note was not added"), message)

    def show_error(self, title: str, message: str) -> None:
        """Tell the user about a problem they can act on (tests replace this)."""
        QMessageBox.warning(self, title, message)

    def delete_note(self, note_id: int) -> None:
        self.undo_stack.push(
            DeleteNoteCommand(self.workspace.notes, self._on_notes_changed, note_id=note_id)
        )
        self.statusBar().showMessage(self.tr("Note deleted. Undo with Ctrl+Z."), 8000)

    def _on_notes_changed(self, select_id: int | None) -> None:
        self.notes_pane.reload(select_id)
        self.notes_pane.tags_field.set_known_tags([t.name for t in self.workspace.tags.list_tags()])
        self._update_highlights()

    def _update_highlights(self) -> None:
        self.reader.set_notes(self.notes_pane.placed_notes(), self.notes_pane.current_note_id())

    def _on_note_activated(self, note_id: int) -> None:
        for note in self.notes_pane.model.notes():
            if note.id != note_id:
                continue
            if note.about == "event" and note.event_id is not None:
                self.timeline.select_event(note.event_id)
                self._on_event_activated(note.event_id)
            elif note.about == "article":
                pass  # about the whole text: no place to go to
            elif note.is_placed:
                self.reader.show_span(note.start, note.end)
            else:
                self._say_passage_missing()
        self._update_highlights()

    def _follow_note_link(self, note_id: int) -> None:
        try:
            note = self.workspace.notes.get_note(note_id)
        except SergeError as error:
            self.statusBar().showMessage(describe_error(error), 6000)
            return
        article = next(
            (a for a in self.workspace.library.list_articles() if a.id == note.article_id), None
        )
        if article is not None:
            self.open_article(article.slug)
            self.notes_pane.select_note(note_id)
            self._on_note_activated(note_id)

    def _follow_event_link(self, event_id: int) -> None:
        if any(event.id == event_id for event in self._events):
            self.timeline.select_event(event_id)
            self._on_event_activated(event_id)
        else:
            self.statusBar().showMessage(self.tr("That event is not in this article."), 6000)

    def _say_passage_missing(self) -> None:
        self.statusBar().showMessage(
            self.tr("This passage is not in the current version of the article."), 8000
        )

    def _on_passage_clicked(self, offset: int) -> None:
        note = self.reader.note_at(offset)
        if note is not None:
            self.notes_pane.select_note(note.id)
            self._update_highlights()

    def _update_note_action(self) -> None:
        self.commands.add_note.setEnabled(self.reader.selected_span() is not None)

    # Timeline and find -----------------------------------------------------------------------
