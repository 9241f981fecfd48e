"""What a search or an export covers: the open article, one series, or the whole library.

The choice is remembered per purpose ("search", "export") in the window's state file; a
remembered series that has gone, or "this article" with none open, falls back to the library.

Signals:
    scope_changed(): another scope was chosen.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QComboBox, QWidget

from serge_desktop.core.errors import SergeError
from serge_desktop.services.scope import Scope, ScopeKind
from serge_desktop.services.series import SeriesService, SeriesView
from serge_desktop.services.views import ArticleView

_ARTICLE, _LIBRARY, _SERIES = "article", "library", "series:"


class ScopeChooser(QComboBox):
    scope_changed = Signal()

    def __init__(
        self,
        state_file: Path,
        purpose: str,
        parent: QWidget | None = None,
        *,
        article_first: bool = False,
    ) -> None:
        """``article_first``: until the reader chooses, the open article (else the library)."""
        super().__init__(parent)
        self._default = _ARTICLE if article_first else _LIBRARY
        self._settings = QSettings(str(state_file), QSettings.Format.IniFormat)
        self._key = f"scope/{purpose}"
        self._article: ArticleView | None = None
        self.setAccessibleName(self.tr("Scope"))
        self.setToolTip(self.tr("Search or export the open article, one series, or everything"))
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(30)
        self.currentIndexChanged.connect(self._on_changed)

    def fill(self, article: ArticleView | None, series: list[SeriesView]) -> None:
        """Offer the open article, every series (the article's first) and the library."""
        self._article = article
        self.blockSignals(True)
        self.clear()
        if article is not None:
            self.addItem(self.tr("This article: %1").replace("%1", article.headline), _ARTICLE)
        ordered = sorted(series, key=lambda s: s.name != (article.series if article else None))
        for one in ordered:
            self.addItem(self.tr("Series: %1").replace("%1", one.name), f"{_SERIES}{one.id}")
        self.addItem(self.tr("The whole library"), _LIBRARY)
        remembered = self._settings.value(self._key, self._default)
        found = self.findData(remembered if isinstance(remembered, str) else self._default)
        self.setCurrentIndex(found if found >= 0 else self.findData(_LIBRARY))
        self.blockSignals(False)

    def fill_from(self, service: SeriesService, article: ArticleView | None) -> None:
        """``fill`` with the series read from the service; none offered if they cannot be read."""
        try:
            series = service.list_series()
        except SergeError:
            series = []
        self.fill(article, series)

    def scope(self) -> Scope:
        value = self.currentData()
        if value == _ARTICLE and self._article is not None:
            return Scope.article(self._article.id)
        if isinstance(value, str) and value.startswith(_SERIES):
            return Scope.series(int(value.removeprefix(_SERIES)))
        return Scope.library()

    def article(self) -> ArticleView | None:
        """The open article, when the scope is it."""
        return self._article if self.scope().kind is ScopeKind.ARTICLE else None

    def choose_library(self) -> None:
        self.setCurrentIndex(self.findData(_LIBRARY))

    def choose_article(self) -> None:
        index = self.findData(_ARTICLE)
        if index >= 0:
            self.setCurrentIndex(index)

    def choose_series(self, series_id: int) -> None:
        index = self.findData(f"{_SERIES}{series_id}")
        if index >= 0:
            self.setCurrentIndex(index)

    def _on_changed(self, _index: int) -> None:
        value = self.currentData()
        if isinstance(value, str):
            self._settings.setValue(self._key, value)
        self.scope_changed.emit()
