"""Library ▸ Show Library (Ctrl+L): the page of articles, its details, and reading its changes.

The page is built when first shown and filled lazily: a change while it is hidden only marks it
stale, and it reads the library again when it is next shown, so neither the window's start nor
a busy study session pays for it.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QDockWidget, QWidget

from serge_desktop.core.errors import SergeError
from serge_desktop.services.article_metadata import ArticleMetadata
from serge_desktop.services.changes import Changes
from serge_desktop.services.views import ArticleSummary, ArticleView
from serge_desktop.ui.common.error_messages import describe_error
from serge_desktop.ui.features.library.across import AcrossArticles
from serge_desktop.ui.features.library.article_actions import ArticleActions
from serge_desktop.ui.features.library.commands import EditMetadataCommand
from serge_desktop.ui.features.library.series_actions import SeriesActions
from serge_desktop.ui.window.actions import MenuId
from serge_desktop.ui.window.context import PageId, WindowContext

if TYPE_CHECKING:
    from serge_desktop.ui.features.library.page import LibraryPage

LIBRARY_MENU = "library"


class LibraryFeature(QObject):
    """Owns the Library page, its undo stack (edits that outlive the article shown) and menu."""

    def __init__(self, ctx: WindowContext) -> None:
        super().__init__(ctx.window())
        self._ctx = ctx
        self._stale = True
        # Articles read since the rows were filled, and when: shown the next time the page is,
        # one row each, rather than reading the whole library again.
        self._read: dict[int, dt.datetime] = {}
        self.undo_stack = QUndoStack(self)
        self._page: LibraryPage | None = None  # built when first shown (see ``page``)
        ctx.add_page(
            PageId.LIBRARY, lambda: self.page, self.tr("Library"), undo_stack=self.undo_stack
        )
        self.show_action = QAction(self.tr("Show &Library"), self)
        self.show_action.setShortcut(QKeySequence("Ctrl+L"))
        self.show_action.setStatusTip(self.tr("Every article of the library, by series (Ctrl+L)"))
        self.show_action.setIcon(ctx.actions.get("file.open_library").icon())
        self.show_action.triggered.connect(self.show_library)
        ctx.actions.add("library.show", self.show_action)
        ctx.actions.add_menu(LIBRARY_MENU, self.tr("&Library"), before=MenuId.TIMELINE)
        ctx.actions.add_to_menu(LIBRARY_MENU, [self.show_action])
        self.articles = ArticleActions(ctx, lambda: self.page, self.undo_stack, self)
        self.series = SeriesActions(ctx, lambda: self.page, self.undo_stack, self)
        ctx.actions.add_to_menu(LIBRARY_MENU, self.articles.menu_actions())
        ctx.actions.add_to_menu(LIBRARY_MENU, self.series.menu_actions())
        self.across = AcrossArticles(ctx, LIBRARY_MENU)
        ctx.actions.add_to_toolbar([self.show_action])
        self._connect()

    def _connect(self) -> None:
        ctx = self._ctx
        ctx.bus.changed.connect(self._on_changed)
        ctx.bus.article_opened.connect(self._on_article_opened)
        ctx.bus.article_read.connect(self._on_article_read)

    @property
    def page(self) -> LibraryPage:
        """The page of articles, built the first time it is shown or asked for."""
        if self._page is not None:
            return self._page
        from serge_desktop.ui.features.library.page import LibraryPage

        page = self._page = LibraryPage(self._ctx.window())
        page.hide()  # the window's until its tab shows it
        self._ctx.sections.host(PageId.LIBRARY, page.tabs)
        self.articles.attach(page)
        self.series.attach(page)
        page.open_requested.connect(self.open_in_reader)
        page.current_article_changed.connect(self._show_details)
        page.details.submitted.connect(self._apply_details)
        page.showing_trash_changed.connect(lambda _shown: self.refresh())
        page.shown.connect(self._on_shown)
        return page

    # Showing ------------------------------------------------------------------------------------

    def show_library(self) -> None:
        self._ctx.show_page(PageId.LIBRARY)
        if self._stale:
            self.refresh()
        self._show_read()
        current = self._ctx.current_article()
        if current is not None and self.page.current_article() is None:
            self.page.select_article(current.id)
        self.page.focus_articles()

    def _on_shown(self) -> None:
        self._show_read()
        if self._stale:
            self.refresh()
            if self.page.current_article() is None:
                current = self._ctx.current_article()
                if current is not None:
                    self.page.select_article(current.id)
        self._take_keyboard()

    def _take_keyboard(self) -> None:
        # Shown at start or by its tab, the page takes the keyboard as Ctrl+L gives it. Else the
        # keyboard is nowhere, or Qt has moved it from the page just hidden to the window's first
        # widget: the toolbar's article switcher, where Down opens another article. A dock the
        # reader is typing in (the Index's filter) keeps it.
        focus = self._ctx.window().focusWidget()  # the window's, even before it is active
        if focus is not None and (self.page.isAncestorOf(focus) or _in_dock(focus)):
            return
        self.page.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def refresh(self, *, select_id: int | None = None) -> None:
        """Read the articles (and the trash, when shown) again."""
        library = self._ctx.workspace.library
        try:
            articles = library.list_articles()
            trash = self._ctx.workspace.article_trash.list_trash()
        except SergeError as error:
            self._ctx.show_error(self.tr("The library cannot be read"), describe_error(error))
            return
        self._stale = False
        self._read = {}  # the rows just read hold these times already
        self.page.set_articles(articles, select_id=select_id)
        self.page.set_trash(trash)
        self.page.details.set_series_names(
            [s.name for s in self._ctx.workspace.series.list_series()]
        )

    def open_in_reader(self, slug: str) -> None:
        """Open the article and give the reader the keyboard."""
        self._ctx.open_article(slug)
        self._ctx.focus_reader()

    # Reacting -----------------------------------------------------------------------------------

    def _on_changed(self, changes: Changes) -> None:
        if not (changes.articles or changes.notes or changes.events or changes.layers):
            return
        if changes.articles:
            self._reload_open_article()
        if self._ctx.current_page() == PageId.LIBRARY:
            self.refresh()
        else:
            self._stale = True

    def _on_article_opened(self, article: ArticleView) -> None:
        # "Last read" in the library; a failure to note it never stops the reading.
        try:
            when = self._ctx.workspace.library.mark_opened(article_id=article.id)
        except SergeError:
            return
        self._ctx.bus.article_read.emit(article.id, when)

    def _on_article_read(self, article_id: int, when: dt.datetime) -> None:
        # Opened, or left with its reading position kept: only this article's "last read"
        # changed, to the time written. The rows take it when next shown, so an article switch
        # pays nothing for a page it does not show.
        self._read[article_id] = when
        if self._page is not None and self._page.isVisible():
            self._show_read()

    def _show_read(self) -> None:
        if self._stale or self._page is None:
            return  # the rows are read again when shown, these times with them
        read, self._read = self._read, {}
        self._page.set_last_read(read)

    def _reload_open_article(self) -> None:
        # The reader shows the title, standfirst and byline: show them as they now are.
        current = self._ctx.current_article()
        if current is None:
            return
        try:
            summary = self._ctx.workspace.library.get_summary(current.slug)
        except SergeError:
            return  # in the trash: the delete action has already moved the reader on
        if (summary.headline, summary.standfirst, summary.publication, summary.author,
                summary.published, summary.series, summary.part) != (
                current.headline, current.standfirst, current.publication, current.author,
                current.published, current.series, current.part):  # fmt: skip
            self._ctx.open_article(current.slug, reload=True)

    # Details ------------------------------------------------------------------------------------

    def _show_details(self, article: ArticleSummary | None) -> None:
        details = self.page.details
        if article is None:
            details.show_article(None, None)
            return
        try:
            details.show_article(article.id, self._ctx.workspace.metadata.metadata(article.id))
        except SergeError:
            details.show_article(None, None)

    def _apply_details(self, article_id: int, values: ArticleMetadata) -> None:
        command = EditMetadataCommand(
            self._ctx.workspace.metadata, self._ctx.bus, article_id=article_id, after=values
        )
        self.undo_stack.push(command)
        if command.error is not None:
            self.page.details.show_problem(describe_error(command.error))
        else:
            self.page.select_article(article_id)
            self._ctx.show_status(self.tr("Details saved. Ctrl+Z undoes."), 4000)


def install(ctx: WindowContext) -> QObject:
    return LibraryFeature(ctx)


def _in_dock(widget: QWidget) -> bool:
    parent: QWidget | None = widget
    while parent is not None:
        if isinstance(parent, QDockWidget):
            return True
        parent = parent.parentWidget()
    return False
