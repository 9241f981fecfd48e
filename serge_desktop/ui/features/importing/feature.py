"""File ▸ Import… (Ctrl+I) and files dropped on the window: imported through the window's runner.

Signals:
    import_finished(): an import started here has ended (all files tried, or cancelled).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog
from typing_extensions import override

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
        # Files dragged from a file manager onto any part of the window are imported.
        ctx.window().setAcceptDrops(True)
        ctx.window().installEventFilter(self)

    def file_filters(self) -> str:
        """Every format the app reads at once, then each on its own, in the reader's words."""
        labels = {
            "Plain text": self.tr("Plain text"),
            "Markdown": self.tr("Markdown"),
            "Web pages": self.tr("Web pages"),
            "EPUB e-books": self.tr("EPUB e-books"),
            "PDF documents": self.tr("PDF documents"),
            "Word documents": self.tr("Word documents"),
            "OpenDocument text": self.tr("OpenDocument text"),
        }
        # The formats' module brings every parser: loaded when the dialog opens, not at start.
        from serge_desktop.core.document_formats import name_filters

        return name_filters(self.tr("All articles"), labels) + ";;" + self.tr("All files (*)")

    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self._ctx.window(), self.tr("Import Articles"), str(Path.home()), self.file_filters()
        )
        self.import_paths([Path(p) for p in paths])

    def import_paths(self, paths: list[Path]) -> None:
        """Import files on a worker thread with one progress dialog, then say how it went."""
        if not paths or self._run is not None:
            return  # one import at a time; its progress dialog is already showing
        # Loaded on first import: the parsers are not needed to open the window.
        from serge_desktop.ui.features.importing.run import ImportRun

        run = ImportRun(self._ctx, paths)
        run.done.connect(self._on_done)
        if run.start():
            self._run = run

    def _on_done(self, _summary: object) -> None:
        self._run = None
        self.import_finished.emit()

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.DragEnter and isinstance(event, QDragEnterEvent):
            if _local_files(event):
                event.acceptProposedAction()
                return True
        elif event.type() == QEvent.Type.Drop and isinstance(event, QDropEvent):
            paths = _local_files(event)
            if paths:
                event.acceptProposedAction()
                self.import_paths(paths)
                return True
        return super().eventFilter(watched, event)


def _local_files(event: QDropEvent) -> list[Path]:
    data = event.mimeData()
    if not data.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in data.urls() if url.isLocalFile()]


def install(ctx: WindowContext) -> QObject:
    return ImportArticles(ctx)
