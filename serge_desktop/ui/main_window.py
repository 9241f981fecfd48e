"""The study window: the article, its timeline and the reader's notes, linked to one another."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from serge_desktop import APP_NAME
from serge_desktop.core.errors import SergeError
from serge_desktop.services.errors import StaleRevisionError
from serge_desktop.services.search_views import ArticleHit, EventHit, NoteHit
from serge_desktop.services.views import ArticleView, TimelineEventView
from serge_desktop.services.workspace import Workspace
from serge_desktop.ui.about_dialog import show_about
from serge_desktop.ui.error_messages import describe_error
from serge_desktop.ui.find_bar import FindBar
from serge_desktop.ui.library_switcher import LibrarySwitcher
from serge_desktop.ui.main_actions import MainActions
from serge_desktop.ui.note_commands import (
    AttachNoteCommand,
    DeleteNoteCommand,
    EditNoteTextCommand,
    RecolourNoteCommand,
    add_note_about_command,
    add_note_command,
)
from serge_desktop.ui.notes_pane import NotesPane
from serge_desktop.ui.reader_view import ReaderView
from serge_desktop.ui.tag_commands import SetNoteTagsCommand
from serge_desktop.ui.timeline_pane import TimelinePane
from serge_desktop.ui.window_state import WindowState

if TYPE_CHECKING:
    from serge_desktop.ui.import_run import ImportRun
    from serge_desktop.ui.search_dialog import SearchDialog


Hit = ArticleHit | NoteHit | EventHit


class MainWindow(QMainWindow):
    """Signals: import_finished() once an import started from the window has ended."""

    import_finished = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(APP_NAME)
        self.undo_stack = QUndoStack(self)
        self.commands = MainActions(self)
        self.switcher = LibrarySwitcher(self)
        self.reader = ReaderView(self)
        self.find_bar = FindBar(self)
        self.find_bar.hide()
        self.timeline_pane = TimelinePane(self)
        self.timeline = self.timeline_pane.view
        self.notes_pane = NotesPane(workspace.notes, self)
        self._events: list[TimelineEventView] = []
        self._article: ArticleView | None = None
        self._import_run: ImportRun | None = None
        self._search_dialog: SearchDialog | None = None
        self._build_layout()
        self.commands.follow_undo_stack(self.undo_stack)
        self.commands.build_menus(self)
        self.commands.build_toolbar(self, self.switcher)
        self.reader.set_context_actions([self.commands.add_note])
        self._connect_signals()
        self.state = WindowState(workspace.window_state_path)
        if not self.state.restore(self, self._splitters):
            self.resize(1440, 900)
            self._outer.setSizes([500, 340])
            self._inner.setSizes([960, 480])
        self.reader.set_zoom_factor(self.state.zoom())
        for name in self.state.hidden_panes():
            if name in self._panes:
                self._panes[name].hide()
        self._sync_pane_actions()
        self.statusBar().showMessage(
            self.tr("Library: %1").replace("%1", str(workspace.database_path)), 6000
        )

    def _build_layout(self) -> None:
        reader_box = QWidget(self)
        reader_box.setAccessibleName(self.tr("Article"))
        reader_layout = QVBoxLayout(reader_box)
        reader_layout.setContentsMargins(0, 0, 0, 0)
        reader_layout.setSpacing(0)
        reader_layout.addWidget(self.reader, 1)
        reader_layout.addWidget(self.find_bar)
        timeline_box = QWidget(self)
        timeline_box.setAccessibleName(self.tr("Timeline"))
        timeline_layout = QVBoxLayout(timeline_box)
        timeline_layout.setContentsMargins(10, 6, 10, 6)
        title = QLabel(self.tr("Timeline"), timeline_box)
        title.setObjectName("paneTitle")
        timeline_layout.addWidget(title)
        timeline_layout.addWidget(self.timeline_pane, 1)
        self._inner = QSplitter(Qt.Orientation.Horizontal, self)
        self._inner.setObjectName("readerNotesSplitter")
        self._inner.addWidget(reader_box)
        self._inner.addWidget(self.notes_pane)
        self._inner.setStretchFactor(0, 3)
        self._inner.setStretchFactor(1, 1)
        self._outer = QSplitter(Qt.Orientation.Vertical, self)
        self._outer.setObjectName("mainSplitter")
        self._outer.addWidget(self._inner)
        self._outer.addWidget(timeline_box)
        self._outer.setStretchFactor(0, 3)
        self._outer.setStretchFactor(1, 1)
        self.setCentralWidget(self._outer)
        self._panes = {"reader": reader_box, "timeline": timeline_box, "notes": self.notes_pane}
        self._splitters = {"outer": self._outer, "inner": self._inner}

    def _connect_signals(self) -> None:
        a = self.commands
        a.import_article.triggered.connect(self.import_articles)
        a.open_library.triggered.connect(self._open_switcher)
        a.quit.triggered.connect(self.close)
        a.undo.triggered.connect(self.undo)
        a.redo.triggered.connect(self.redo)
        a.add_note.triggered.connect(self.add_note)
        a.add_article_note.triggered.connect(lambda: self.add_note_about(event_id=None))
        a.add_event_note.triggered.connect(
            lambda: self.add_note_about(event_id=self.timeline.selected_event_id())
        )
        for signal in (self.timeline.event_selected, self.timeline.event_activated):
            signal.connect(lambda _id: a.add_event_note.setEnabled(True))
            signal.connect(lambda _id: a.copy_event_link.setEnabled(True))
        for colour, action in a.highlights.items():
            action.triggered.connect(lambda _checked=False, c=colour: self.highlight(c))
        a.find.triggered.connect(self.find_bar.open)
        a.search.triggered.connect(self.open_search)
        a.trash.triggered.connect(self.open_trash)
        a.manage_tags.triggered.connect(self.open_tags)
        a.note_history.triggered.connect(self.open_note_history)
        self.notes_pane.list.selectionModel().currentChanged.connect(self._update_note_actions)
        a.copy_note_link.triggered.connect(self.copy_note_link)
        a.copy_event_link.triggered.connect(self.copy_event_link)
        a.find_next.triggered.connect(lambda: self._step_match(+1))
        a.find_previous.triggered.connect(lambda: self._step_match(-1))
        a.zoom_in.triggered.connect(self.reader.zoom_in)
        a.zoom_out.triggered.connect(self.reader.zoom_out)
        a.zoom_reset.triggered.connect(self.reader.reset_zoom)
        a.about.triggered.connect(lambda: show_about(self, self.workspace.database_path))
        a.about_qt.triggered.connect(QApplication.aboutQt)
        for name, action in (
            ("reader", a.show_reader),
            ("timeline", a.show_timeline),
            ("notes", a.show_notes),
        ):
            action.toggled.connect(self._panes[name].setVisible)
        self.switcher.article_chosen.connect(self.open_article)
        self.reader.selection_changed.connect(self._update_note_action)
        self.reader.passage_clicked.connect(self._on_passage_clicked)
        self.reader.visible_span_changed.connect(self._on_reader_scrolled)
        self.find_bar.search_changed.connect(self._on_search_changed)
        self.find_bar.next_requested.connect(lambda: self._step_match(+1))
        self.find_bar.previous_requested.connect(lambda: self._step_match(-1))
        self.find_bar.closed.connect(self._on_find_closed)
        self.timeline.event_activated.connect(self._on_event_activated)
        self.notes_pane.note_activated.connect(self._on_note_activated)
        self.notes_pane.delete_requested.connect(self.delete_note)
        self.notes_pane.note_saved.connect(self._update_highlights)
        self.notes_pane.attach_requested.connect(self.attach_note)
        self.notes_pane.tags_edited.connect(self.set_note_tags)
        self.notes_pane.text_saved.connect(self._on_note_text_saved)
        self.notes_pane.preview.note_link_activated.connect(self._follow_note_link)
        self.notes_pane.preview.event_link_activated.connect(self._follow_event_link)
        self.notes_pane.list.selectionModel().currentChanged.connect(self._update_highlights)

    # Articles ------------------------------------------------------------------------------

    def open_initial_article(self, slug: str | None = None) -> None:
        """Open the requested article, else the one open last time, else the first one."""
        articles = self.workspace.library.list_articles()
        slugs = [a.slug for a in articles]
        for candidate in (slug, self.state.article_slug(), slugs[0] if slugs else None):
            if candidate in slugs:
                self.open_article(candidate)
                return
        self.switcher.set_articles(articles, None)

    def open_article(self, slug: str, *, reload: bool = False) -> None:
        """Show an article; ``reload`` reads it again though it is open (after a new revision)."""
        if not reload and self._article is not None and self._article.slug == slug:
            return
        self.notes_pane.flush()
        self._remember_reading_position()
        article = self.workspace.library.article_view(slug)
        self._article = article
        self.undo_stack.clear()
        self.reader.show_article(article)
        position = self.workspace.library.reading_position(article.id)
        if position:
            self.reader.scroll_to_offset(position)
        if self.find_bar.isVisible():
            self._on_search_changed(self.find_bar.field.text())
        self._events = self.workspace.timeline.list_events(article.id)
        self.timeline.set_events(self._events)
        self.notes_pane.set_article(article.id)
        self.notes_pane.tags_field.set_known_tags([t.name for t in self.workspace.tags.list_tags()])
        self._update_highlights()
        self.switcher.set_articles(self.workspace.library.list_articles(), slug)
        self.state.set_article_slug(slug)
        self.setWindowTitle(f"{article.headline} — {APP_NAME}")

    def _remember_reading_position(self) -> None:
        offset = self.reader.top_offset()
        if self._article is None or offset is None:
            return
        # A place to resume reading is a convenience: a failure to save it never blocks closing.
        with contextlib.suppress(SergeError):
            self.workspace.library.set_reading_position(article_id=self._article.id, offset=offset)

    def current_article(self) -> ArticleView | None:
        return self._article

    def import_articles(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Import Article"),
            str(Path.home()),
            self.tr("Articles (*.txt *.md *.markdown *.text);;All files (*)"),
        )
        self.import_paths([Path(p) for p in paths])

    def import_paths(self, paths: list[Path]) -> None:
        """Import files on a worker thread with a progress dialog; bad files are reported."""
        if not paths:
            return
        # Loaded on first import: the parsers are not needed to open the window.
        from serge_desktop.ui.import_run import ImportRun

        if self._import_run is not None:
            return  # one import at a time; its progress dialog is already showing
        run = ImportRun(self, paths)
        run.done.connect(self._on_import_done)
        self._import_run = run
        run.start()

    def _on_import_done(self) -> None:
        self._import_run = None
        self.import_finished.emit()

    # Notes ---------------------------------------------------------------------------------

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

    def _on_event_activated(self, event_id: int) -> None:
        for event in self._events:
            if event.id == event_id and event.is_placed:
                self.reader.show_span(event.start, event.end, flash=True)
            elif event.id == event_id:
                self._say_passage_missing()

    def _on_reader_scrolled(self, top: int, bottom: int) -> None:
        self.timeline.highlight_events(
            [e.id for e in self._events if e.is_placed and e.start < bottom and e.end > top]
        )

    def _show_dialog(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # a fresh one each time
        dialog.open()

    def open_trash(self) -> None:
        from serge_desktop.ui.trash_dialog import TrashDialog

        self.notes_pane.flush()  # the dialogs' own Ctrl+Z does not go through the window
        headlines = {s.id: s.headline for s in self.workspace.library.list_articles()}
        self._show_dialog(
            TrashDialog(
                self.workspace.notes,
                self.undo_stack,
                self._on_notes_changed,
                article_id=self._article.id if self._article else None,
                headlines=headlines,
                parent=self,
            )
        )

    def open_note_history(self) -> None:
        from serge_desktop.ui.history_dialog import HistoryDialog

        note_id = self.notes_pane.current_note_id()
        if note_id is None:
            return
        self.notes_pane.flush()
        self._show_dialog(
            HistoryDialog(
                self.workspace.notes,
                self.undo_stack,
                self._on_notes_changed,
                note_id=note_id,
                parent=self,
            )
        )

    def open_tags(self) -> None:
        from serge_desktop.ui.tags_dialog import TagsDialog

        self.notes_pane.flush()
        self._show_dialog(
            TagsDialog(self.workspace.tags, self.undo_stack, self._on_notes_changed, parent=self)
        )

    def open_search(self) -> None:
        """Show the search-everything dialog (made on first use: start-up does not need it)."""
        if self._search_dialog is None:
            from serge_desktop.ui.search_dialog import SearchDialog

            self._search_dialog = SearchDialog(self.workspace.search, self)
            self._search_dialog.hit_chosen.connect(self._on_search_hit)
        self._search_dialog.open_for_search()

    def _on_search_hit(self, hit: Hit) -> None:
        self.open_article(hit.slug)
        if isinstance(hit, NoteHit):
            self.notes_pane.select_note(hit.note_id)
            self._on_note_activated(hit.note_id)
        elif isinstance(hit, EventHit):
            self.timeline.select_event(hit.event_id)
            self._on_event_activated(hit.event_id)
        elif hit.body_offset is not None:
            first = hit.snippet.matches[0] if hit.snippet.matches else (0, 1)
            self.reader.show_span(
                hit.body_offset, hit.body_offset + first[1] - first[0], flash=True
            )

    def _on_search_changed(self, text: str) -> None:
        total = self.reader.find_all(text)
        self.find_bar.show_count(self.reader.current_match(), total)

    def _step_match(self, step: int) -> None:
        if not self.find_bar.isVisible():
            self.find_bar.open()
            return
        current = self.reader.go_to_match(self.reader.current_match() + step)
        self.find_bar.show_count(current, self.reader.match_count())

    def _on_find_closed(self) -> None:
        self.reader.find_all("")
        self.reader.setFocus()

    # Window --------------------------------------------------------------------------------

    def confirm_close_without_saving(self) -> bool:
        """Ask whether to close although a note's text could not be saved (tests replace this)."""
        error = self.notes_pane.last_save_error
        answer = QMessageBox.warning(
            self,
            self.tr("Your note is not saved"),
            self.tr(
                "The note you were writing could not be saved: %1\n\nKeep the window open "
                "and try again in a moment, or close and lose the unsaved text?"
            ).replace("%1", describe_error(error) if error else ""),
            QMessageBox.StandardButton.Retry | QMessageBox.StandardButton.Discard,
            QMessageBox.StandardButton.Retry,
        )
        return answer == QMessageBox.StandardButton.Discard

    def _open_switcher(self) -> None:
        self.switcher.setFocus()
        self.switcher.showPopup()

    def _sync_pane_actions(self) -> None:
        for name, action in (
            ("reader", self.commands.show_reader),
            ("timeline", self.commands.show_timeline),
            ("notes", self.commands.show_notes),
        ):
            action.setChecked(not self._panes[name].isHidden())

    def closeEvent(self, event: QCloseEvent) -> None:
        # Unsaved note text is written before anything else, so quitting never loses typing.
        if not self.notes_pane.flush() and not self.confirm_close_without_saving():
            event.ignore()
            return
        self.save_session()
        super().closeEvent(event)

    def save_session(self) -> None:
        """Save typing, window and reading state.

        Also runs when the application quits without closing its windows (the desktop session
        ends, or ``--exit-after-start``).
        """
        self.notes_pane.flush()
        self._remember_reading_position()
        if self._import_run is not None:
            self._import_run.cancel_and_wait()
        self.state.set_zoom(self.reader.zoom_factor())
        self.state.set_hidden_panes([n for n, pane in self._panes.items() if pane.isHidden()])
        self.state.save(self, self._splitters)
