"""Timeline ▸ Categories…: the library's own categories, added, renamed, recoloured and merged.

The seed's four (life, politics, writing, exile) fit one article; a library of other articles
needs its own. Each change is a step on the window's undo stack, undone in the dialog too.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QUndoStack
from PySide6.QtWidgets import (
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from serge_desktop.services.categories import CategoryService, CategoryView
from serge_desktop.services.changes import Changes
from serge_desktop.services.errors import CategoryColourError
from serge_desktop.ui.common.bus import ChangeBus
from serge_desktop.ui.common.dialog_undo import add_undo_keys
from serge_desktop.ui.common.error_messages import describe_error
from serge_desktop.ui.common.palette import category_icon
from serge_desktop.ui.timeline.date_wording import category_name
from serge_desktop.ui.timeline.editing.category_commands import (
    AddCategoryCommand,
    CategoryCommand,
    DeleteCategoryCommand,
    MergeCategoriesCommand,
    RecolourCategoryCommand,
    RenameCategoryCommand,
)

ShowError = Callable[[str, str], None]


class CategoriesDialog(QDialog):
    """The categories in the legend's order, with their colour and how many events each has."""

    def __init__(
        self,
        service: CategoryService,
        bus: ChangeBus,
        stack: QUndoStack,
        show_error: ShowError,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._bus = bus
        self._stack = stack
        self._show_error = show_error
        self.setWindowTitle(self.tr("Timeline Categories"))
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Categories"))
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.list.itemDoubleClicked.connect(lambda _item: self.ask_rename())
        self.add_button = self._button(self.tr("&Add…"), self.ask_add)
        self.rename_button = self._button(self.tr("&Rename…"), self.ask_rename)
        self.colour_button = self._button(self.tr("&Colour…"), self.ask_colour)
        self.merge_button = self._button(self.tr("&Merge Into…"), self.ask_merge)
        self.delete_button = self._button(self.tr("&Delete"), self.delete_current)
        self.delete_button.setToolTip(self.tr("Only a category without events (merge the others)"))
        buttons = QVBoxLayout()
        for button in (self.add_button, self.rename_button, self.colour_button):
            buttons.addWidget(button)
        buttons.addWidget(self.merge_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(buttons)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(close)
        add_undo_keys(self, stack, self.reload)
        # Undone from the window's Edit menu as well as here: the list follows every change.
        bus.changed.connect(self._on_changed)
        self.resize(420, 320)
        self.reload()

    def _button(self, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def categories(self) -> list[CategoryView]:
        return [
            self.list.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.list.count())
        ]

    def current(self) -> CategoryView | None:
        item = self.list.currentItem()
        category: CategoryView | None = (
            None if item is None else item.data(Qt.ItemDataRole.UserRole)
        )
        return category

    def reload(self, select_id: int | None = None) -> None:
        """Read the categories again, keeping the current one (or selecting ``select_id``)."""
        current = self.current()
        keep = select_id if isinstance(select_id, int) and select_id else None
        keep = keep or (current.id if current else None)
        self.list.clear()
        for category in self._service.list_categories():
            count = self.tr("%n event(s)", "", category.event_count)
            item = QListWidgetItem(
                category_icon(category.color, 16), f"{category_name(category.name)} — {count}"
            )
            item.setData(Qt.ItemDataRole.UserRole, category)
            self.list.addItem(item)
            if category.id == keep:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        self._update_buttons()

    def _on_changed(self, changes: Changes) -> None:
        if changes.categories:
            self.reload()

    def _update_buttons(self) -> None:
        current = self.current()
        for button in (self.rename_button, self.colour_button, self.delete_button):
            button.setEnabled(current is not None)
        self.merge_button.setEnabled(current is not None and self.list.count() > 1)

    # The changes, each a step on the undo stack ---------------------------------------------

    def push(self, command: CategoryCommand) -> bool:
        self._stack.push(command)
        if command.error is not None:
            message = describe_error(command.error)
            if isinstance(command.error, CategoryColourError) and command.error.suggestion:
                message += " " + self.tr("%1 is as close as stays legible.").replace(
                    "%1", command.error.suggestion
                )
            self._show_error(self.tr("Timeline Categories"), message)
        return command.error is None

    def add(self, name: str) -> bool:
        command = AddCategoryCommand(self._service, self._bus, name=name)
        done = self.push(command)
        self.reload(command.added.id if command.added else None)
        return done

    def rename(self, category: CategoryView, name: str) -> bool:
        done = self.push(
            RenameCategoryCommand(self._service, self._bus, category=category, name=name)
        )
        self.reload()
        return done

    def recolour(self, category: CategoryView, colour: str) -> bool:
        command = RecolourCategoryCommand(
            self._service, self._bus, category=category, colour=colour
        )
        done = self.push(command)
        self.reload()
        return done

    def merge(self, source: CategoryView, target: CategoryView) -> bool:
        command = MergeCategoriesCommand(self._service, self._bus, source=source, target=target)
        done = self.push(command)
        self.reload(target.id)
        return done

    def delete_current(self) -> bool:
        current = self.current()
        if current is None:
            return False
        done = self.push(DeleteCategoryCommand(self._service, self._bus, category=current))
        self.reload()
        return done

    # Asking ---------------------------------------------------------------------------------

    def ask_add(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Add Category"), self.tr("Name:"))
        if ok and name.strip():
            self.add(name)

    def ask_rename(self) -> None:
        current = self.current()
        if current is None:
            return
        name, ok = QInputDialog.getText(
            self, self.tr("Rename Category"), self.tr("Name:"), text=category_name(current.name)
        )
        if ok and name.strip() and name != category_name(current.name):
            self.rename(current, name)

    def ask_colour(self) -> None:
        current = self.current()
        if current is None:
            return
        colour = QColorDialog.getColor(QColor(current.color), self, self.tr("Category Colour"))
        if colour.isValid():
            self.recolour(current, colour.name())

    def ask_merge(self) -> None:
        current = self.current()
        others = [c for c in self.categories() if current is not None and c.id != current.id]
        if current is None or not others:
            return
        names = [category_name(c.name) for c in others]
        question = self.tr("Move the events of “%1” into:").replace(
            "%1", category_name(current.name)
        )
        chosen, ok = QInputDialog.getItem(
            self, self.tr("Merge Categories"), question, names, 0, False
        )
        if ok and chosen in names:
            self.merge(current, others[names.index(chosen)])
