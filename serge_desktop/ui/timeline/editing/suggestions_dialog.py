"""Suggested events reviewed in the window: accept, edit or dismiss each, or accept them all."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from serge_desktop.services.timeline_suggestions import suggestion_key
from serge_desktop.ui.timeline.date_wording import say_date

if TYPE_CHECKING:
    from serge_desktop.core.event_suggestions import SuggestedEvent

# A suggestion with the label as the reader has it now (it may have been edited in the list).
Reviewed = tuple["SuggestedEvent", str]


@dataclass(frozen=True, slots=True)
class SuggestionActions:
    """What the dialog asks of the window; each pushes undo commands on the window's stack."""

    load: Callable[[], list[SuggestedEvent]]
    accept: Callable[[list[Reviewed]], None]
    edit: Callable[[Reviewed], None]
    dismiss: Callable[[Reviewed], None]


class SuggestionsDialog(QDialog):
    """The open suggestions of the article: date in words, drafted label (editable), evidence."""

    def __init__(self, actions: SuggestionActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._actions = actions
        self._suggestions: list[SuggestedEvent] = []
        self._labels: dict[str, str] = {}  # labels the reader edited, by suggestion key
        self.setWindowTitle(self.tr("Suggested Events"))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.list = QTableWidget(0, 3, self)
        self.list.setAccessibleName(self.tr("Suggested events"))
        self.list.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Event (F2 to edit)"), self.tr("Evidence")]
        )
        self.list.verticalHeader().hide()
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.list.setTabKeyNavigation(False)
        self.list.setWordWrap(True)
        header = self.list.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.list.itemChanged.connect(self._on_item_changed)
        self.accept_button = self._button(self.tr("&Accept"), self.tr("Add it to the timeline"))
        self.accept_all_button = self._button(self.tr("Accept A&ll"), self.tr("Add every one"))
        self.edit_button = self._button(self.tr("&Edit…"), self.tr("Change it, then add it"))
        self.dismiss_button = self._button(self.tr("&Dismiss"), self.tr("Do not suggest it again"))
        self.accept_button.clicked.connect(lambda: self._act_on_current(self._accept_one))
        self.accept_all_button.clicked.connect(self._accept_all)
        self.edit_button.clicked.connect(lambda: self._act_on_current(self._actions.edit))
        self.dismiss_button.clicked.connect(lambda: self._act_on_current(self._actions.dismiss))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        for button in (
            self.accept_button,
            self.accept_all_button,
            self.edit_button,
            self.dismiss_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.list.currentCellChanged.connect(lambda *_: self._update_buttons())
        self.resize(860, 420)
        self.reload()

    def _button(self, text: str, tip: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setToolTip(tip)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        return button

    def reload(self) -> None:
        """Read the open suggestions again (after an accept, a dismissal, an undo)."""
        row = max(self.list.currentRow(), 0)
        self._suggestions = self._actions.load()
        self.list.blockSignals(True)
        self.list.setRowCount(len(self._suggestions))
        for index, suggestion in enumerate(self._suggestions):
            label = self._labels.get(suggestion_key(suggestion), suggestion.label)
            date = QTableWidgetItem(say_date(suggestion.date_edtf))
            date.setToolTip(suggestion.date_edtf)
            evidence = QTableWidgetItem(suggestion.evidence)
            evidence.setToolTip(suggestion.evidence)
            for item in (date, evidence):
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.list.setItem(index, 0, date)
            self.list.setItem(index, 1, QTableWidgetItem(label))
            self.list.setItem(index, 2, evidence)
        self.list.blockSignals(False)
        self.list.setColumnWidth(1, 300)
        self.list.resizeRowsToContents()
        if self._suggestions:
            self.list.setCurrentCell(min(row, len(self._suggestions) - 1), 1)
        count = len(self._suggestions)
        self.summary.setText(
            self.tr("%n dated sentence(s) of the article not yet on the timeline.", "", count)
            if count
            else self.tr("Every dated sentence of the article is on the timeline or dismissed.")
        )
        self._update_buttons()

    def reviewed(self, row: int) -> Reviewed:
        suggestion = self._suggestions[row]
        item = self.list.item(row, 1)
        label = item.text().strip() if item is not None else ""
        return suggestion, label or suggestion.label

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() == 1 and 0 <= item.row() < len(self._suggestions):
            self._labels[suggestion_key(self._suggestions[item.row()])] = item.text()

    def _act_on_current(self, act: Callable[[Reviewed], None]) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self._suggestions):
            act(self.reviewed(row))
            self.reload()

    def _accept_one(self, reviewed: Reviewed) -> None:
        self._actions.accept([reviewed])

    def _accept_all(self) -> None:
        self._actions.accept([self.reviewed(row) for row in range(len(self._suggestions))])
        self.reload()

    def _update_buttons(self) -> None:
        has_current = 0 <= self.list.currentRow() < len(self._suggestions)
        for button in (self.accept_button, self.edit_button, self.dismiss_button):
            button.setEnabled(has_current)
        self.accept_all_button.setEnabled(bool(self._suggestions))
