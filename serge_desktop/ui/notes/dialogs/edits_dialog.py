"""The notes' dialogs' base: window-modal, their edits on the window's undo stack and bus."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QWidget

from serge_desktop.ui.common.bus import ChangeBus


class EditsDialog(QDialog):
    """A dialog whose edits are undo commands on the window's stack, announced on its bus."""

    def __init__(self, undo_stack: QUndoStack, bus: ChangeBus, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._stack = undo_stack
        self._bus = bus
        self.setWindowModality(Qt.WindowModality.WindowModal)

    def name_and_size(self, title: str, accessible_name: str, width: int, height: int) -> None:
        self.setWindowTitle(title)
        self.setAccessibleName(accessible_name)
        self.resize(width, height)
