"""Undo and Redo keys inside a dialog, on the window's one undo stack."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import QWidget


def add_undo_keys(dialog: QWidget, stack: QUndoStack, reload: Callable[[], None]) -> None:
    """Ctrl+Z and Ctrl+Shift+Z (or Ctrl+Y) in ``dialog`` undo and redo, then ``reload`` runs.

    A dialog is a window of its own, so the main window's shortcuts do not reach into it. The
    dialog does not listen to the stack itself: the stack outlives it and, when the window
    closes, announces its last clear while the dialog's widgets are being taken down.
    """
    undo = stack.createUndoAction(dialog)
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    redo = stack.createRedoAction(dialog)
    redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    for action in (undo, redo):
        action.triggered.connect(reload)  # after the stack's own undo() or redo()
    dialog.addActions([undo, redo])
