"""The study window: the article, its timeline and the reader's notes, linked to one another."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from serge_desktop import APP_NAME
from serge_desktop.core.errors import SergeError
from serge_desktop.services.views import ArticleView, TimelineEventView
from serge_desktop.services.workspace import Workspace
from serge_desktop.ui.common.error_messages import describe_error
from serge_desktop.ui.features.note_dialogs import WindowDialogs
from serge_desktop.ui.notes.pane import NotesPane
from serge_desktop.ui.reader.find_bar import FindBar
from serge_desktop.ui.reader.view import ReaderView
from serge_desktop.ui.shell.about_dialog import show_about
from serge_desktop.ui.shell.installers import install_features
from serge_desktop.ui.shell.library_switcher import LibrarySwitcher
from serge_desktop.ui.shell.main_actions import MainActions
from serge_desktop.ui.shell.window_state import WindowState
from serge_desktop.ui.timeline.pane import TimelinePane

if TYPE_CHECKING:
    from serge_desktop.ui.features.importing.run import ImportRun
    from serge_desktop.ui.search.dialog import SearchDialog


class MainWindow(WindowDialogs):
    """The study window.

    Signals: import_finished() once an import started from the window has ended;
    article_opened(ArticleView) whenever an article is shown (again).
    """

    import_finished = Signal()
    article_opened = Signal(object)

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
        self.features = install_features(self)
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
        self.reload_events()
        self.notes_pane.set_article(article.id)
        self.notes_pane.tags_field.set_known_tags([t.name for t in self.workspace.tags.list_tags()])
        self._update_highlights()
        self.switcher.set_articles(self.workspace.library.list_articles(), slug)
        self.state.set_article_slug(slug)
        self.setWindowTitle(f"{article.headline} — {APP_NAME}")
        self.article_opened.emit(article)

    def reload_events(self) -> None:
        """Read the open article's timeline again (after events were added, edited or deleted)."""
        if self._article is None:
            return
        self._events = self.workspace.timeline.list_events(self._article.id)
        self.timeline.set_events(self._events)

    def events(self) -> list[TimelineEventView]:
        return list(self._events)

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
        from serge_desktop.ui.features.importing.run import ImportRun

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
