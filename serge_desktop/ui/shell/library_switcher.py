"""The toolbar's article switcher: every article of the library, the open one shown.

Its items are a model over the articles as read (one list, no item made per article), so a
library of 10,000 articles fills it in the time of one assignment.

Signals:
    article_chosen(str): the user picked the article with this slug.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QComboBox, QListView, QSizePolicy, QWidget
from typing_extensions import override

from serge_desktop.services.library_listing import ArticleChoice

_Index = QModelIndex | QPersistentModelIndex


class ArticleChoicesModel(QAbstractListModel):
    """The articles by headline; the slug as user data, "headline — publication" as tooltip."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._articles: Sequence[ArticleChoice] = ()
        self._rows: dict[str, int] = {}

    def set_articles(self, articles: Sequence[ArticleChoice]) -> None:
        self.beginResetModel()
        self._articles = articles
        self._rows = {article.slug: row for row, article in enumerate(articles)}
        self.endResetModel()

    def row_of(self, slug: str) -> int:
        """The article's row, -1 if it is not offered (QComboBox.findData asks every row)."""
        return self._rows.get(slug, -1)

    @override
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._articles)

    @override
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._articles):
            return None
        article = self._articles[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return article.headline
        if role == Qt.ItemDataRole.UserRole:
            return article.slug
        if role == Qt.ItemDataRole.ToolTipRole and article.publication:
            return f"{article.headline} — {article.publication}"
        return None


class LibrarySwitcher(QComboBox):
    article_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Article"))
        self.setToolTip(self.tr("Open an article of the library (Ctrl+O)"))
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(28)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._articles = ArticleChoicesModel(self)
        self.setModel(self._articles)
        # One line each: the popup's list sizes its rows from the first, not by asking all of
        # them (seven questions a row, 70,000 at 10,000 articles, on showing and on closing).
        view = self.view()
        if isinstance(view, QListView):
            view.setUniformItemSizes(True)
        self.activated.connect(self._on_activated)

    def set_articles(self, articles: Sequence[ArticleChoice], current_slug: str | None) -> None:
        self.blockSignals(True)
        self._articles.set_articles(articles)
        self.set_current(current_slug)
        self.blockSignals(False)

    def open_list(self) -> None:
        """Show the list of articles, the keyboard in it (Ctrl+O)."""
        self.setFocus()
        self.showPopup()

    def offers(self, slug: str) -> bool:
        return self._articles.row_of(slug) >= 0

    def set_current(self, slug: str | None) -> None:
        self.setCurrentIndex(self._articles.row_of(slug) if slug is not None else -1)

    def _on_activated(self, index: int) -> None:
        slug = self.itemData(index)
        if isinstance(slug, str):
            self.article_chosen.emit(slug)
