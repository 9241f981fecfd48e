"""The study window: the article, its timeline and the reader's notes, linked to one another.

The window builds the layout, wires the panes' signals in ``_connect_signals`` and offers the
small API features are written against (``ui.window.context.WindowContext``); everything else
is a feature installed from ``installers``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QCloseEvent,
    QShowEvent,
    QUndoGroup,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QMainWindow,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from serge_desktop import APP_NAME
from serge_desktop.core.errors import SergeError
from serge_desktop.services.changes import Changes
from serge_desktop.services.views import ArticleView, TimelineEventView
from serge_desktop.services.workspace import Workspace
from serge_desktop.ui.common.bus import ChangeBus
from serge_desktop.ui.common.dock_fitting import float_when_too_wide
from serge_desktop.ui.common.error_messages import describe_error
from serge_desktop.ui.common.pane_scroller import PaneScroller
from serge_desktop.ui.common.worker import TaskRunner
from serge_desktop.ui.notes.pane import NotesPane
from serge_desktop.ui.reader.find import FindInArticle
from serge_desktop.ui.reader.find_bar import FindBar
from serge_desktop.ui.reader.view import ReaderView
from serge_desktop.ui.shell.about_dialog import show_about
from serge_desktop.ui.shell.central_area import CentralArea
from serge_desktop.ui.shell.dock_source import fill_dock
from serge_desktop.ui.shell.installers import first_frame_installers, install_features
from serge_desktop.ui.shell.later_features import LaterFeatures
from serge_desktop.ui.shell.library_switcher import LibrarySwitcher
from serge_desktop.ui.shell.main_actions import MainActions
from serge_desktop.ui.shell.pane_focus import PaneFocus, focus_widget, order_tabs
from serge_desktop.ui.shell.pane_links import PaneLinks
from serge_desktop.ui.shell.study_layout import StudyLayout
from serge_desktop.ui.shell.window_state import WindowState
from serge_desktop.ui.timeline.pane import TimelinePane
from serge_desktop.ui.window.actions import ActionRegistry, MenuId
from serge_desktop.ui.window.context import PageId, PageSource
from serge_desktop.ui.window.sections import PageSections


class MainWindow(QMainWindow):
    """The study window; it satisfies ``WindowContext`` for the features it installs."""

    actions: ActionRegistry  # the named actions; called, the window's actions as in QWidget

    def __init__(self, workspace: Workspace, *, defer: bool = False) -> None:
        super().__init__()
        self.workspace = workspace
        self.setWindowTitle(APP_NAME)
        self.undo_stack = QUndoStack(self)
        # Edit ▸ Undo acts on the stack of the page shown: the study panes' (cleared when
        # another article opens) or a page's own, such as the library's.
        self.undo_group = QUndoGroup(self)
        self.undo_group.addStack(self.undo_stack)
        self.undo_group.setActiveStack(self.undo_stack)
        self._page_stacks: dict[str, QUndoStack] = {}
        self.bus = ChangeBus(self)
        self.tasks = TaskRunner(self)
        self.sections = PageSections(self)
        self.actions = ActionRegistry(self)
        self.commands = MainActions(self)
        self.switcher = LibrarySwitcher(self)
        self.reader = ReaderView(self)
        self.find_bar = FindBar(self)
        self.find_bar.hide()
        self.finder = FindInArticle(self.reader, self.find_bar)
        # Made in reading order, which is Tab's order: the article, its notes, the timeline.
        self.notes = NotesPane(workspace.notes, workspace.tags, workspace.layers, self)
        self.timeline = TimelinePane(
            self, service=workspace.timeline, categories=workspace.categories
        )
        self._article: ArticleView | None = None
        self._closed = False  # closed, its session saved: its library may have closed since
        self._reading = True  # the study page shown (left for another page, see _on_page_changed)
        self._build_layout()
        self.commands.register(self.actions)
        self.commands.follow_undo_stack(self.undo_group)
        self.commands.build_menus(self.actions)
        self.commands.build_toolbar(self.actions, self.switcher)
        self.reader.set_context_actions([self.commands.add_note])
        self.links = PaneLinks(self)
        self.pane_focus = PaneFocus(
            [
                (self._panes["reader"], self.reader.focus_text),
                (self._panes["notes"], focus_widget(self.notes.list)),
                (self._panes["timeline"], focus_widget(self.timeline)),
            ],
            lambda: self.central.current_page() == PageId.STUDY,
            lambda: self.central.show_page(PageId.STUDY),
            self,
        )
        self._connect_signals()
        self.features = install_features(self, first_frame_installers())
        # Tab in the order the window reads: the toolbar, any bar above the panes, the pages'
        # tabs, then the article, its notes, the timeline's controls and its chart.
        views = self.timeline.current_view().parentWidget()  # the chart and its twins
        panes = [self._panes["reader"], self._panes["notes"], self.timeline.controls, views]
        order_tabs([self.commands.toolbar, *self.central.banners(), self.central.tab_bar(), *panes])
        self.state = WindowState(workspace.window_state_path)
        self.study_layout.set_first_sizes()
        self.state.restore_or_fit(self, self.study_layout.splitters)
        self.reader.set_zoom_factor(self.state.zoom())
        self.notes.writing.set_side_by_side(self.state.side_by_side())
        for name in self.state.hidden_panes():
            if name in self._panes:
                self._panes[name].hide()
        self._sync_pane_actions()
        self.show_status(self.tr("Library: %1").replace("%1", str(workspace.database_path)), 6000)
        self.later = LaterFeatures(self, defer=defer)  # the other features: now, or once painted

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
        self.timeline.controls.set_title(title)  # in the controls' row: the chart the height
        timeline_layout.addWidget(self.timeline, 1)
        notes_box = PaneScroller(self.notes, self)  # scrolls rather than push the window's height
        self.study_layout = StudyLayout(reader_box, timeline_box, notes_box, self.notes.splitter)
        self.central = CentralArea(self.study_layout.columns, self.tr("Study"), self)
        self.setCentralWidget(self.central)
        self._panes = {"reader": reader_box, "timeline": timeline_box, "notes": notes_box}

    def _connect_signals(self) -> None:
        a = self.commands
        a.open_library.triggered.connect(self.switcher.open_list)
        a.quit.triggered.connect(self.close)
        a.next_pane.triggered.connect(self.pane_focus.next_pane)
        a.previous_pane.triggered.connect(self.pane_focus.previous_pane)
        a.undo.triggered.connect(self.undo)
        a.redo.triggered.connect(self.redo)
        a.find.triggered.connect(self.finder.open)
        a.find_next.triggered.connect(self.finder.next)
        a.find_previous.triggered.connect(self.finder.previous)
        a.zoom_in.triggered.connect(self.reader.zoom_in)
        a.zoom_out.triggered.connect(self.reader.zoom_out)
        a.zoom_reset.triggered.connect(self.reader.reset_zoom)
        a.about.triggered.connect(lambda: show_about(self, self.workspace.database_path))
        a.about_qt.triggered.connect(QApplication.aboutQt)
        for name, action in a.pane_toggles().items():
            action.toggled.connect(self._panes[name].setVisible)
        self.switcher.article_chosen.connect(self._open_chosen)
        self.bus.changed.connect(self.notes.on_changed)
        self.bus.changed.connect(self.timeline.on_changed)
        self.bus.changed.connect(self._on_changed)
        self.bus.spoken.connect(self.say)
        self.links.connect_panes()
        self.central.page_changed.connect(self._on_page_changed)

    # The article shown ----------------------------------------------------------------------

    def open_initial_article(self, slug: str | None = None) -> None:
        articles = self.workspace.library.article_choices()
        slugs = [a.slug for a in articles]
        remembered = self.state.article_slug()
        # The switcher is filled here once, so opening the article below need not list them again.
        # Not the Library's listing (its counts grow with the library): its page reads that
        # when it is shown.
        self.switcher.set_articles(articles, None)
        for candidate in (slug, remembered, slugs[0] if slugs else None):
            if candidate in slugs:
                self.open_article(candidate)
                break
        # A reader with several articles and none open last time starts at the Library.
        starting_fresh = slug is None and remembered not in slugs
        if starting_fresh and len(slugs) > 1 and self.central.has_page(PageId.LIBRARY):
            self.show_page(PageId.LIBRARY)
        elif self._article is not None and not self._panes["reader"].isHidden():
            self.reader.focus_text()  # a reading app starts in the text, not the first control

    def open_article(self, slug: str, *, reload: bool = False) -> None:
        if not reload and self._article is not None and self._article.slug == slug:
            return
        self.notes.flush()
        self._remember_reading_position()
        article = self.workspace.library.article_view(slug)
        self._article = article
        self.undo_stack.clear()
        self.reader.show_article(article)
        position = self.workspace.library.reading_position(article.id)
        if position:
            self.reader.scroll_to_offset(position)
        self.finder.search_again()
        self.timeline.set_article(article.id)
        self.notes.set_article(article.id, list_later=self.isVisible())  # after the first frame
        # The switcher lists the library again only when it changed (see _on_changed) or when
        # it does not know this article yet; listing on every switch grew with the library.
        if not self.switcher.offers(slug):
            self.switcher.set_articles(self.workspace.library.article_choices(), slug)
        else:
            self.switcher.set_current(slug)
        self.state.set_article_slug(slug)
        self.setWindowTitle(f"{article.headline} — {APP_NAME}")
        self.bus.article_opened.emit(article)

    def current_article(self) -> ArticleView | None:
        return self._article

    def close_article(self) -> None:
        self.notes.flush()
        self._remember_reading_position()
        self._article = None
        self.undo_stack.clear()
        self.reader.clear_article()
        self.timeline.set_article(None)
        self.notes.set_article(None)
        self.switcher.set_articles(self.workspace.library.article_choices(), None)
        self.setWindowTitle(APP_NAME)

    def show_passage(self, slug: str, start: int, end: int) -> None:
        self.open_article(slug)
        self.reader.show_span(start, end, flash=True)

    def focus_reader(self) -> None:
        self.central.show_page("study")
        self._panes["reader"].show()
        self._sync_pane_actions()
        self.reader.focus_text()

    def events(self) -> list[TimelineEventView]:
        """The open article's timeline events, as shown."""
        return self.timeline.events()

    def _remember_reading_position(self) -> None:
        article, offset = self._article, self.reader.top_offset()
        if article is None or offset is None:
            return
        try:  # a place to resume reading is a convenience: failing to keep it never blocks closing
            when = self.workspace.library.set_reading_position(article_id=article.id, offset=offset)
        except SergeError:
            return
        self.bus.article_read.emit(article.id, when)  # read until now: the library shows when

    def _on_changed(self, changes: Changes) -> None:
        if changes.articles:
            current = self._article.slug if self._article else None
            self.switcher.set_articles(self.workspace.library.article_choices(), current)

    # Telling the reader and places for features ---------------------------------------------------

    def show_status(self, message: str, timeout_ms: int = 8000) -> None:
        self.statusBar().showMessage(message, timeout_ms)

    def say(self, message: str) -> None:
        """Show what just happened, and have a screen reader speak it after what it is reading."""
        # A status bar message alone is never read out; Qt (6.8+) gives the announcement to
        # AT-SPI, UI Automation or VoiceOver, polite by default.
        self.show_status(message)
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self, message))

    def clear_status(self, message: str) -> None:
        if self.statusBar().currentMessage() == message:
            self.statusBar().clearMessage()

    def show_error(self, title: str, message: str) -> None:
        """Tell the user about a problem they can act on (tests replace this)."""
        QMessageBox.warning(self, title, message)

    def add_banner(self, banner: QWidget) -> None:
        self.central.add_banner(banner)

    def add_page(
        self, page_id: str, page: PageSource, title: str, *, undo_stack: QUndoStack | None = None
    ) -> None:
        self.central.add_page(page_id, page, title)
        if undo_stack is not None:
            self._page_stacks[page_id] = undo_stack
            self.undo_group.addStack(undo_stack)

    def show_page(self, page_id: str) -> None:
        self.central.show_page(page_id)

    def current_page(self) -> str:
        return self.central.current_page()

    def _on_page_changed(self, page_id: str) -> None:
        self.undo_group.setActiveStack(self._page_stacks.get(page_id, self.undo_stack))
        if self._reading and page_id != PageId.STUDY and self.isVisible():  # left the text:
            self._remember_reading_position()  # its place kept, and read until now
        self._reading = page_id == PageId.STUDY

    def add_dock(
        self, dock_id: str, widget: PageSource, title: str, area: Qt.DockWidgetArea
    ) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(dock_id)  # what saveState remembers it by
        fill_dock(dock, widget)  # a function: the widget built when the dock first shows
        if not self.restoreDockWidget(dock):  # added after restoreState: back where it was
            self.addDockWidget(area, dock)
            dock.hide()
        float_when_too_wide(dock, self)
        self.actions.add(f"view.{dock_id}", dock.toggleViewAction())
        self.actions.add_to_menu(MenuId.VIEW, [dock.toggleViewAction()])
        return dock

    # Undo, panes, closing -----------------------------------------------------------------------

    def undo(self) -> None:
        # Typing not yet saved belongs to the note being undone or redone: save it first.
        self.notes.flush()
        self.undo_group.undo()

    def redo(self) -> None:
        self.notes.flush()
        self.undo_group.redo()

    def _open_chosen(self, slug: str) -> None:
        # Chosen with Ctrl+O: the keyboard goes to the text, so Page Down reads on rather than
        # switching to the next article in the list.
        self.open_article(slug)
        self.focus_reader()

    def _sync_pane_actions(self) -> None:
        for name, action in self.commands.pane_toggles().items():
            action.setChecked(not self._panes[name].isHidden())

    def confirm_close_without_saving(self) -> bool:
        """Ask whether to close although a note's text could not be saved (tests replace this)."""
        error = self.notes.last_save_error
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

    @override
    def closeEvent(self, event: QCloseEvent) -> None:
        # Qt sends a closed window's close event again when close() is called on it again:
        # everything was saved the first time, and the library may be closed by now.
        if self._closed:
            event.accept()
            return
        # Unsaved note text is written before anything else, so quitting never loses typing.
        if not self.notes.flush() and not self.confirm_close_without_saving():
            event.ignore()
            return
        self.save_session()
        self._closed = True
        super().closeEvent(event)

    @override
    def showEvent(self, event: QShowEvent) -> None:
        self._closed = False  # shown again: its next close saves again
        super().showEvent(event)

    def save_session(self) -> None:
        """Save typing, window and reading state.

        Also runs when the application quits without closing its windows (the desktop session
        ends, or ``--exit-after-start``); not again after the window closed (the quit that
        follows the last window's close).
        """
        if self._closed:
            return
        self.notes.flush()
        self._remember_reading_position()
        self.tasks.cancel_and_wait()
        self.state.set_zoom(self.reader.zoom_factor())
        self.state.set_hidden_panes([n for n, pane in self._panes.items() if pane.isHidden()])
        self.state.set_side_by_side(self.notes.writing.is_side_by_side())
        self.state.save(self, self.study_layout.splitters)
