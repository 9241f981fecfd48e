"""The toolbar's article switcher: every article of the library, the open one shown.

Signals:
    article_chosen(str): the user picked the article with this slug.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QSizePolicy, QWidget

from serge_desktop.services.views import ArticleSummary


class LibrarySwitcher(QComboBox):
    article_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Article"))
        self.setToolTip(self.tr("Open an article of the library (Ctrl+O)"))
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(28)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.activated.connect(self._on_activated)

    def set_articles(self, articles: Sequence[ArticleSummary], current_slug: str | None) -> None:
        self.blockSignals(True)
        self.clear()
        for article in articles:
            self.addItem(article.headline, article.slug)
            tip = f"{article.headline} — {article.publication}" if article.publication else None
            if tip:
                self.setItemData(self.count() - 1, tip, Qt.ItemDataRole.ToolTipRole)
        self.set_current(current_slug)
        self.blockSignals(False)

    def open_list(self) -> None:
        """Show the list of articles, the keyboard in it (Ctrl+O)."""
        self.setFocus()
        self.showPopup()

    def set_current(self, slug: str | None) -> None:
        index = self.findData(slug) if slug is not None else -1
        self.setCurrentIndex(index)

    def _on_activated(self, index: int) -> None:
        slug = self.itemData(index)
        if isinstance(slug, str):
            self.article_chosen.emit(slug)
