"""The undo commands' base: announce what a step changed; keep a refused change's error.

Every command's ``redo`` and ``undo`` announce on the window's bus what they changed (a
``Changes``), and each view refreshes from that: no refresh callback is threaded through.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtGui import QUndoCommand

from serge_desktop.core.errors import SergeError
from serge_desktop.services.changes import Changes
from serge_desktop.ui.common.bus import ChangeBus

T = TypeVar("T")


class ChangeCommand(QUndoCommand):
    """An undo step that tells the window's views what its redo or undo changed."""

    def __init__(self, text: str, bus: ChangeBus) -> None:
        super().__init__(text)
        self._bus = bus

    def announce(self, changes: Changes) -> None:
        self._bus.announce(changes)

    def say(self, message: str) -> None:
        """Words for what the step made, which a screen reader speaks (``ChangeBus.say``)."""
        self._bus.say(message)


class FallibleCommand(ChangeCommand):
    """A command whose change may be refused (the text changed meanwhile, the library is locked).

    The refusal is kept in ``error`` for the window to explain, and the command marks itself
    obsolete, so the stack drops it instead of offering to undo something that never happened.
    """

    def __init__(self, text: str, bus: ChangeBus) -> None:
        super().__init__(text, bus)
        self.error: SergeError | None = None

    def attempt(self, change: Callable[[], T]) -> T | None:
        """Run ``change``; None when it was refused (and the command is now obsolete)."""
        try:
            return change()
        except SergeError as error:
            self.error = error
            self.setObsolete(True)
            return None
