"""The Library page: a filter field, the articles grouped by series, their details; the trash.

The page shows and asks; the library feature (``ui.features.library``) writes through the
services and undo commands, and hands the page fresh rows. The side list switches between the
articles and the trash, as Zotero's collection pane does. Other features add tabs beside the
articles through the window's sections (``tabs``, hosted under the page's id).

Signals:
    open_requested(str): open the article with this slug in the reader.
    current_article_changed(object): the article selected (an ``ArticleSummary``, or None).
    current_series_changed(object): the series heading selected (a ``SeriesGroup``, or None).
    showing_trash_changed(bool): the trash is shown (True) or the articles (False).
    shown(): the page came into view (its rows may need reading again).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from serge_desktop.services.article_trash import TrashedArticle
from serge_desktop.services.views import ArticleSummary
from serge_desktop.ui.common.pane_scroller import PaneScroller
from serge_desktop.ui.features.library.columns import Column
from serge_desktop.ui.features.library.details_panel import ArticleDetailsPanel
from serge_desktop.ui.features.library.table_model import LibraryTableModel, SeriesGroup
from serge_desktop.ui.features.library.table_view import LibraryTableView
from serge_desktop.ui.features.library.trash_view import ArticleTrashView

ARTICLES, TRASH = 0, 1
# Room for each column's usual contents; a heading wider than that (« Événements ») widens it.
COLUMN_WIDTHS: dict[int, int] = {
    Column.PUBLICATION: 130, Column.SERIES: 170, Column.PART: 45, Column.AUTHOR: 120,
    Column.DATE: 90, Column.WORDS: 65, Column.NOTES: 55, Column.EVENTS: 55, Column.LAST_READ: 80,
}  # fmt: skip


class LibraryPage(QWidget):
    open_requested = Signal(str)
    current_article_changed = Signal(object)
    current_series_changed = Signal(object)
    showing_trash_changed = Signal(bool)
    shown = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("libraryPage")
        self.setAccessibleName(self.tr("Library"))
        self.sections = QListWidget(self)
        self.sections.setAccessibleName(self.tr("Library sections"))
        self.sections.addItems([self.tr("Articles"), self.tr("Trash")])
        self.sections.setFixedWidth(self.fontMetrics().horizontalAdvance("M" * 9))
        self.sections.setCurrentRow(ARTICLES)
        self.filter = QLineEdit(self)
        self.filter.setObjectName("libraryFilter")
        self.filter.setClearButtonEnabled(True)
        self.filter.setPlaceholderText(self.tr("Title, author, series, publication, date…"))
        self.filter.setAccessibleName(self.tr("Filter the library"))
        filter_label = QLabel(self.tr("&Filter:"), self)
        filter_label.setBuddy(self.filter)
        self.grouped = QCheckBox(self.tr("&Group by series"), self)
        self.grouped.setAccessibleName(self.tr("Group by series"))
        self.grouped.setChecked(True)
        self.count = QLabel(self)
        self.count.setObjectName("hint")
        self.model = LibraryTableModel(self)
        self.table = LibraryTableView(self)
        self.table.setAccessibleName(self.tr("Articles"))
        self.table.setModel(self.model)
        self.table.sortByColumn(Column.SERIES, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(40)
        # Grouped, each heading names the series: its column would only repeat it.
        self.table.setColumnHidden(Column.SERIES, True)
        self.table.set_column_widths(
            {  # a heading in its font with the sort arrow, when wider than the usual contents
                column: max(width, header.sectionSizeFromContents(column).width())
                for column, width in COLUMN_WIDTHS.items()
            }
        )
        self.details = ArticleDetailsPanel(self)
        self.trash = ArticleTrashView(self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._articles_box(filter_label))
        self.stack.addWidget(self.trash)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("librarySplitter")
        splitter.addWidget(self.stack)
        # The form is taller than a small screen's window: it scrolls rather than push it.
        self._details_box = PaneScroller(self.details, self)
        splitter.addWidget(self._details_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([1000, 300])
        self.splitter = splitter
        articles = QWidget(self)
        row = QHBoxLayout(articles)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.sections)
        row.addWidget(splitter, 1)
        # Other features add their tabs here by the page's id (the index of names): with none,
        # the bar hides and the page is the articles alone.
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.setTabBarAutoHide(True)
        self.tabs.setAccessibleName(self.tr("Library tabs"))
        self.tabs.addTab(articles, self.tr("Articles"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.setFocusProxy(self.table)
        self._connect()

    def _articles_box(self, filter_label: QLabel) -> QWidget:
        box = QWidget(self)
        bar = QHBoxLayout()
        bar.addWidget(filter_label)
        bar.addWidget(self.filter, 1)
        bar.addWidget(self.grouped)
        bar.addWidget(self.count)
        column = QVBoxLayout(box)
        column.setContentsMargins(8, 8, 0, 0)
        column.addLayout(bar)
        column.addWidget(self.table, 1)
        return box

    def _connect(self) -> None:
        self.filter.textChanged.connect(self._on_filter)
        self.grouped.toggled.connect(self._on_grouped)
        self.table.open_requested.connect(self._on_open)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.model.modelReset.connect(self._after_reset)
        self.sections.currentRowChanged.connect(self._on_section)
        # Down from the filter field goes to the rows: the hands stay on the keys.
        self.filter.returnPressed.connect(self._focus_first)

    # Feeding ------------------------------------------------------------------------------------

    def set_articles(self, articles: list[ArticleSummary], *, select_id: int | None = None) -> None:
        """Show these articles, keeping the selection (or selecting ``select_id``)."""
        keep = select_id
        if keep is None and (current := self.current_article()) is not None:
            keep = current.id
        self.model.set_articles(articles)
        if keep is not None:
            self.select_article(keep)

    def set_last_read(self, times: Mapping[int, dt.datetime]) -> None:
        """These articles were read at these times (their rows alone change)."""
        keep = self.current_article()
        if self.model.set_last_read(times) and keep is not None:
            self.select_article(keep.id)

    def set_trash(self, rows: list[TrashedArticle]) -> None:
        self.trash.set_trash(rows)
        self.sections.item(TRASH).setText(
            self.tr("Trash (%1)").replace("%1", str(len(rows))) if rows else self.tr("Trash")
        )

    def select_article(self, article_id: int) -> None:
        index = self.model.index_of_article(article_id)
        if index.isValid():
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)

    def select_series(self, series_id: int) -> None:
        index = self.model.index_of_series(series_id)
        if index.isValid():
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)

    # Reading ------------------------------------------------------------------------------------

    def current_article(self) -> ArticleSummary | None:
        return self.model.article_at(self.table.currentIndex().siblingAtColumn(0))

    def current_series(self) -> SeriesGroup | None:
        return self.model.group_at(self.table.currentIndex().siblingAtColumn(0))

    def showing_trash(self) -> bool:
        return self.sections.currentRow() == TRASH

    def show_trash(self, shown: bool) -> None:
        self.sections.setCurrentRow(TRASH if shown else ARTICLES)

    def focus_articles(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.show_trash(False)
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not self.table.currentIndex().isValid():
            self._focus_first()

    @override
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.shown.emit()

    # Slots --------------------------------------------------------------------------------------

    def _on_filter(self, text: str) -> None:
        self.model.set_query(text)

    def _on_grouped(self, grouped: bool) -> None:
        self.model.set_grouped(grouped)
        self.table.setColumnHidden(Column.SERIES, grouped)
        self.table.fit_columns()

    def _after_reset(self) -> None:
        # A heading reads across the whole row, as a group's title does in a grouped table.
        self.table.clearSpans()
        for row in self.model.heading_rows():
            self.table.setSpan(row, 0, 1, len(Column))
        shown, total = self.model.article_count(), self.model.total_count()
        if shown == total:
            self.count.setText(self.tr("%n article(s)", "", total))
        else:
            self.count.setText(
                self.tr("%1 of %2").replace("%1", str(shown)).replace("%2", str(total))
            )
        self._on_selection(QItemSelection(), QItemSelection())

    def _focus_first(self) -> None:
        index = self.model.first_article_index()
        if index.isValid():
            self.table.setCurrentIndex(index)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_open(self) -> None:
        article = self.current_article()
        if article is not None:
            self.open_requested.emit(article.slug)

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.current_article_changed.emit(self.current_article())
        self.current_series_changed.emit(self.current_series())

    def _on_section(self, row: int) -> None:
        self.stack.setCurrentIndex(row)
        self._details_box.setVisible(row == ARTICLES)
        self.showing_trash_changed.emit(row == TRASH)
        if row == TRASH:
            self.trash.table.setFocus(Qt.FocusReason.OtherFocusReason)
