"""Moving articles to the trash and back, and emptying the trash (confirmed, backed up first)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from serge_desktop.core.errors import SergeError
from serge_desktop.services.article_trash import EmptiedTrash, TrashedArticle
from serge_desktop.services.views import ArticleSummary
from serge_desktop.ui.common.error_messages import describe_error
from serge_desktop.ui.features.library.commands import (
    ARTICLE_MOVED,
    DeleteArticleCommand,
    RestoreArticleCommand,
)
from serge_desktop.ui.window.context import PageId, WindowContext

if TYPE_CHECKING:
    from serge_desktop.ui.features.library.page import LibraryPage


class TrashCounts(QObject):
    """The trash's counted phrases: lupdate gives plural forms only to a class's tr()."""

    def articles(self, count: int) -> str:
        return self.tr("%n article(s): %1", "", count)

    def notes(self, count: int) -> str:
        return self.tr("their %n note(s)", "", count)

    def events(self, count: int) -> str:
        return self.tr("their %n timeline event(s)", "", count)

    def loose_notes(self, count: int) -> str:
        return self.tr("%n note(s) deleted on their own", "", count)

    def articles_gone(self, count: int) -> str:
        return self.tr("%n article(s) deleted for good.", "", count)

    def notes_gone(self, count: int) -> str:
        return self.tr("%n note(s) deleted for good.", "", count)


class ArticleActions(QObject):
    """Library ▸ Move Article to Trash (Delete), Show Trash and Empty Trash."""

    def __init__(
        self,
        ctx: WindowContext,
        page: Callable[[], LibraryPage],
        stack: QUndoStack,
        parent: QObject,
    ) -> None:
        """``page`` gives the Library page, building it if need be (see ``attach``)."""
        super().__init__(parent)
        self._ctx = ctx
        self._page_of = page
        self._stack = stack
        self.delete_action = QAction(self.tr("&Move Article to Trash"), self)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        # Delete belongs to the Library's list here; the timeline and notes have their own.
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.delete_action.setStatusTip(
            self.tr("Move the article to the trash with its notes and events")
        )
        self.delete_action.triggered.connect(self.delete_article)
        self.trash_action = QAction(self.tr("Show T&rash"), self)
        self.trash_action.setStatusTip(self.tr("Deleted articles, to restore or delete for good"))
        self.trash_action.triggered.connect(self.show_trash)
        self.empty_action = QAction(self.tr("&Empty Trash…"), self)
        self.empty_action.setStatusTip(self.tr("Delete the trash's articles and notes for good"))
        self.empty_action.triggered.connect(self.empty_trash)
        ctx.actions.add("library.delete_article", self.delete_action)
        ctx.actions.add("library.show_trash", self.trash_action)
        ctx.actions.add("library.empty_trash", self.empty_action)

    @property
    def _page(self) -> LibraryPage:
        return self._page_of()

    def attach(self, page: LibraryPage) -> None:
        """Take the page's Delete key and its trash's buttons, once it is built."""
        page.table.addAction(self.delete_action)
        page.trash.restore_requested.connect(self.restore)
        page.trash.empty_requested.connect(self.empty_trash)

    def menu_actions(self) -> list[QAction]:
        return [self.delete_action, self.trash_action, self.empty_action]

    # Deleting -----------------------------------------------------------------------------------

    def target(self) -> ArticleSummary | None:
        """The article selected in the Library, or, from the study panes, the one open."""
        if self._ctx.current_page() == PageId.LIBRARY:
            return self._page.current_article()
        current = self._ctx.current_article()
        if current is None:
            return None
        try:
            return self._ctx.workspace.library.get_summary(current.slug)
        except SergeError:
            return None

    def delete_article(self) -> None:
        article = self.target()
        if article is None:
            return
        ctx = self._ctx
        if ctx.current_page() != PageId.LIBRARY:
            ctx.show_page(PageId.LIBRARY)  # where its Undo and its Trash are
        neighbour = self._neighbour(article)
        command = DeleteArticleCommand(
            ctx.workspace.article_trash, ctx.bus, article_id=article.id, title=article.headline
        )
        self._stack.push(command)
        if command.error is not None:
            ctx.show_error(self.tr("The article was not deleted"), describe_error(command.error))
            return
        open_article = ctx.current_article()
        if open_article is not None and open_article.id == article.id:
            if neighbour is not None:
                ctx.open_article(neighbour.slug)
            else:
                ctx.close_article()
        if neighbour is not None:
            self._page.select_article(neighbour.id)
        ctx.show_status(
            self.tr(
                "“%1” is in the trash with its notes and events. Ctrl+Z brings it back."
            ).replace("%1", article.headline),
            8000,
        )

    def _neighbour(self, article: ArticleSummary) -> ArticleSummary | None:
        """The article to show after this one goes: the next in the library, else the one before."""
        rows = self._ctx.workspace.library.list_articles()
        ids = [row.id for row in rows]
        if article.id not in ids or len(rows) < 2:
            return None
        at = ids.index(article.id)
        return rows[at + 1] if at + 1 < len(rows) else rows[at - 1]

    # The trash ----------------------------------------------------------------------------------

    def show_trash(self) -> None:
        self._ctx.show_page(PageId.LIBRARY)
        self._page.show_trash(True)

    def restore(self, trashed: TrashedArticle) -> None:
        summary = trashed.summary
        command = RestoreArticleCommand(
            self._ctx.workspace.article_trash, self._ctx.bus, article_id=summary.id,
            title=summary.headline,
        )  # fmt: skip
        self._stack.push(command)
        if command.error is not None:
            self._ctx.show_error(
                self.tr("The article was not restored"), describe_error(command.error)
            )
            return
        self._ctx.show_status(
            self.tr("“%1” is back in the library.").replace("%1", summary.headline), 6000
        )

    def empty_trash(self) -> None:
        ctx = self._ctx
        try:
            articles = ctx.workspace.article_trash.list_trash()
            loose_notes = len(ctx.workspace.notes.list_trash())
        except SergeError as error:
            ctx.show_error(self.tr("The trash cannot be read"), describe_error(error))
            return
        if not articles and not loose_notes:
            ctx.show_status(self.tr("The trash is empty."), 4000)
            return
        if not self.confirm_empty(ctx.window(), articles, loose_notes, ctx.workspace.keeps_backups):
            return
        try:
            emptied = ctx.tasks.run_blocking(ctx.workspace.article_trash.empty_trash)
        except SergeError as error:
            ctx.show_error(self.tr("The trash was not emptied"), describe_error(error))
            return
        # What the undo stacks would bring back is gone for good now.
        self._stack.clear()
        ctx.undo_stack.clear()
        ctx.bus.announce(ARTICLE_MOVED)
        self.report_emptied(ctx.window(), emptied)

    @classmethod
    def confirm_empty(
        cls, parent: QWidget, articles: list[TrashedArticle], loose_notes: int, backed_up: bool
    ) -> bool:
        """Ask before deleting for good, saying what goes (tests replace this)."""
        notes = sum(t.summary.notes for t in articles)
        events = sum(t.summary.events for t in articles)
        lines = [QCoreApplication.translate("ArticleActions", "These will be deleted for good:")]
        if articles:
            titles = ", ".join(f"“{t.summary.headline}”" for t in articles[:5])
            if len(articles) > 5:
                titles += " …"
            counts = TrashCounts()
            lines.append("• " + counts.articles(len(articles)).replace("%1", titles))
            lines.append("• " + counts.notes(notes))
            lines.append("• " + counts.events(events))
        if loose_notes:
            lines.append("• " + TrashCounts().loose_notes(loose_notes))
        lines.append("")
        lines.append(
            QCoreApplication.translate("ArticleActions", "A backup of the library is made first.")
            if backed_up
            else QCoreApplication.translate(
                "ArticleActions", "No backup is kept in this session: this cannot be undone."
            )
        )
        answer = QMessageBox.warning(
            parent,
            QCoreApplication.translate("ArticleActions", "Empty Trash"),
            "\n".join(lines),
            QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Discard,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    @classmethod
    def report_emptied(cls, parent: QWidget, emptied: EmptiedTrash) -> None:
        """Say what went and where the backup is (tests replace this)."""
        counts = TrashCounts()
        lines = [counts.articles_gone(emptied.articles), counts.notes_gone(emptied.notes)]
        if emptied.backup is not None:
            lines += [
                "",
                QCoreApplication.translate(
                    "ArticleActions", "The library was backed up first, to:\n%1"
                ).replace("%1", str(emptied.backup)),
                QCoreApplication.translate(
                    "ArticleActions", "File ▸ Backups… restores it if you need it."
                ),
            ]
        QMessageBox.information(
            parent, QCoreApplication.translate("ArticleActions", "Trash Emptied"), "\n".join(lines)
        )
