"""Edit ▸ Trash: the deleted notes of the open article (or of all), restored or deleted for good.

Signals:
    notes_changed(): notes were restored or deleted for good (the window refreshes).
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialogButtonBox,
    QLabel,
    QListView,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from serge_desktop.core.errors import SergeError
from serge_desktop.services.notes import NotesService
from serge_desktop.ui.common.bus import ChangeBus
from serge_desktop.ui.common.dialog_undo import add_undo_keys
from serge_desktop.ui.common.error_messages import describe_error
from serge_desktop.ui.notes.dialogs.edits_dialog import EditsDialog
from serge_desktop.ui.notes.dialogs.trash_delegate import TrashItemDelegate
from serge_desktop.ui.notes.dialogs.trash_model import TrashListModel
from serge_desktop.ui.notes.restore_commands import RestoreNotesCommand


class TrashDialog(EditsDialog):
    notes_changed = Signal()

    def __init__(
        self,
        notes: NotesService,
        undo_stack: QUndoStack,
        bus: ChangeBus,
        *,
        article_id: int | None,
        headlines: Mapping[int, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``article_id`` None shows every article's trash; ``headlines`` name the articles."""
        super().__init__(undo_stack, bus, parent)
        self._notes = notes
        self._article_id = article_id
        self._headlines = dict(headlines or {})
        self.name_and_size(self.tr("Trash"), self.tr("Trash"), 560, 480)
        self.all_articles = QCheckBox(self.tr("Show deleted notes of &all articles"), self)
        self.all_articles.setAccessibleName(self.tr("Show deleted notes of all articles"))
        self.all_articles.setChecked(article_id is None)
        self.all_articles.setEnabled(article_id is not None)
        self.model = TrashListModel(self)
        self.list = QListView(self)
        self.list.setAccessibleName(self.tr("Deleted notes"))
        self.list.setModel(self.model)
        self.list.setItemDelegate(TrashItemDelegate(self.list))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setUniformItemSizes(True)
        self.status = QLabel(self)
        self.status.setObjectName("hint")
        self.status.setAccessibleName(self.tr("Trash status"))
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        self.restore_button = self._button(
            buttons, self.tr("&Restore"), self.tr("Restore the selected notes")
        )
        self.empty_button = self._button(buttons, self.tr("&Empty Trash…"), self.tr("Empty trash"))
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.setAutoDefault(False)
        self.restore_button.setDefault(True)  # Enter restores, wherever the focus is
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_selected)
        self.empty_button.clicked.connect(self.empty_trash)
        self.all_articles.toggled.connect(self.reload)
        self.list.selectionModel().selectionChanged.connect(self._update_buttons)
        add_undo_keys(self, undo_stack, self.reload)
        layout = QVBoxLayout(self)
        layout.addWidget(self.all_articles)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.reload()

    def _button(self, box: QDialogButtonBox, text: str, name: str) -> QPushButton:
        button = box.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.setAccessibleName(name)
        button.setAutoDefault(False)
        return button

    def scope(self) -> int | None:
        """The article whose trash is shown, or None for every article's."""
        return None if self.all_articles.isChecked() else self._article_id

    def reload(self) -> None:
        notes = self._notes.list_trash(self.scope())
        self.model.set_notes(notes, self._headlines if self.scope() is None else {})
        if notes:
            self.list.setCurrentIndex(self.model.index(0))
            self.status.setText(self.tr("Enter restores the selected notes, with their tags."))
        else:
            self.status.setText(self.tr("The trash is empty."))
        self._update_buttons()

    def selected_note_ids(self) -> list[int]:
        rows = sorted(index.row() for index in self.list.selectionModel().selectedRows())
        return [self.model.note_at(row).id for row in rows]

    def restore_selected(self) -> None:
        note_ids = self.selected_note_ids()
        if not note_ids:
            return
        command = RestoreNotesCommand(self._notes, self._bus, note_ids=note_ids)
        self._stack.push(command)
        self.reload()
        if command.error is not None:
            self.show_error(self, self.tr("Not restored"), describe_error(command.error))
            return
        self.status.setText(
            self.tr("Restored: %1. Undo with Ctrl+Z.").replace("%1", str(len(note_ids)))
        )
        self.notes_changed.emit()

    def empty_trash(self) -> None:
        count = self.model.rowCount()
        if count == 0 or not self.confirm_empty(self, count):
            return
        try:
            gone = self._notes.empty_trash(self.scope())
        except SergeError as error:
            self.show_error(self, self.tr("The trash was not emptied"), describe_error(error))
            return
        # Undo steps may name notes that no longer exist: the history starts afresh.
        self._stack.clear()
        self.reload()
        self.status.setText(self.tr("Deleted for good: %1.").replace("%1", str(gone)))
        self.notes_changed.emit()

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(bool(self.list.selectionModel().selectedRows()))
        self.empty_button.setEnabled(self.model.rowCount() > 0)

    @classmethod
    def confirm_empty(cls, parent: QWidget, count: int) -> bool:
        """Ask before deleting ``count`` notes for good (tests replace this)."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("TrashDialog", "Empty Trash"),
            QCoreApplication.translate("TrashDialog", "Delete the notes in the trash for good?"),
            QMessageBox.StandardButton.Cancel,
            parent,
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "TrashDialog",
                "Notes to delete: %1. This cannot be undone, and the undo history is cleared.",
            ).replace("%1", str(count))
        )
        delete = box.addButton(
            QCoreApplication.translate("TrashDialog", "Delete for Good"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is delete

    @classmethod
    def show_error(cls, parent: QWidget, title: str, message: str) -> None:
        """Tell the user why it did not work (tests replace this)."""
        QMessageBox.warning(parent, title, message)
