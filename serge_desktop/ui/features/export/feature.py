"""File ▸ Export… (Ctrl+E) and File ▸ Print… (Ctrl+P): the dialog, the save dialog, the run."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from serge_desktop.services.exports.options import FORMAT_EXTENSIONS
from serge_desktop.ui.window.actions import MenuId
from serge_desktop.ui.window.context import WindowContext

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from serge_desktop.ui.features.export.run import ExportRun


class ExportFeature(QObject):
    """Export…, Print… and, by name only, "export.all" (every article: guests' Take my notes)."""

    def __init__(self, ctx: WindowContext) -> None:
        super().__init__(ctx.window())
        self._ctx = ctx
        self.last_run: ExportRun | None = None
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
        from PySide6.QtPrintSupport import QPrinter

        from serge_desktop.ui.features.export.dialog import ExportDialog
        from serge_desktop.ui.features.export.run import ExportRun

        ctx = self._ctx
        dialog = ExportDialog(
            ctx.workspace,
            ctx.current_article(),
            ctx.window(),
            all_articles=all_articles,
            printing=printing,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        options = dialog.options()
        run = ExportRun(ctx.tasks, ctx.workspace, options)
        run.finished.connect(self._report)
        self.last_run = run
        if printing:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            if self.choose_printer(printer):
                run.print_to(printer)
            return
        path = self.choose_path(options.format)
        if path is not None:
            run.write(path)

    def choose_path(self, export_format: str) -> Path | None:
        """Ask where to save (the save dialog asks before replacing a file; tests replace this)."""
        extension = FORMAT_EXTENSIONS[export_format]
        article = self._ctx.current_article()
        suggested = (article.slug if article else "notes") + extension
        name, _ = QFileDialog.getSaveFileName(
            self._ctx.window(),
            self.tr("Export As"),
            str(Path.home() / suggested),
            self.tr("%1 files (*%2)").replace("%1", export_format.upper()).replace("%2", extension),
        )
        if not name:
            return None
        path = Path(name)
        return path if path.suffix else path.with_suffix(extension)

    def choose_printer(self, printer: QPrinter) -> bool:
        """Show the print dialog (tests replace this)."""
        from PySide6.QtPrintSupport import QPrintDialog

        dialog = QPrintDialog(printer, self._ctx.window())
        return dialog.exec() == QDialog.DialogCode.Accepted

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
