"""Shows the notes pane's emergency copies in the window: where the text of an unsaved note went."""

from __future__ import annotations

from PySide6.QtCore import QObject

from serge_desktop.services.views import ArticleView
from serge_desktop.ui.window.context import WindowContext


class EmergencyNotices(QObject):
    """Tells the pane's emergency copy the data folder and the article; shows its notices."""

    def __init__(self, ctx: WindowContext) -> None:
        super().__init__(ctx.window())
        self._ctx = ctx
        self._emergency = ctx.notes.emergency
        self._emergency.avoid_dir = ctx.workspace.data_dir
        self._notice = ""
        self._emergency.notice_changed.connect(self._show_notice)
        ctx.bus.article_opened.connect(self._on_article_opened)
        article = ctx.current_article()
        if article is not None:
            self._on_article_opened(article)

    def _on_article_opened(self, article: ArticleView) -> None:
        self._emergency.article_title = article.headline

    def _show_notice(self, notice: str) -> None:
        if notice:
            self._ctx.show_status(notice, 0)  # stays until the note is saved
        else:
            self._ctx.clear_status(self._notice)
        self._notice = notice


def install(ctx: WindowContext) -> QObject:
    return EmergencyNotices(ctx)
