"""The Index pane: confirmed names with their mentions, filterable, and the suggestions to review.

Nothing found by the indexer is listed as certain: suggestions sit in their own list, under
"to review", until the reader confirms, rejects or merges them.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTreeView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from serge_desktop.core.entities.names import EntityKind
from serge_desktop.services.entities.views import EntitySummary, Suggestion
from serge_desktop.ui.features.names.index_model import ID_ROLE, MENTIONS, EntityListModel
from serge_desktop.ui.features.names.kind_words import KindWords


class IndexPane(QWidget):
    """Two lists: the index (confirmed) and the suggestions, each filtered by text and kind.

    Signals:
        entity_chosen(int): open this entity's page.
        confirm_requested(list, str): these names are one entity of this kind.
        reject_requested(list): these names name nothing.
        merge_requested(list): these names belong to an entity the reader will choose.
        filter_changed(): the text or the kind changed; the owner lists again.
        shown(): the pane came into view (its lists may need reading again).
    """

    entity_chosen = Signal(int)
    confirm_requested = Signal(list, str)
    reject_requested = Signal(list)
    merge_requested = Signal(list)
    filter_changed = Signal()
    shown = Signal()

    def __init__(self, parent: QWidget | None = None, *, wide: bool = False) -> None:
        super().__init__(parent)
        # A page is wide enough for the index and the suggestions side by side; a dock is not.
        self._orientation = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        self.words = KindWords(self)
        self.filter_field = QLineEdit(self)
        self.filter_field.setPlaceholderText(self.tr("Filter names"))
        self.filter_field.setClearButtonEnabled(True)
        self.filter_field.setAccessibleName(self.tr("Filter names"))
        self.kind_box = QComboBox(self)
        self.kind_box.setAccessibleName(self.tr("Kind of name"))
        self.kind_box.addItem(self.tr("All kinds"), "")
        for kind in EntityKind:
            self.kind_box.addItem(self.words.plural(kind), kind.value)
        # The index is a view over one model (thousands of names, no widget per row).
        self.entity_model = EntityListModel(self.words, self)
        self.entities = QTreeView(self)
        self.entities.setModel(self.entity_model)
        self.entities.setRootIsDecorated(False)
        self.entities.setUniformRowHeights(True)
        self.entities.setAlternatingRowColors(True)
        self.entities.setSortingEnabled(True)
        self.entities.sortByColumn(MENTIONS, Qt.SortOrder.DescendingOrder)
        self.entities.header().setStretchLastSection(False)
        self.entities.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.entities.setAccessibleName(self.tr("Index of names"))
        self.suggestions = self._tree(
            [self.tr("Suggested name"), self.tr("Guess"), self.tr("Mentions")]
        )
        self.suggestions.setAccessibleName(self.tr("Names to review"))
        self.suggestions.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.suggestions.setToolTip(
            self.tr("Found in the texts, not yet confirmed: select one or more names that are one")
        )
        self.confirm_kind = QComboBox(self)
        self.confirm_kind.setAccessibleName(self.tr("Confirm as"))
        for kind in EntityKind:
            self.confirm_kind.addItem(self.words.singular(kind), kind.value)
        self.confirm_button = QPushButton(self.tr("&Confirm"), self)
        self.confirm_button.setToolTip(self.tr("The selected names are one entity of this kind"))
        self.reject_button = QPushButton(self.tr("&Reject"), self)
        self.reject_button.setToolTip(
            self.tr("The selected names name nothing: never suggested again")
        )
        self.merge_button = QPushButton(self.tr("&Merge Into…"), self)
        self.merge_button.setToolTip(
            self.tr("The selected names are other names of a confirmed entity")
        )
        self.counts = QLabel(self)
        self.counts.setWordWrap(True)
        self._sized = False
        self._build()
        self.filter_field.textChanged.connect(self.filter_changed)
        self.kind_box.currentIndexChanged.connect(self.filter_changed)
        self.entities.activated.connect(self._activated)
        self.entities.clicked.connect(self._activated)
        self.suggestions.itemSelectionChanged.connect(self._selection_changed)
        self.confirm_button.clicked.connect(self._confirm)
        self.reject_button.clicked.connect(self._reject)
        self.merge_button.clicked.connect(self._merge)
        self._selection_changed()

    def _tree(self, headers: list[str]) -> QTreeWidget:
        tree = QTreeWidget(self)
        tree.setHeaderLabels(headers)
        tree.setRootIsDecorated(False)
        tree.setUniformRowHeights(True)
        tree.setAlternatingRowColors(True)
        tree.setSortingEnabled(True)
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        return tree

    def _build(self) -> None:
        filters = QHBoxLayout()
        filters.addWidget(self.filter_field, 1)
        filters.addWidget(self.kind_box)
        review = QWidget(self)
        review_layout = QVBoxLayout(review)
        review_layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(
            self.tr("<b>To review</b> (suggestions, not yet part of the index)"), review
        )
        heading.setWordWrap(True)
        review_layout.addWidget(heading)
        review_layout.addWidget(self.suggestions, 1)
        # Two rows, so the pane stays narrow enough beside the study panes on a small screen.
        kind_row = QHBoxLayout()
        kind_label = QLabel(self.tr("Confirm &as:"), review)
        kind_label.setBuddy(self.confirm_kind)
        kind_row.addWidget(kind_label)
        kind_row.addWidget(self.confirm_kind, 1)
        review_layout.addLayout(kind_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.confirm_button)
        buttons.addWidget(self.reject_button)
        buttons.addWidget(self.merge_button)
        buttons.addStretch(1)
        review_layout.addLayout(buttons)
        index = QWidget(self)
        index_layout = QVBoxLayout(index)
        index_layout.setContentsMargins(0, 0, 0, 0)
        index_layout.addWidget(QLabel(self.tr("<b>Index</b> (confirmed)"), index))
        index_layout.addWidget(self.entities, 1)
        splitter = QSplitter(self._orientation, self)
        splitter.addWidget(index)
        splitter.addWidget(review)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.counts)

    @override
    def sizeHint(self) -> QSize:
        # The width a dock opens at: a long name ("The Case of Comrade Tulayev"), "organisation"
        # and the mentions, so the first look at the index cuts none of them.
        hint = super().sizeHint()
        return QSize(max(hint.width(), self.fontMetrics().averageCharWidth() * 58), hint.height())

    @override
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Not when the window comes back from being minimised (a spontaneous show): the list is
        # as it was, and the keyboard stays where the reader left it.
        if not event.spontaneous():
            self.shown.emit()

    # What the owner reads ------------------------------------------------------------------

    def filter_text(self) -> str:
        return self.filter_field.text().strip()

    def filter_kind(self) -> EntityKind | None:
        value = self.kind_box.currentData()
        return EntityKind(value) if value else None

    def selected_suggestions(self) -> list[str]:
        return [item.text(0) for item in self.suggestions.selectedItems()]

    # Filling -------------------------------------------------------------------------------

    def show_entities(self, entities: Sequence[EntitySummary]) -> None:
        self.entity_model.set_rows(entities)
        header = self.entities.header()
        self.entity_model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        if not self._sized and entities:
            # Sized once, from the rows on the first screen, not by measuring every name.
            self._sized = True
            for column in (1, 2):
                self.entities.resizeColumnToContents(column)

    def listed_names(self) -> list[str]:
        """The index's names in the order shown."""
        return self.entity_model.names()

    def show_suggestions(self, suggestions: Sequence[Suggestion]) -> None:
        text, kind = self.filter_text().casefold(), self.filter_kind()
        self.suggestions.setSortingEnabled(False)
        self.suggestions.clear()
        shown = 0
        for suggestion in suggestions:
            if text and text not in suggestion.name.casefold():
                continue
            if kind is not None and suggestion.kind is not kind:
                continue
            guess = self.words.guess(suggestion.kind)
            item = _NumberedItem([suggestion.name, guess, str(suggestion.mentions)])
            item.setData(1, ID_ROLE, suggestion.kind.value if suggestion.kind else "")
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.suggestions.addTopLevelItem(item)
            shown += 1
        self.suggestions.setSortingEnabled(True)
        self.suggestions.sortByColumn(2, Qt.SortOrder.DescendingOrder)
        for column in (1, 2):
            self.suggestions.resizeColumnToContents(column)
        self.counts.setText(
            self.tr("%n name(s) in the index", "", self.entity_model.rowCount())
            + " · "
            + self.tr("%n suggestion(s) to review", "", shown)
        )
        self._selection_changed()

    # Reacting ------------------------------------------------------------------------------

    def _activated(self, index: QModelIndex) -> None:
        entity = self.entity_model.row_at(index.row())
        if entity is not None:
            self.entity_chosen.emit(entity.id)

    def _selection_changed(self) -> None:
        selected = self.suggestions.selectedItems()
        for button in (self.confirm_button, self.reject_button, self.merge_button):
            button.setEnabled(bool(selected))
        if selected:
            guess = selected[0].data(1, ID_ROLE)
            found = self.confirm_kind.findData(guess or EntityKind.PERSON.value)
            self.confirm_kind.setCurrentIndex(max(found, 0))

    def _confirm(self) -> None:
        names = self.selected_suggestions()
        if names:
            self.confirm_requested.emit(names, self.confirm_kind.currentData())

    def _reject(self) -> None:
        names = self.selected_suggestions()
        if names:
            self.reject_requested.emit(names)

    def _merge(self) -> None:
        names = self.selected_suggestions()
        if names:
            self.merge_requested.emit(names)

    def ask_merge_target(
        self, names: Sequence[str], entities: Sequence[EntitySummary]
    ) -> EntitySummary | None:
        """Which of ``entities`` these names belong to, asked from a list; None if cancelled."""
        labels = [e.name for e in entities]
        chosen, ok = QInputDialog.getItem(
            self,
            self.tr("Merge Names"),
            self.tr("%1 is another name of:").replace("%1", ", ".join(names)),
            labels,
            0,
            False,
        )
        return entities[labels.index(chosen)] if ok and chosen in labels else None


class _NumberedItem(QTreeWidgetItem):
    """Sorts the mentions column by number, the others by text."""

    @override
    def __lt__(self, other: QTreeWidgetItem) -> bool:
        tree = self.treeWidget()
        column = tree.sortColumn() if tree is not None else 0
        if column == 2:
            return int(self.text(2) or 0) < int(other.text(2) or 0)
        return self.text(column).casefold() < other.text(column).casefold()
