"""The Series Timeline page: a series (or the library) on one chart, its articles and conflicts.

Above, the series to show, what it holds in numbers, the zoom buttons and Export; in the middle
the chart, a band per article; beside it the articles with check boxes (a band each, hidden
bands remembered per series), the conflicts, and the selected event's tellings with links that
open each passage in its article.

Signals:
    passage_requested(str, int): open this article (slug) at this event's passage.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollBar,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from serge_desktop.core.errors import SergeError
from serge_desktop.services.categories import CategoryService
from serge_desktop.services.changes import Changes
from serge_desktop.services.scope import Scope, ScopeKind
from serge_desktop.services.series import SeriesService
from serge_desktop.services.series_timeline import SeriesTimeline, SeriesTimelineService
from serge_desktop.ui.timeline.controls import TimelineControls
from serge_desktop.ui.timeline.series.chart_data import chart_data
from serge_desktop.ui.timeline.series.details_panel import SeriesDetails
from serge_desktop.ui.timeline.series.entity_filter import EntityFilter
from serge_desktop.ui.timeline.series.series_chart import SeriesChart
from serge_desktop.ui.timeline.series.series_settings import SeriesSettings
from serge_desktop.ui.timeline.series.series_words import band_title, shared_title, summary
from serge_desktop.ui.timeline.series.side_lists import BandList, ConflictList
from serge_desktop.ui.timeline.time_bar import TimeBar

MAX_QUOTE_IN_MENU = 60


class SeriesPage(QWidget):
    """The series timeline and what goes with it; reads its data through the services."""

    passage_requested = Signal(str, int)

    def __init__(
        self,
        timelines: SeriesTimelineService,
        series: SeriesService,
        categories: CategoryService | None,
        settings: SeriesSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Series timeline page"))
        self._timelines, self._series, self._categories = timelines, series, categories
        self._settings = settings
        self._scope = Scope.library()
        self._timeline: SeriesTimeline | None = None
        # What the chart was last given: the timeline (by identity), the name shown alone,
        # the hidden bands and the shared band's title (in the language of the day).
        self._shown: tuple[SeriesTimeline, EntityFilter | None, frozenset[int], str] | None = None
        self.chart = SeriesChart(self)
        self.scope_box = QComboBox(self)
        self.scope_box.setAccessibleName(self.tr("Series shown"))
        self.summary = QLabel(self)
        self.summary.setAccessibleName(self.tr("What the timeline shows"))
        self.controls = TimelineControls(self.chart, self)
        self.export_button = QToolButton(self)
        self.bands = BandList(self)
        self.conflicts = ConflictList(self)
        self.details = SeriesDetails(self)
        self.scroll_bar = QScrollBar(Qt.Orientation.Vertical, self)
        self.scroll_bar.setAccessibleName(self.tr("Scroll the bands"))
        self.time_bar = TimeBar(self.chart, self)
        self._only: EntityFilter | None = None
        self.only_label = QLabel(self)
        self.show_all_button = QPushButton(self.tr("Show All &Events"), self)
        self._build()
        self._connect()

    def _build(self) -> None:
        top = QHBoxLayout()
        top.setContentsMargins(10, 6, 10, 0)
        label = QLabel(self.tr("&Series:"), self)
        label.setBuddy(self.scope_box)
        self.scope_box.setMinimumContentsLength(28)
        self.scope_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        top.addWidget(label)
        top.addWidget(self.scope_box)
        top.addSpacing(12)
        top.addWidget(self.controls, 1)
        top.addWidget(self.export_button)
        self.summary.setObjectName("seriesSummary")
        self.summary.setContentsMargins(12, 2, 10, 4)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        chart_box = QWidget(self)
        grid = QGridLayout(chart_box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(0)
        grid.addWidget(self.chart, 0, 0)
        grid.addWidget(self.scroll_bar, 0, 1)
        grid.addWidget(self.time_bar, 1, 0)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Articles and conflicts of the series"))
        self.tabs.addTab(self.bands, self.tr("&Articles"))
        self.tabs.addTab(self.conflicts, self.tr("&Conflicts"))
        side = QSplitter(Qt.Orientation.Vertical, self)
        side.addWidget(self.tabs)
        side.addWidget(self.details)
        side.setStretchFactor(0, 1)
        side.setStretchFactor(1, 2)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("seriesTimelineSplitter")
        self.splitter.addWidget(chart_box)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([1040, 330])
        saved = self._settings.splitter()
        if saved is not None:
            self.splitter.restoreState(saved)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        only = QHBoxLayout()
        only.setContentsMargins(12, 0, 10, 4)
        only.addWidget(self.only_label, 1)
        only.addWidget(self.show_all_button)
        layout.addLayout(only)
        self.only_label.hide()
        self.show_all_button.hide()
        layout.addWidget(self.splitter, 1)
        self.setFocusProxy(self.chart)

    def _connect(self) -> None:
        self.scope_box.activated.connect(self._on_scope_chosen)
        self.show_all_button.clicked.connect(lambda: self.show_only(None))
        self.bands.hidden_changed.connect(self._on_hidden_changed)
        self.conflicts.conflict_chosen.connect(self.chart.select_by_user)
        self.chart.selection_changed.connect(self._on_selection_changed)
        self.chart.event_activated.connect(self.open_passages)
        self.chart.passages_requested.connect(self.open_passages)
        self.chart.content_changed.connect(self._sync_scroll_bar)
        self.chart.scrolled.connect(self.scroll_bar.setValue)
        self.scroll_bar.valueChanged.connect(self.chart.set_scroll)
        self.details.claim_requested.connect(self._open_claim)
        self.splitter.splitterMoved.connect(
            lambda *_: self._settings.set_splitter(self.splitter.saveState())
        )

    # The scope shown ---------------------------------------------------------------------------

    def scope(self) -> Scope:
        return self._scope

    def show_scope(self, scope: Scope) -> None:
        """Show a series (or the library): its bands, with those hidden last time hidden."""
        self._scope = scope
        self._only = None
        self._fill_scopes()
        self.reload()

    def show_only(self, only: EntityFilter | None) -> None:
        """Only the events that involve one name, across the whole library (None: all again)."""
        self._only = only
        if only is not None:
            self._scope = Scope.library()
            self._fill_scopes()
            self.only_label.setText(
                self.tr("Only the %n event(s) that involve %1", "", len(only.event_ids)).replace(
                    "%1", only.name
                )
            )
        self.only_label.setVisible(only is not None)
        self.show_all_button.setVisible(only is not None)
        self.reload()

    def reload(self) -> None:
        """Read the scope's timeline again; the selection and the zoom stay where they can."""
        self._read_categories()
        with contextlib.suppress(SergeError):  # a locked library: the next change reads again
            self._timeline = self._timelines.timeline(self._scope)
        timeline = self._timeline
        if timeline is None:
            return
        hidden = self._settings.hidden(self._scope)
        self.bands.set_bands(timeline.bands, hidden)
        self._show(hidden)

    def on_changed(self, changes: Changes) -> None:
        """Read again after a change to events, articles, categories or notes (note badges)."""
        if changes.articles:
            self._fill_scopes()
        if changes.events or changes.articles or changes.categories or changes.notes:
            self.reload()

    def _show(self, hidden: frozenset[int]) -> None:
        if self._timeline is None:
            return
        shown = (self._timeline, self._only, hidden, shared_title())
        if self._shown is not None and self._shown[0] is shown[0] and self._shown[1:] == shown[1:]:
            data = self.chart.data()  # the page opened again on what it shows: nothing to redo
        else:
            timeline = self._timeline if self._only is None else self._only.applied(self._timeline)
            data = chart_data(timeline, hidden, band_title, shared_title())
            self.chart.set_data(data)
            self._shown = shown
        self.summary.setText(summary(data))
        titles = {b.key: b.title for b in data.bands if b.slug}
        self.conflicts.set_conflicts(data.conflicts, titles)
        self.tabs.setTabText(1, self.tr("&Conflicts (%1)").replace("%1", str(len(data.conflicts))))
        self._on_selection_changed()
        self._sync_scroll_bar()

    def _read_categories(self) -> None:
        if self._categories is None:
            return
        with contextlib.suppress(SergeError):
            self.chart.set_categories(
                [(c.name, c.color) for c in self._categories.list_categories()]
            )

    def _fill_scopes(self) -> None:
        box = self.scope_box
        box.blockSignals(True)
        box.clear()
        with contextlib.suppress(SergeError):
            for series in self._series.list_series():
                box.addItem(series.name, Scope.series(series.id))
        box.addItem(self.tr("Whole library"), Scope.library())
        if self._scope.kind is ScopeKind.ARTICLE:
            box.addItem(self.tr("One article"), self._scope)
        for index in range(box.count()):
            if box.itemData(index) == self._scope:
                box.setCurrentIndex(index)
        if box.itemData(box.currentIndex()) != self._scope:  # a series gone: the library
            self._scope = Scope.library()
            box.setCurrentIndex(box.count() - 1)
        box.blockSignals(False)

    def _on_scope_chosen(self, index: int) -> None:
        scope = self.scope_box.itemData(index)
        if isinstance(scope, Scope) and scope != self._scope:
            self._scope = scope
            self.chart.select_event(None)
            self.chart.fit_all()
            self.reload()

    def _on_hidden_changed(self, hidden: frozenset[int]) -> None:
        self._settings.set_hidden(self._scope, hidden)
        self._show(hidden)

    # Selection and passages ----------------------------------------------------------------------

    def _titles(self) -> dict[int, str]:
        return {b.key: b.title for b in self.chart.data().bands if b.slug}

    def _on_selection_changed(self) -> None:
        key = self.chart.selected_event_id()
        item = self.chart.data().items.get(key) if key is not None else None
        self.details.show_item(item, self._titles())
        self.conflicts.select_conflict(key)

    def passages_menu(self, key: int) -> QMenu | None:
        """A menu of the event's tellings, each opening its passage (None for one telling)."""
        item = self.chart.data().items.get(key)
        if item is None or len(item.claims) < 2:
            return None
        menu = QMenu(self.tr("Open the passage in…"), self)
        titles = self._titles()
        for claim in item.claims:
            quote = claim.event.quote
            if len(quote) > MAX_QUOTE_IN_MENU:
                quote = quote[:MAX_QUOTE_IN_MENU].rstrip() + "…"
            text = self.tr("%1 — %2: “%3”").replace("%1", titles.get(claim.article_id, ""))
            text = text.replace("%2", claim.event.date_text).replace("%3", quote)
            action = QAction(text.replace("&", "&&"), menu)
            action.triggered.connect(lambda _=False, i=claim.event.id: self._open_claim(i))
            menu.addAction(action)
        return menu

    def open_passages(self, key: int, position: QPoint | None = None) -> None:
        """Open the event's passage, or offer its tellings' passages when several tell it."""
        item = self.chart.data().items.get(key)
        if item is None:
            return
        menu = self.passages_menu(key)
        if menu is None:
            self._open_claim(item.claims[0].event.id)
            return
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if position is None:
            drawn = self.chart.mapToGlobal(self.chart.rect().center())
            position = drawn
        menu.popup(position)

    def _open_claim(self, event_id: int) -> None:
        if self._timeline is None:
            return
        slugs = {band.article_id: band.slug for band in self._timeline.bands}
        for event in self._timeline.events:
            for claim in event.claims:
                if claim.event.id == event_id:
                    self.passage_requested.emit(slugs[claim.article_id], event_id)
                    return

    def _sync_scroll_bar(self) -> None:
        bar = self.scroll_bar
        viewport = self.chart.viewport_height()
        bar.blockSignals(True)
        bar.setRange(0, max(0, self.chart.content_height() - viewport))
        bar.setPageStep(max(1, viewport))
        bar.setSingleStep(40)
        bar.setValue(self.chart.scroll_position())
        bar.blockSignals(False)
        bar.setVisible(bar.maximum() > 0)
