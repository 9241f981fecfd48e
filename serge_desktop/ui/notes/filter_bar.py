"""The row above the notes list: filter by words, tag and colour, and choose the order.

Signals:
    changed(): any of the choices changed; read them with ``text()``, ``tag()``, ``colour()``
        and ``order()``.
    layer_toggled(str, bool): the reader showed (True) or hid an author's layer.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
)

from serge_desktop.ui.common.palette import HIGHLIGHT_COLOURS, colour_swatch
from serge_desktop.ui.notes.filter_proxy import NoteOrder, NotesFilterProxy


class NotesFilterBar(QWidget):
    changed = Signal()
    layer_toggled = Signal(str, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = QLineEdit(self)
        self.field.setPlaceholderText(self.tr("Filter notes"))
        self.field.setAccessibleName(self.tr("Filter notes by words"))
        self.field.setClearButtonEnabled(True)
        self.tags = QComboBox(self)
        self.tags.setAccessibleName(self.tr("Filter by tag"))
        self.colours = QComboBox(self)
        self.colours.setAccessibleName(self.tr("Filter by colour"))
        self.colours.addItem(self.tr("Any colour"), None)
        for name in HIGHLIGHT_COLOURS:
            self.colours.addItem(colour_swatch(name), self.tr(name.capitalize()), name)
        self.order_box = QComboBox(self)
        self.order_box.setAccessibleName(self.tr("Order of notes"))
        self.order_box.addItem(self.tr("In text order"), NoteOrder.TEXT)
        self.order_box.addItem(self.tr("Last changed first"), NoteOrder.CHANGED)
        for box in (self.tags, self.colours, self.order_box):
            # They share the notes column's width, eliding their words: unfolded, they once made
            # the pane wider than its column, and the last one went past its edge.
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(4)
        self.unplaced = QCheckBox(self.tr("Only notes not found in the current text"), self)
        self.unplaced.setAccessibleName(self.tr("Show only unplaced notes"))
        # Other authors' notes (class packs): one checkable entry per author.
        self.layers_button = QToolButton(self)
        self.layers_button.setText(self.tr("Layers"))
        self.layers_button.setAccessibleName(self.tr("Show or hide other authors' notes"))
        self.layers_button.setToolTip(self.tr("Show or hide the notes of each author's layer"))
        self.layers_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.layers_menu = QMenu(self.layers_button)
        self.layers_button.setMenu(self.layers_menu)
        self.layers_button.hide()
        self.set_tags([])
        # The words field is always there; tag, colour, order and the rest fold away behind a
        # button, so on a short screen the list keeps the rows they took (three rows, one note).
        self.more_button = QToolButton(self)
        self.more_button.setText(self.tr("Filters"))
        self.more_button.setCheckable(True)
        self.more_button.setAccessibleName(self.tr("Show filters by tag, colour and order"))
        self.more_button.setToolTip(self.tr("Filter by tag, colour or placement; change the order"))
        self.more = QWidget(self)  # the pane puts it below its title row, across its width
        more = QGridLayout(self.more)
        more.setContentsMargins(0, 0, 0, 0)
        more.addWidget(self.tags, 0, 0)
        more.addWidget(self.colours, 0, 1)
        more.addWidget(self.order_box, 0, 2)
        more.addWidget(self.unplaced, 1, 0, 1, 3)  # the width of the three boxes, no more
        more.addWidget(self.layers_button, 2, 0)
        self.more.hide()
        self.more_button.toggled.connect(self.more.setVisible)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.field, 0, 0)
        layout.addWidget(self.more_button, 0, 1)
        self.field.textChanged.connect(self.changed)
        self.tags.currentIndexChanged.connect(self.changed)
        self.colours.currentIndexChanged.connect(self.changed)
        self.order_box.currentIndexChanged.connect(self.changed)
        self.unplaced.toggled.connect(self.changed)
        self.changed.connect(self._show_folded_choices)
        self.layer_toggled.connect(self._show_folded_choices)

    def _show_folded_choices(self) -> None:
        # A choice at work behind the folded button still shows: the button says how many, to
        # the eye and to a screen reader. Hidden layers count as one choice.
        chosen = sum(
            (
                self.tag() is not None,
                self.colour() is not None,
                self.unplaced.isChecked(),
                bool(self.hidden_authors()),
            )
        )
        # A number in brackets, not a counted noun: no plural forms to choose between.
        count = QLocale().toString(chosen)
        text = self.tr("Filters (%1)").replace("%1", count) if chosen else self.tr("Filters")
        self.more_button.setText(text)
        in_use = self.tr("%n filter(s) in use", "", chosen) if chosen else ""
        self.more_button.setAccessibleDescription(in_use)

    def set_tags(self, names: Sequence[str]) -> None:
        """Offer these tags, keeping the chosen one when it still exists."""
        chosen = self.tag()
        self.tags.blockSignals(True)
        self.tags.clear()
        self.tags.addItem(self.tr("Any tag"), None)
        for name in names:
            self.tags.addItem(f"#{name}", name)
        index = self.tags.findData(chosen) if chosen else 0
        self.tags.setCurrentIndex(max(index, 0))
        self.tags.blockSignals(False)
        if chosen and index < 0:
            self.changed.emit()

    def set_layers(self, authors: Sequence[tuple[str, bool]]) -> None:
        """Offer these authors' layers, each (name, shown); the button hides when there are none."""
        self.layers_menu.clear()
        for author, visible in authors:
            action = self.layers_menu.addAction(author.replace("&", "&&"))  # no mnemonic
            action.setData(author)
            action.setCheckable(True)
            action.setChecked(visible)
            action.toggled.connect(
                lambda checked, name=author: self.layer_toggled.emit(name, checked)
            )
        self.layers_button.setVisible(bool(authors))
        self._show_folded_choices()

    def apply_to(self, proxy: NotesFilterProxy) -> None:
        """Filter ``proxy``'s notes by the words, tag, colour and placement chosen here."""
        proxy.set_filter(
            text=self.text(),
            tag=self.tag(),
            colour=self.colour(),
            unplaced_only=self.unplaced.isChecked(),
        )

    def hidden_authors(self) -> frozenset[str]:
        return frozenset(str(a.data()) for a in self.layers_menu.actions() if not a.isChecked())

    def clear(self) -> None:
        self.field.clear()
        self.tags.setCurrentIndex(0)
        self.colours.setCurrentIndex(0)
        self.unplaced.setChecked(False)

    def text(self) -> str:
        return self.field.text()

    def tag(self) -> str | None:
        value = self.tags.currentData()
        return value if isinstance(value, str) else None

    def colour(self) -> str | None:
        value = self.colours.currentData()
        return value if isinstance(value, str) else None

    def order(self) -> NoteOrder:
        value = self.order_box.currentData()
        return value if isinstance(value, NoteOrder) else NoteOrder.TEXT
