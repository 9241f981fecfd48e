"""Study ▸ Card Browser: every card, filtered; edit its source, suspend, reset, delete, undo.

Editing a card is editing what it is made from: Edit Source opens its note in the notes pane,
or its event in the event editor. Suspend, Reset and Delete are steps on the window's undo
stack (Ctrl+Z here or in the window takes them back).
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from serge_desktop.core.errors import SergeError
from serge_desktop.services.cards.views import CardRow
from serge_desktop.services.changes import Changes
from serge_desktop.ui.common.dialog_undo import add_undo_keys
from serge_desktop.ui.common.error_messages import describe_error
from serge_desktop.ui.common.fallible_command import FallibleCommand
from serge_desktop.ui.features.study.browser_filters import CardFilters
from serge_desktop.ui.features.study.browser_model import CardColumn, CardTableModel
from serge_desktop.ui.features.study.card_view import CardView
from serge_desktop.ui.features.study.commands import (
    DeleteCardsCommand,
    ResetCardsCommand,
    SuspendCardsCommand,
)
from serge_desktop.ui.window.context import PageId, WindowContext

SHOWN_AT_MOST = 5000  # rows listed at once; the count says how many more the filter holds


class CardBrowserDialog(QDialog):
    """A window of its own beside the main one (not modal): cards, a preview, the actions."""

    def __init__(self, ctx: WindowContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle(self.tr("Card Browser"))
        self.setAccessibleName(self.tr("Card Browser"))
        self.resize(1000, 680)
        self.filters = CardFilters(self)
        self.filters.changed.connect(self.reload)
        self.model = CardTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Cards"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CardColumn.CARD, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.preview = CardView(self)
        self.preview.setAccessibleName(self.tr("The card chosen, with its answer"))
        self.count_label = QLabel(self)
        self.message = QLabel(self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.edit_button = self._button(self.tr("&Edit Source"), self.edit_source)
        self.passage_button = self._button(self.tr("&Open Passage"), self.open_passage)
        self.suspend_button = self._button(self.tr("Sus&pend"), self.toggle_suspended)
        self.reset_button = self._button(self.tr("&Reset"), self.reset)
        self.delete_button = self._button(self.tr("&Delete"), self.delete)
        # Delete anywhere in the dialog: it has no text to edit that the key could mean.
        delete_key = QAction(self)
        delete_key.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete_key.triggered.connect(self.delete)
        self.addAction(delete_key)
        closing = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        closing.rejected.connect(self.reject)
        self._lay_out(closing)
        add_undo_keys(self, ctx.undo_stack, self.reload)
        ctx.bus.changed.connect(self._on_changed)
        self._update_buttons()

    def _button(self, text: str, slot: object) -> QPushButton:
        button = QPushButton(text, self)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def _lay_out(self, closing: QDialogButtonBox) -> None:
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(self.preview)
        split.setSizes([340, 300])
        buttons = QHBoxLayout()
        for button in (
            self.edit_button,
            self.passage_button,
            self.suspend_button,
            self.reset_button,
            self.delete_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(closing)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addWidget(self.count_label)
        layout.addWidget(split, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

    # Reading ------------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the filter's choices and the cards again, keeping the selection where it can."""
        ws = self._ctx.workspace
        chosen = [card.id for card in self.selected_cards()]
        try:
            articles = ws.library.list_articles()
            self.filters.set_choices(
                articles,
                [s.name for s in ws.series.list_series()],
                ws.tags.tag_names(),
            )
            card_filter = self.filters.card_filter()
            rows = ws.cards.list_cards(card_filter, limit=SHOWN_AT_MOST)
            total = ws.cards.count_cards(card_filter)
        except SergeError as error:
            self.message.setText(describe_error(error))
            return
        self.model.set_rows(rows, {a.slug: a.headline for a in articles})
        shown = len(rows)
        self.count_label.setText(
            self.tr("%n card(s)", "", total)
            if shown == total
            else self.tr("The first %1 of %n card(s)", "", total).replace("%1", str(shown))
        )
        self._select(chosen)

    def selected_cards(self) -> list[CardRow]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [card for row in rows if (card := self.model.card_at(row)) is not None]

    def select_card(self, card_id: int) -> None:
        self._select([card_id])

    def _select(self, card_ids: list[int]) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for card_id in card_ids:
            row = self.model.row_of(card_id)
            if row is not None:
                selection.select(self.model.index(row, 0), flags)
                selection.setCurrentIndex(
                    self.model.index(row, 0), QItemSelectionModel.SelectionFlag.NoUpdate
                )
        if not selection.hasSelection() and self.model.rowCount():
            self.table.selectRow(0)
        self._on_selection_changed()

    def _on_selection_changed(self) -> None:
        cards = self.selected_cards()
        face = None
        if len(cards) == 1:
            try:
                face = self._ctx.workspace.cards.face(cards[0].id)
            except SergeError:
                face = None
        self.preview.show_face(face, answered=True)
        self._update_buttons()

    def _update_buttons(self) -> None:
        cards = self.selected_cards()
        one = len(cards) == 1
        self.edit_button.setEnabled(one)
        self.passage_button.setEnabled(one and self.preview_has_passage())
        for button in (self.suspend_button, self.reset_button, self.delete_button):
            button.setEnabled(bool(cards))
        all_suspended = bool(cards) and all(card.is_suspended for card in cards)
        self.suspend_button.setText(self.tr("Unsus&pend") if all_suspended else self.tr("Sus&pend"))

    def preview_has_passage(self) -> bool:
        cards = self.selected_cards()
        if len(cards) != 1:
            return False
        try:
            return self._ctx.workspace.cards.face(cards[0].id).evidence is not None
        except SergeError:
            return False

    def _on_changed(self, changes: Changes) -> None:
        if self.isVisible() and (changes.cards or changes.notes or changes.events):
            self.reload()

    # Acting -------------------------------------------------------------------------------------

    def toggle_suspended(self) -> None:
        cards = self.selected_cards()
        if not cards:
            return
        suspend = not all(card.is_suspended for card in cards)
        self._push(
            SuspendCardsCommand(
                self._ctx.workspace.cards,
                self._ctx.bus,
                card_ids=[c.id for c in cards],
                suspended=suspend,
            ),
            self.tr("Suspended. Ctrl+Z undoes.") if suspend else self.tr("Unsuspended."),
        )

    def reset(self) -> None:
        ids = [c.id for c in self.selected_cards()]
        if ids:
            command = ResetCardsCommand(self._ctx.workspace.cards, self._ctx.bus, card_ids=ids)
            self._push(command, self.tr("Made new again. Ctrl+Z undoes."))

    def delete(self) -> None:
        ids = [c.id for c in self.selected_cards()]
        if ids:
            command = DeleteCardsCommand(self._ctx.workspace.cards, self._ctx.bus, card_ids=ids)
            self._push(command, self.tr("Deleted. Ctrl+Z undoes."))

    def _push(self, command: FallibleCommand, done: str) -> None:
        self._ctx.undo_stack.push(command)
        if command.error is not None:
            self.message.setText(describe_error(command.error))
        else:
            self.message.setText(done)
        self.reload()

    def edit_source(self) -> None:
        """The card's note in the notes pane's editor, or its event in the event editor."""
        cards = self.selected_cards()
        if len(cards) != 1:
            return
        card = cards[0]
        ctx = self._ctx
        ctx.open_article(card.article_slug)
        ctx.show_page(PageId.STUDY)
        ctx.window().activateWindow()
        if card.note_id is not None:
            ctx.notes.edit_note(card.note_id)
        elif card.event_id is not None:
            ctx.timeline.select_event(card.event_id)
            edit = ctx.actions.find("timeline.edit_event")
            if edit is not None:
                edit.trigger()

    def open_passage(self) -> None:
        cards = self.selected_cards()
        if len(cards) != 1:
            return
        try:
            evidence = self._ctx.workspace.cards.face(cards[0].id).evidence
        except SergeError as error:
            self.message.setText(describe_error(error))
            return
        if evidence is not None:
            self._ctx.show_passage(evidence.article_slug, evidence.start, evidence.end)
            self._ctx.show_page(PageId.STUDY)
            self._ctx.window().activateWindow()
