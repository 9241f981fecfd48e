"""File ▸ Export… (Ctrl+E) and File ▸ Print… (Ctrl+P): the dialog, the destination, the run.

The order is the reader's: what to export, then where (the save dialog, or the print preview
and its Print), and only then the work, with its progress. Nothing runs while a dialog is still
asking, so a reader who takes their time in the save dialog is never overtaken by a progress
box that cancels the export.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from serge_desktop.services.exports.options import FORMAT_EXTENSIONS
from serge_desktop.ui.features.export.choices import ExportChoices, ExportMemory
from serge_desktop.ui.window.actions import MenuId
from serge_desktop.ui.window.context import WindowContext

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    from serge_desktop.services.exports.options import ExportOptions
    from serge_desktop.ui.features.export.dialog import ExportDialog
    from serge_desktop.ui.features.export.run import ExportRun


class ExportFeature(QObject):
    """Export…, Print… and, by name only, "export.all" (every article: guests' Take my notes)."""

    def __init__(self, ctx: WindowContext) -> None:
        super().__init__(ctx.window())
        self._ctx = ctx
        self.last_run: ExportRun | None = None
        self.memory = ExportMemory(ctx.workspace.window_state_path)
        policy = ctx.workspace.policy
        window = ctx.window()
        self.export_action = QAction(self.tr("&Export…"), window)
        self.export_action.setShortcut(QKeySequence(self.tr("Ctrl+E")))
        self.export_action.setStatusTip(self.tr("Export notes, timelines and articles"))
        self.export_action.setEnabled(policy.any_export_allowed)
        self.export_action.triggered.connect(lambda: self.open_dialog())
        self.print_action = QAction(self.tr("&Print…"), window)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.setStatusTip(self.tr("Print notes, the timeline or the article"))
        self.print_action.setEnabled(policy.export_allowed("print"))
        self.print_action.triggered.connect(lambda: self.open_dialog(printing=True))
        self.export_all_action = QAction(self.tr("Export All Articles…"), window)
        self.export_all_action.setEnabled(policy.any_export_allowed)
        self.export_all_action.triggered.connect(lambda: self.open_dialog(all_articles=True))
        ctx.actions.add("export.export", self.export_action)
        ctx.actions.add("export.print", self.print_action)
        ctx.actions.add("export.all", self.export_all_action)
        ctx.actions.add_to_menu(MenuId.FILE, [self.export_action, self.print_action])

    def open_dialog(self, *, all_articles: bool = False, printing: bool = False) -> None:
        # The dialog, the writers and Qt's printing load on first use, not with the window.
        from serge_desktop.ui.features.export.dialog import ExportDialog
        from serge_desktop.ui.features.export.run import ExportRun

        ctx = self._ctx
        earlier = self.memory.load()
        dialog = ExportDialog(
            ctx.workspace,
            ctx.current_article(),
            ctx.window(),
            all_articles=all_articles,
            printing=printing,
            choices=earlier,
        )
        if self.run_dialog(dialog) != QDialog.DialogCode.Accepted:
            return
        choices = dialog.choices(earlier)
        self.memory.save(choices)
        options = dialog.options()
        run = ExportRun(ctx.tasks, ctx.workspace, options)
        run.finished.connect(self._report)
        self.last_run = run
        if printing:
            self._print(run, options)
            return
        path = self.choose_path(options.format, choices)
        if path is not None:
            self.memory.save(choices.with_folder(path))
            run.write(path)

    def run_dialog(self, dialog: ExportDialog) -> int:
        """Show the Export (or Print) dialog and wait for the reader (tests may replace this)."""
        return dialog.exec()

    # Export: where to --------------------------------------------------------------------------

    def choose_path(self, export_format: str, choices: ExportChoices) -> Path | None:
        """Ask where to save; the save dialog asks before replacing a file."""
        extension = FORMAT_EXTENSIONS[export_format]
        article = self._ctx.current_article()
        folder = Path(choices.folder) if choices.folder else Path.home()
        if not folder.is_dir():
            folder = Path.home()
        suggested = (article.slug if article else "notes") + extension
        dialog = QFileDialog(self._ctx.window(), self.tr("Export As"), str(folder / suggested))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setDefaultSuffix(extension.lstrip("."))
        dialog.setNameFilter(
            self.tr("%1 files (*%2)").replace("%1", export_format.upper()).replace("%2", extension)
        )
        if self.run_file_dialog(dialog) != QDialog.DialogCode.Accepted:
            return None
        chosen = dialog.selectedFiles()
        if not chosen or not chosen[0]:
            return None
        path = Path(chosen[0])
        return path if path.suffix else path.with_suffix(extension)

    def run_file_dialog(self, dialog: QFileDialog) -> int:
        """Show the save dialog and wait for the reader (tests may replace this)."""
        return dialog.exec()

    # Print: the preview first ------------------------------------------------------------------

    def _print(self, run: ExportRun, options: ExportOptions) -> None:
        from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

        from serge_desktop.ui.features.export.documents import page_layout

        if not run.prepare_print():
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(page_layout(options.page_size))
        if not QPrinterInfo.availablePrinters():
            # No printer installed: Qt prints to a PDF file; offer one under a sensible name.
            article = self._ctx.current_article()
            name = (article.slug if article else "notes") + ".pdf"
            printer.setOutputFileName(str(Path.home() / name))
        preview = self.preview_dialog(printer)
        preview.paintRequested.connect(lambda target: run.paint(target, preview))
        if self.run_preview(preview) == QDialog.DialogCode.Accepted:
            run.report_printed()
        preview.deleteLater()

    def preview_dialog(self, printer: QPrinter) -> QPrintPreviewDialog:
        """The print preview: the pages as they will print, and Print to choose the printer."""
        from PySide6.QtPrintSupport import QPrintPreviewDialog

        preview = QPrintPreviewDialog(printer, self._ctx.window())
        preview.setWindowTitle(self.tr("Print Preview"))
        window = self._ctx.window().size()
        preview.resize(min(1000, window.width()), window.height())
        return preview

    def run_preview(self, preview: QPrintPreviewDialog) -> int:
        """Show the print preview and wait for the reader (tests may replace this)."""
        return preview.exec()

    # Telling the reader ------------------------------------------------------------------------

    def _report(self, ok: bool, message: str) -> None:
        if ok:
            self._ctx.show_status(message, 8000)
        else:
            self.show_problem(message)

    def show_problem(self, message: str) -> None:
        """Tell the reader the export failed (tests replace this)."""
        QMessageBox.warning(self._ctx.window(), self.tr("Export failed"), message)


def install(ctx: WindowContext) -> QObject:
    return ExportFeature(ctx)
