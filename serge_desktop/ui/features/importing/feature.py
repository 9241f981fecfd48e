"""File ▸ Import Article… (Ctrl+I): choose files, import them through the window's runner.

Signals:
    import_finished(): an import started here has ended (all files tried, or cancelled).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog

from serge_desktop.ui.window.context import WindowContext

if TYPE_CHECKING:
    from serge_desktop.ui.features.importing.run import ImportRun


class ImportArticles(QObject):
    import_finished = Signal()

    def __init__(self, ctx: WindowContext) -> None:
        super().__init__(ctx.window())
        self._ctx = ctx
        self._run: ImportRun | None = None
        ctx.actions.get("file.import").triggered.connect(self.choose_files)

    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self._ctx.window(),
            self.tr("Import Article"),
            str(Path.home()),
            self.tr("Articles (*.txt *.md *.markdown *.text);;All files (*)"),
        )
        self.import_paths([Path(p) for p in paths])

    def import_paths(self, paths: list[Path]) -> None:
        """Import files on a worker thread with a progress dialog; bad files are reported."""
        if not paths or self._run is not None:
            return  # one import at a time; its progress dialog is already showing
        # Loaded on first import: the parsers are not needed to open the window.
        from serge_desktop.ui.features.importing.run import ImportRun

        run = ImportRun(self._ctx, paths)
        run.done.connect(self._on_done)
        if run.start():
            self._run = run

    def _on_done(self) -> None:
        self._run = None
        self.import_finished.emit()


def install(ctx: WindowContext) -> QObject:
    return ImportArticles(ctx)
