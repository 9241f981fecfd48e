"""Edit ▸ Manage Tags: every tag with its note count; rename, merge and delete, each undoable.

Signals:
    tags_changed(): a tag was renamed, merged or deleted from here (completion lists refresh).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from serge_desktop.core.errors import SergeError
from serge_desktop.services.tag_rows import clean_tag_name
from serge_desktop.services.tags import TagsService
from serge_desktop.ui.common.bus import ChangeBus
from serge_desktop.ui.common.dialog_undo import add_undo_keys
from serge_desktop.ui.common.error_messages import describe_error
from serge_desktop.ui.notes.dialogs.edits_dialog import EditsDialog
from serge_desktop.ui.notes.dialogs.tags_model import NAME_COLUMN, NOTES_COLUMN, TagsTableModel
from serge_desktop.ui.notes.tag_commands import DeleteTagCommand, MergeTagCommand, RenameTagCommand

TagCommand = RenameTagCommand | MergeTagCommand | DeleteTagCommand


class TagsDialog(EditsDialog):
    tags_changed = Signal()

    def __init__(
        self,
        tags: TagsService,
        undo_stack: QUndoStack,
        bus: ChangeBus,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(undo_stack, bus, parent)
        self._tags = tags
        self.name_and_size(self.tr("Manage Tags"), self.tr("Manage tags"), 520, 440)
        self.model = TagsTableModel(self)
        self.view = QTreeView(self)
        self.view.setAccessibleName(self.tr("Tags"))
        self.view.setModel(self.model)
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.view.header()
        header.setAccessibleName(self.tr("Columns"))
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NAME_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(NOTES_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        self.rename_button = self._button(self.tr("&Rename…"), self.tr("Rename tag"))
        self.merge_button = self._button(self.tr("&Merge Into…"), self.tr("Merge into tag"))
        self.delete_button = self._button(self.tr("&Delete"), self.tr("Delete tag"))
        self.close_button = self._button(self.tr("Close"), self.tr("Close"))
        self.status = QLabel(self)
        self.status.setObjectName("hint")
        self.status.setAccessibleName(self.tr("Tags status"))
        self.status.setWordWrap(True)
        self.rename_button.clicked.connect(self.rename_selected)
        self.merge_button.clicked.connect(self.merge_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.close_button.clicked.connect(self.reject)
        self.view.doubleClicked.connect(self.rename_selected)
        self.view.selectionModel().currentRowChanged.connect(self._update_buttons)
        for key, slot in (
            (QKeySequence.StandardKey.Delete, self.delete_selected),
            (QKeySequence("F2"), self.rename_selected),
        ):
            shortcut = QShortcut(key, self.view)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        add_undo_keys(self, undo_stack, self._after_undo_step)
        buttons = QVBoxLayout()
        for button in (self.rename_button, self.merge_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        row = QHBoxLayout()
        row.addWidget(self.view, 1)
        row.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(self.status)
        self.reload()

    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(name)
        button.setAutoDefault(False)  # Enter in the list does not rename or delete by surprise
        return button

    def reload(self, select: str | None = None) -> None:
        """Read the tags again, selecting ``select`` (else the tag selected before)."""
        keep = select if select is not None else self.selected_name()
        self.model.set_rows(self._tags.list_tags())
        row = self.model.row_of(keep) if keep is not None else None
        if row is None and self.model.rowCount():
            row = 0
        if row is not None:
            self.view.setCurrentIndex(self.model.index(row, NAME_COLUMN))
        if self.model.rowCount():
            self.status.setText(
                self.tr("F2 or a double-click renames; Delete takes a tag off every note.")
            )
        else:
            self.status.setText(self.tr("No tags yet. Add tags to a note in the notes pane."))
        self._update_buttons()

    def selected_name(self) -> str | None:
        tag = self.model.row_at(self.view.currentIndex().row())
        return tag.name if tag is not None else None

    def rename_selected(self) -> None:
        name = self.selected_name()
        if name is None:
            return
        typed = self.ask_new_name(self, name)
        if typed is None:
            return
        try:
            new_name = clean_tag_name(typed)
        except SergeError as error:
            self.show_error(self, self.tr("The tag was not renamed"), describe_error(error))
            return
        if new_name == name:
            return  # unchanged: no empty step on the undo stack
        row = self.model.row_of(new_name)
        tag = self.model.row_at(row) if row is not None else None
        existing = tag.name if tag is not None else None
        if existing is not None and existing.casefold() != name.casefold():
            if not self.confirm_merge(self, name, existing):
                return
            new_name = existing
        command = RenameTagCommand(self._tags, self._bus, name=name, new_name=new_name)
        self._push(command, new_name, self.tr("Renamed. Undo with Ctrl+Z."))

    def merge_selected(self) -> None:
        name = self.selected_name()
        others = [other for other in self.model.names() if other != name]
        if name is None or not others:
            return
        into = self.choose_merge_target(self, name, others)
        if into is None:
            return
        command = MergeTagCommand(self._tags, self._bus, name=name, into=into)
        self._push(command, into, self.tr("Merged. Undo with Ctrl+Z."))

    def delete_selected(self) -> None:
        name = self.selected_name()
        if name is None:
            return
        command = DeleteTagCommand(self._tags, self._bus, name=name)
        message = self.tr("Deleted “%1” from every note. Undo with Ctrl+Z.").replace("%1", name)
        self._push(command, None, message)

    def _push(self, command: TagCommand, select: str | None, done: str) -> None:
        self._stack.push(command)
        self.reload(select)
        if command.error is not None:
            self.show_error(
                self, self.tr("The tags were not changed"), describe_error(command.error)
            )
            return
        self.status.setText(done)
        self.tags_changed.emit()

    def _after_undo_step(self) -> None:
        self.reload()

    def _update_buttons(self, *_args: QModelIndex) -> None:
        chosen = self.view.currentIndex().isValid()
        self.rename_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)
        self.merge_button.setEnabled(chosen and self.model.rowCount() > 1)

    @classmethod
    def ask_new_name(cls, parent: QWidget, name: str) -> str | None:
        """The new name typed for tag ``name``, or None if cancelled (tests replace this)."""
        ask = QInputDialog(parent)
        ask.setWindowTitle(QCoreApplication.translate("TagsDialog", "Rename Tag"))
        ask.setLabelText(
            QCoreApplication.translate("TagsDialog", "New name for “%1”:").replace("%1", name)
        )
        ask.setTextValue(name)
        ask.setOkButtonText(QCoreApplication.translate("TagsDialog", "Rename"))
        return ask.textValue() if ask.exec() == QDialog.DialogCode.Accepted else None

    @classmethod
    def confirm_merge(cls, parent: QWidget, name: str, into: str) -> bool:
        """Ask before a rename onto an existing tag merges the two (tests replace this)."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("TagsDialog", "Merge Tags"),
            QCoreApplication.translate(
                "TagsDialog", "A tag “%1” exists already. Merge into it?"
            ).replace("%1", into),
            QMessageBox.StandardButton.Cancel,
            parent,
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "TagsDialog",
                "The notes tagged “%1” get “%2” instead, and “%1” goes away. Ctrl+Z undoes it.",
            )
            .replace("%1", name)
            .replace("%2", into)
        )
        merge = box.addButton(
            QCoreApplication.translate("TagsDialog", "Merge"), QMessageBox.ButtonRole.AcceptRole
        )
        box.setDefaultButton(merge)
        box.exec()
        return box.clickedButton() is merge

    @classmethod
    def choose_merge_target(cls, parent: QWidget, name: str, others: list[str]) -> str | None:
        """The tag chosen to merge ``name`` into, or None if cancelled (tests replace this)."""
        ask = QInputDialog(parent)
        ask.setWindowTitle(QCoreApplication.translate("TagsDialog", "Merge Tag"))
        ask.setLabelText(
            QCoreApplication.translate("TagsDialog", "Merge “%1” into:").replace("%1", name)
        )
        ask.setComboBoxItems(others)
        ask.setComboBoxEditable(False)
        ask.setOkButtonText(QCoreApplication.translate("TagsDialog", "Merge"))
        accepted = ask.exec() == QDialog.DialogCode.Accepted
        return ask.textValue() if accepted and ask.textValue() else None

    @classmethod
    def show_error(cls, parent: QWidget, title: str, message: str) -> None:
        """Tell the user why it did not work (tests replace this)."""
        QMessageBox.warning(parent, title, message)
