"""What is due, everywhere, per article and per series; Enter studies the line chosen.

signals:
    study_requested(str, str): study this scope ("all", "article" or "series") and key (the
        article's slug, the series' name; empty for all).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from serge_desktop.services.cards.views import DueCount

SCOPE_ROLE = Qt.ItemDataRole.UserRole
KEY_ROLE = Qt.ItemDataRole.UserRole + 1
COUNT_COLUMNS = (1, 2, 3)


class DueTree(QTreeWidget):
    """The due counts; Enter asks to study the current line (a plain tree only selects)."""

    activated_line = Signal()

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.activated_line.emit()
            return
        super().keyPressEvent(event)


class DueOverview(QWidget):
    """The review page's front: counts per article and series, and a Study button."""

    study_requested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.tree = DueTree(self)
        self.tree.setAccessibleName(self.tr("Cards due per article and series"))
        self.tree.setHeaderLabels(
            [self.tr("Article or series"), self.tr("New"), self.tr("Learning"), self.tr("Review")]
        )
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        for column in COUNT_COLUMNS:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.activated_line.connect(self._study_current)
        self.tree.itemDoubleClicked.connect(lambda _item, _column: self._study_current())
        self.study_button = QPushButton(self.tr("&Study Now"), self)
        self.study_button.setAccessibleName(self.tr("Study the cards of the line chosen"))
        self.study_button.setDefault(True)
        self.study_button.clicked.connect(self._study_current)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.study_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.addLayout(buttons)
        layout.addWidget(self.tree, 1)

    def set_counts(self, counts: Sequence[DueCount], *, new_left: int) -> None:
        """Fill the tree: everything, then each article, then each series.

        ``new_left``: the new cards today's limit still allows, over every article together.
        """
        current = self.current_scope()
        self.tree.clear()
        articles = [c for c in counts if c.scope == "article"]
        series = [c for c in counts if c.scope == "series"]
        new, learning, review = (sum(getattr(c, n) for c in articles) for n in COUNTED)
        new = min(new, new_left)
        everything = self._line(self.tr("Every article"), "all", "", (new, learning, review))
        self.tree.addTopLevelItem(everything)
        for count in articles:
            self.tree.addTopLevelItem(self._article_line(count))
        for count in series:
            line = self._line(
                self.tr("Series: %1").replace("%1", count.title),
                "series",
                count.key,
                (count.new, count.learning, count.review),
            )
            self.tree.addTopLevelItem(line)
        total = new + learning + review
        self.summary.setText(
            self.tr("%n card(s) to study now.", "", total)
            if total
            else self.tr(
                "Nothing is due now. New cards come from your highlights, notes and events."
            )
        )
        self.study_button.setEnabled(total > 0)
        self._select(current)

    def current_scope(self) -> tuple[str, str]:
        item = self.tree.currentItem()
        if item is None:
            return ("all", "")
        return (str(item.data(0, SCOPE_ROLE)), str(item.data(0, KEY_ROLE)))

    def focus_list(self) -> None:
        self.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    def _article_line(self, count: DueCount) -> QTreeWidgetItem:
        line = self._line(
            count.title, "article", count.key, (count.new, count.learning, count.review)
        )
        line.setData(0, Qt.ItemDataRole.ToolTipRole, count.key)
        return line

    def _line(
        self, title: str, scope: str, key: str, numbers: tuple[int, int, int]
    ) -> QTreeWidgetItem:
        item = QTreeWidgetItem([title, *(str(n) for n in numbers)])
        item.setData(0, SCOPE_ROLE, scope)
        item.setData(0, KEY_ROLE, key)
        for column in COUNT_COLUMNS:
            item.setTextAlignment(
                column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            )
        if scope == "all":
            font = item.font(0)
            font.setBold(True)
            item.setFont(0, font)
        return item

    def _select(self, scope: tuple[str, str]) -> None:
        items = [self.tree.topLevelItem(row) for row in range(self.tree.topLevelItemCount())]
        found = [item for item in items if item is not None]
        chosen = [i for i in found if (i.data(0, SCOPE_ROLE), i.data(0, KEY_ROLE)) == scope]
        if chosen or found:
            self.tree.setCurrentItem((chosen or found)[0])

    def _study_current(self) -> None:
        if self.study_button.isEnabled():
            self.study_requested.emit(*self.current_scope())


COUNTED = ("new", "learning", "review")
