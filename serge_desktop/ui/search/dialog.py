"""Search everything (Ctrl+K): a field, results grouped by kind as you type, Enter opens the place.

Signals:
    hit_chosen(object): the user chose this hit (an ArticleHit, NoteHit, EventHit or EntityHit).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from serge_desktop.services.scope import Scope
from serge_desktop.services.search import FIRST_PAGE, SearchService
from serge_desktop.services.search_views import SearchResults
from serge_desktop.ui.common.scope_chooser import ScopeChooser
from serge_desktop.ui.search.delegate import SearchResultDelegate
from serge_desktop.ui.search.model import SearchResultsModel

TYPING_PAUSE_MS = 120  # search answers while you type, without a query per keystroke burst
RESULTS = 50  # hits of each kind listed: the first page at once, the rest just after


class SearchDialog(QDialog):
    hit_chosen = Signal(object)

    def __init__(
        self, search: SearchService, scope: ScopeChooser, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._search = search
        self.scope = scope
        scope.setParent(self)
        self.setWindowTitle(self.tr("Search"))
        self.setAccessibleName(self.tr("Search everything"))
        self.resize(640, 480)
        self.field = QLineEdit(self)
        self.field.setPlaceholderText(self.tr("Search articles, notes and the timeline"))
        self.field.setAccessibleName(self.tr("Search for"))
        self.field.setClearButtonEnabled(True)
        self.model = SearchResultsModel(self)
        self.results = QListView(self)
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setModel(self.model)
        self.results.setItemDelegate(SearchResultDelegate(self.results))
        self.results.setUniformItemSizes(False)
        self.results.activated.connect(self._choose_row)
        self.status = QLabel(self)
        self.status.setObjectName("hint")
        scope_row = QHBoxLayout()
        scope_label = QLabel(self.tr("&In:"), self)
        scope_label.setBuddy(scope)
        scope_row.addWidget(scope_label)
        scope_row.addWidget(scope, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.field)
        layout.addLayout(scope_row)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(TYPING_PAUSE_MS)
        self._pause.timeout.connect(self.run_search)
        # The rest of the hits, asked for once the first page has been shown (the next turn of
        # the event loop): a keystroke waits for eight hits of each kind, not fifty.
        self._first: tuple[SearchResults, Scope] | None = None
        self._rest = QTimer(self)
        self._rest.setSingleShot(True)
        self._rest.setInterval(0)
        self._rest.timeout.connect(self.show_the_rest)
        self.field.textChanged.connect(self._pause.start)
        scope.scope_changed.connect(self.run_search)
        self.field.returnPressed.connect(self._choose_current)
        # Up, Down and Page keys in the field move through the results: the hands stay on it.
        self.field.installEventFilter(self)

    def open_for_search(self) -> None:
        self.show()
        self.raise_()
        self.activateWindow()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def run_search(self) -> None:
        self._pause.stop()
        text = self.field.text()
        scope = self.scope.scope()
        results = self._search.search(text, limit=FIRST_PAGE, scope=scope)
        self._show(results)
        filled = (results.articles, results.notes, results.events, results.entities)
        if any(len(hits) >= FIRST_PAGE for hits in filled):
            self._first = (results, scope)
            self._rest.start()
        else:
            self._first = None
            self._rest.stop()

    def show_the_rest(self) -> None:
        """Add the hits after the first page, for the search shown (if it still is)."""
        self._rest.stop()
        first, self._first = self._first, None
        if first is None or self._pause.isActive():
            return  # typing goes on: the next search starts afresh
        shown, scope = first
        if self.field.text() != shown.query or self.scope.scope() != scope:
            return
        rest = self._search.search(
            shown.query, limit=RESULTS - FIRST_PAGE, offset=FIRST_PAGE, scope=scope
        )
        if rest.total:
            self._show(
                shown.followed_by(rest),
                keep=self.model.hit_at(self.results.currentIndex().row()),
            )

    def _show(self, results: SearchResults, keep: object = None) -> None:
        """List the results with the hit ``keep`` selected, else the first hit."""
        self.model.set_results(results)
        row = self.model.row_of_hit(keep) if keep is not None else None
        row = self.model.first_hit_row() if row is None else row
        if row is not None:
            self.results.setCurrentIndex(self.model.index(row))
        if not results.query.strip():
            self.status.clear()
        elif results.total == 0:
            self.status.setText(self.tr("Nothing found"))
        else:
            self.status.setText(
                self.tr("Results: %1. Enter opens the selected one.").replace(
                    "%1", str(results.total)
                )
            )

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self._step(-1 if event.key() == Qt.Key.Key_Up else 1)
                return True
        return super().eventFilter(watched, event)

    def _step(self, step: int) -> None:
        row = self.results.currentIndex().row()
        count = self.model.rowCount()
        candidate = row + step
        while 0 <= candidate < count and self.model.hit_at(candidate) is None:
            candidate += step  # skip the headings
        if 0 <= candidate < count:
            self.results.setCurrentIndex(self.model.index(candidate))

    def _choose_current(self) -> None:
        if self._pause.isActive():
            self.run_search()  # Enter before the pause ended: search what was typed first
        self._choose_row(self.results.currentIndex())

    def _choose_row(self, index: QModelIndex) -> None:
        hit = self.model.hit_at(index.row())
        if hit is not None:
            self._rest.stop()  # the rest is not needed: the dialog closes on the chosen hit
            self._first = None
            self.hide()
            self.hit_chosen.emit(hit)
