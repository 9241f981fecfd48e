"""Reads and parses article files on a worker thread, so a large file never freezes the window.

Signals:
    prepared(int, object): file number i was read and checked (a ``PreparedImport``).
    failed(int, str, object): file number i at this path was refused (a ``SergeError``).
    finished(): every file was tried, or the user cancelled.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from serge_desktop.core.errors import SergeError
from serge_desktop.services.importer import prepare_file


class ImportWorker(QObject):
    prepared = Signal(int, object)
    failed = Signal(int, str, object)
    finished = Signal()

    def __init__(self, paths: Sequence[Path]) -> None:
        super().__init__()
        self._paths = list(paths)
        self._cancelled = threading.Event()

    @Slot()
    def run(self) -> None:
        # Only preparing happens here; the database write stays on the GUI thread, which owns
        # the connection, when the window receives ``prepared``.
        try:
            for number, path in enumerate(self._paths):
                if self._cancelled.is_set():
                    break
                try:
                    self.prepared.emit(number, prepare_file(path))
                except SergeError as error:
                    self.failed.emit(number, str(path), error)
        finally:
            # Even after a bug in a parser, the progress dialog must close.
            self.finished.emit()

    def cancel(self) -> None:
        """Stop after the file being read now (thread-safe)."""
        self._cancelled.set()
