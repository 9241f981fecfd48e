"""Conflicting dates: every event whose articles disagree, each claim with its evidence.

Signals:
    open_requested(object): show this claim's passage in its article (an ``EventClaimView``).
    scope_changed(): another series (or the whole library) was chosen.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTreeView,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from serge_desktop.services.scope import Scope
from serge_desktop.services.series import SeriesView
from serge_desktop.ui.features.library.conflicts_model import ConflictsModel

LIBRARY = -1


class _ConflictsTree(QTreeView):
    open_current = Signal()

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and index.parent().isValid():
            self.open_current.emit()
            return
        super().keyPressEvent(event)


class ConflictsPage(QWidget):
    open_requested = Signal(object)
    scope_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictsPage")
        self.setAccessibleName(self.tr("Conflicting dates"))
        self.explanation = QLabel(
            self.tr(
                "Events that two articles date differently, each claim with its evidence. "
                "Enter on a claim opens its passage."
            ),
            self,
        )
        self.explanation.setWordWrap(True)
        self.explanation.setObjectName("hint")
        self.scope = QComboBox(self)
        self.scope.setAccessibleName(self.tr("Series"))
        scope_label = QLabel(self.tr("&Series:"), self)
        scope_label.setBuddy(self.scope)
        self.count = QLabel(self)
        self.model = ConflictsModel(self)
        self.tree = _ConflictsTree(self)
        self.tree.setAccessibleName(self.tr("Conflicting dates"))
        self.tree.setModel(self.model)
        self.tree.setAlternatingRowColors(True)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setWordWrap(True)
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 340)
        header.resizeSection(1, 220)
        header.resizeSection(2, 90)
        bar = QHBoxLayout()
        bar.addWidget(scope_label)
        bar.addWidget(self.scope)
        bar.addStretch(1)
        bar.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.explanation)
        layout.addLayout(bar)
        layout.addWidget(self.tree, 1)
        self.setFocusProxy(self.tree)
        self.scope.currentIndexChanged.connect(lambda _index: self.scope_changed.emit())
        self.tree.open_current.connect(self._open_current)
        self.tree.doubleClicked.connect(lambda _index: self._open_current())

    def set_series(self, series: Sequence[SeriesView]) -> None:
        kept = self.scope.currentData()
        self.scope.blockSignals(True)
        self.scope.clear()
        self.scope.addItem(self.tr("The whole library"), LIBRARY)
        for one in series:
            self.scope.addItem(one.name, one.id)
        self.scope.setCurrentIndex(max(self.scope.findData(kept), 0))
        self.scope.blockSignals(False)

    def chosen_scope(self) -> Scope:
        value = self.scope.currentData()
        return (
            Scope.series(value) if isinstance(value, int) and value != LIBRARY else Scope.library()
        )

    def show_conflicts(self) -> None:
        """After the model was filled: every event opened to its claims, the count said."""
        self.tree.expandAll()
        count = self.model.event_count()
        self.count.setText(
            self.tr("%n event(s) dated differently", "", count)
            if count
            else self.tr("No conflicting dates: the articles agree.")
        )
        first = self.model.index(0, 0)
        if first.isValid():
            self.tree.setCurrentIndex(self.model.index(0, 0, first))

    def _open_current(self) -> None:
        claim = self.model.claim_at(self.tree.currentIndex().siblingAtColumn(0))
        if claim is not None:
            self.open_requested.emit(claim)
