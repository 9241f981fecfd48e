"""A note's history: its earlier texts newest first, one shown rendered, and Restore (undoable).

Signals:
    note_restored(int): this note's earlier text was made current again.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from serge_desktop.services.notes import NotesService
from serge_desktop.ui.common.bus import ChangeBus
from serge_desktop.ui.common.dialog_undo import add_undo_keys
from serge_desktop.ui.common.error_messages import describe_error
from serge_desktop.ui.notes.dialogs.edits_dialog import EditsDialog
from serge_desktop.ui.notes.dialogs.versions_model import NoteVersionsModel
from serge_desktop.ui.notes.preview import NotePreview
from serge_desktop.ui.notes.restore_commands import RestoreVersionCommand


class HistoryDialog(EditsDialog):
    note_restored = Signal(int)

    def __init__(
        self,
        notes: NotesService,
        undo_stack: QUndoStack,
        bus: ChangeBus,
        *,
        note_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(undo_stack, bus, parent)
        self._notes = notes
        self._note_id = note_id
        self._current_body = ""
        self.name_and_size(self.tr("Note History"), self.tr("Note history"), 760, 480)
        self.quote = QLabel(self)
        self.quote.setAccessibleName(self.tr("Passage of the note"))
        self.quote.setWordWrap(True)
        self.model = NoteVersionsModel(self)
        # A tree of one column rather than a list: it elides long lines to the width it has.
        self.list = QTreeView(self)
        self.list.setAccessibleName(self.tr("Versions, newest first"))
        self.list.setModel(self.model)
        self.list.setHeaderHidden(True)
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setAlternatingRowColors(True)  # each version two lines: show where one ends
        self.list.setStyleSheet("QTreeView::item { padding: 4px 2px; }")
        # The same safe rendering as the notes pane: no HTML, no image loaded, links confirmed.
        self.text = NotePreview(self)
        self.text.setAccessibleName(self.tr("Text of the selected version"))
        self.text.setOpenLinks(False)
        self.text.setPlaceholderText(self.tr("This version is empty."))
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.list)
        splitter.addWidget(self.text)
        splitter.setSizes([280, 480])
        splitter.setChildrenCollapsible(False)
        self.status = QLabel(self)
        self.status.setObjectName("hint")
        self.status.setAccessibleName(self.tr("History status"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore_button = buttons.addButton(
            self.tr("&Restore This Version"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.restore_button.setAccessibleName(self.tr("Restore this version"))
        self.restore_button.setDefault(True)  # Enter restores the version selected
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))
        close.setAutoDefault(False)
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_selected)
        self.list.selectionModel().selectionChanged.connect(self._on_selection_changed)
        add_undo_keys(self, undo_stack, self.reload)
        layout = QVBoxLayout(self)
        layout.addWidget(self.quote)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        note = self._notes.get_note(self._note_id)
        versions = self._notes.history(self._note_id)
        self._current_body = note.body
        self.quote.setText(self.tr("Versions of the note on “%1”").replace("%1", note.quote))
        self.model.set_versions(note, versions)
        if versions:
            self.status.setText(self.tr("Enter restores the selected version; Ctrl+Z undoes it."))
        else:
            self.status.setText(self.tr("This note has no earlier versions yet."))
        self.select_row(1 if versions else 0)

    def select_row(self, row: int) -> None:
        self.list.setCurrentIndex(self.model.index(row))

    def selected_row(self) -> int | None:
        rows = self.list.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def restore_selected(self) -> None:
        row = self.selected_row()
        version_id = self.model.version_id_at(row) if row is not None else None
        if version_id is None:
            return
        command = RestoreVersionCommand(
            self._notes,
            self._bus,
            note_id=self._note_id,
            version_id=version_id,
            before=self._current_body,
        )
        self._stack.push(command)
        if command.error is not None:
            self.show_error(self, self.tr("Not restored"), describe_error(command.error))
            return
        self.reload()
        self.select_row(0)
        self.status.setText(self.tr("Restored. Undo with Ctrl+Z."))
        self.note_restored.emit(self._note_id)

    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        row = self.selected_row()
        self.text.show_markdown(self.model.body_at(row) if row is not None else "")
        self.restore_button.setEnabled(
            row is not None and self.model.version_id_at(row) is not None
        )

    @classmethod
    def show_error(cls, parent: QWidget, title: str, message: str) -> None:
        """Tell the user why it did not work (tests replace this)."""
        QMessageBox.warning(parent, title, message)
