"""Undo commands' shared rule for a refused change: keep the error, drop the step."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtGui import QUndoCommand

from serge_desktop.core.errors import SergeError

T = TypeVar("T")


class FallibleCommand(QUndoCommand):
    """A command whose change may be refused (the text changed meanwhile, the library is locked).

    The refusal is kept in ``error`` for the window to explain, and the command marks itself
    obsolete, so the stack drops it instead of offering to undo something that never happened.
    """

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.error: SergeError | None = None

    def attempt(self, change: Callable[[], T]) -> T | None:
        """Run ``change``; None when it was refused (and the command is now obsolete)."""
        try:
            return change()
        except SergeError as error:
            self.error = error
            self.setObsolete(True)
            return None
