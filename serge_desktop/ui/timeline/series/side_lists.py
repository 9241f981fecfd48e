"""The series page's lists: its articles with check boxes (bands shown), and its conflicts.

Signals:
    BandList.hidden_changed(object): the set of article ids whose bands are hidden changed.
    ConflictList.conflict_chosen(int): the user chose a conflict (its event's key).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from serge_desktop.services.series_timeline import TimelineBand
from serge_desktop.ui.timeline.series.chart_data import SeriesItem
from serge_desktop.ui.timeline.series.series_words import band_title, item_caption

ARTICLE_ROLE = Qt.ItemDataRole.UserRole + 1
EVENT_ROLE = Qt.ItemDataRole.UserRole + 2


class BandList(QWidget):
    """The scope's articles, each with a check box: checked, its band is shown."""

    hidden_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget(self)
        self.list.setWordWrap(True)  # whole titles, however narrow the side panel
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setAccessibleName(self.tr("Articles shown on the series timeline"))
        self.list.setToolTip(self.tr("Check an article to show its band; Space checks or clears"))
        self.show_all = QPushButton(self.tr("Show &All"), self)
        self.show_all.setToolTip(self.tr("Show every article's band"))
        self.show_all.clicked.connect(lambda: self.set_hidden(frozenset(), announce=True))
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        hint = QLabel(self.tr("Bands shown:"), self)
        hint.setBuddy(self.list)
        row.addWidget(hint, 1)
        row.addWidget(self.show_all)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.list, 1)
        self._filling = False
        self.list.itemChanged.connect(self._on_item_changed)

    def set_bands(self, bands: Sequence[TimelineBand], hidden: frozenset[int]) -> None:
        """List the scope's articles in order, checked unless hidden."""
        self._filling = True
        self.list.clear()
        for band in bands:
            words = self.tr("%1 (events: %2)").replace("%1", band_title(band))
            item = QListWidgetItem(words.replace("%2", str(band.events)))
            item.setData(ARTICLE_ROLE, band.article_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            shown = band.article_id not in hidden
            item.setCheckState(Qt.CheckState.Checked if shown else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self._filling = False
        self._sync_button()

    def hidden(self) -> frozenset[int]:
        return frozenset(
            int(self.list.item(row).data(ARTICLE_ROLE))
            for row in range(self.list.count())
            if self.list.item(row).checkState() != Qt.CheckState.Checked
        )

    def set_hidden(self, hidden: frozenset[int], *, announce: bool = False) -> None:
        """Check the articles not in `hidden`; with `announce`, as if the user had."""
        self._filling = True
        for row in range(self.list.count()):
            item = self.list.item(row)
            shown = int(item.data(ARTICLE_ROLE)) not in hidden
            item.setCheckState(Qt.CheckState.Checked if shown else Qt.CheckState.Unchecked)
        self._filling = False
        self._sync_button()
        if announce:
            self.hidden_changed.emit(self.hidden())

    def _on_item_changed(self, _item: QListWidgetItem) -> None:
        if not self._filling:
            self._sync_button()
            self.hidden_changed.emit(self.hidden())

    def _sync_button(self) -> None:
        self.show_all.setEnabled(bool(self.hidden()))


class ConflictList(QListWidget):
    """The events the articles shown date differently, in time order."""

    conflict_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Conflicting dates"))
        self.setToolTip(self.tr("Events the articles date differently; Enter shows one"))
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.itemActivated.connect(self._on_chosen)
        self.currentItemChanged.connect(lambda current, _old: self._on_chosen(current))

    def set_conflicts(self, conflicts: Sequence[SeriesItem], titles: dict[int, str]) -> None:
        self.blockSignals(True)
        self.clear()
        for conflict in conflicts:
            tellers = ", ".join(titles.get(c.article_id, "") for c in conflict.claims)
            text = f"{conflict.event.label} — {item_caption(conflict)}\n{tellers}"
            item = QListWidgetItem(text)
            item.setData(EVENT_ROLE, conflict.key)
            item.setToolTip(text)
            self.addItem(item)
        if not conflicts:
            empty = QListWidgetItem(self.tr("The articles shown agree on every date they share."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.addItem(empty)
        self.blockSignals(False)

    def select_conflict(self, key: int | None) -> None:
        """Follow the chart's selection, quietly."""
        self.blockSignals(True)
        rows = [row for row in range(self.count()) if self.item(row).data(EVENT_ROLE) == key]
        if rows:
            self.setCurrentRow(rows[0])
        else:
            self.clearSelection()
        self.blockSignals(False)

    def _on_chosen(self, item: QListWidgetItem | None) -> None:
        key = item.data(EVENT_ROLE) if item is not None else None
        if isinstance(key, int):
            self.conflict_chosen.emit(key)
