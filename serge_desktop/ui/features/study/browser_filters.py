"""The card browser's filter row: article, series, tag and state, each "any" at first.

signals:
    changed(): a filter was changed.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from serge_desktop.services.cards.browser import CardFilter
from serge_desktop.services.views import ArticleSummary


class CardFilters(QWidget):
    """Four choosers; ``card_filter()`` is what they say together."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.article = self._chooser(self.tr("Filter by article"))
        self.series = self._chooser(self.tr("Filter by series"))
        self.tag = self._chooser(self.tr("Filter by tag"))
        self.state = self._chooser(self.tr("Filter by state"))
        self.state.addItem(self.tr("Any state"), None)
        for state, name in (
            ("new", self.tr("New")),
            ("learning", self.tr("Learning")),
            ("due", self.tr("Due now")),
            ("review", self.tr("In review")),
            ("suspended", self.tr("Suspended")),
        ):
            self.state.addItem(name, state)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for text, chooser in (
            (self.tr("&Article:"), self.article),
            (self.tr("&Series:"), self.series),
            (self.tr("Ta&g:"), self.tag),
            (self.tr("Sta&te:"), self.state),
        ):
            label = QLabel(text, self)
            label.setBuddy(chooser)
            layout.addWidget(label)
            layout.addWidget(chooser, 1)

    def _chooser(self, name: str) -> QComboBox:
        chooser = QComboBox(self)
        chooser.setAccessibleName(name)
        chooser.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        chooser.setMinimumContentsLength(10)
        chooser.currentIndexChanged.connect(lambda _index: self.changed.emit())
        return chooser

    def set_choices(
        self, articles: Sequence[ArticleSummary], series: Sequence[str], tags: Sequence[str]
    ) -> None:
        """Offer the library's articles, series and tags, keeping what was chosen if still there."""
        self.blockSignals(True)
        try:
            _fill(self.article, self.tr("Any article"), [(a.headline, a.id) for a in articles])
            _fill(self.series, self.tr("Any series"), [(name, name) for name in series])
            _fill(self.tag, self.tr("Any tag"), [(name, name) for name in tags])
        finally:
            self.blockSignals(False)

    def card_filter(self) -> CardFilter:
        article = self.article.currentData()
        return CardFilter(
            article_ids=None if article is None else (int(article),),
            series=self.series.currentData(),
            tag=self.tag.currentData(),
            state=self.state.currentData(),
        )

    def choose(self, chooser: QComboBox, value: object) -> None:
        """Set one filter to a value it offers (tests and callers use it)."""
        index = chooser.findData(value)
        if index >= 0:
            chooser.setCurrentIndex(index)


def _fill(chooser: QComboBox, anything: str, choices: list[tuple[str, object]]) -> None:
    chosen = chooser.currentData()
    chooser.blockSignals(True)
    try:
        chooser.clear()
        chooser.addItem(anything, None)
        for text, value in choices:
            chooser.addItem(text, value)
        index = chooser.findData(chosen) if chosen is not None else 0
        chooser.setCurrentIndex(max(0, index))
    finally:
        chooser.blockSignals(False)
