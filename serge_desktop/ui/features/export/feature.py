"""File ▸ Export… (Ctrl+E) and File ▸ Print… (Ctrl+P): the dialog, the save dialog, the run."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from serge_desktop.services.exports.options import FORMAT_EXTENSIONS

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from serge_desktop.ui.features.export.run import ExportRun
    from serge_desktop.ui.shell.main_window import MainWindow


class ExportFeature(QObject):
    def __init__(self, window: MainWindow, *, in_menu: bool = True) -> None:
        super().__init__(window)
        self._window = window
        self.last_run: ExportRun | None = None
        policy = window.workspace.policy
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
        if in_menu:
            window.commands.add_to_menu("file", [self.export_action, self.print_action])

    def open_dialog(self, *, all_articles: bool = False, printing: bool = False) -> None:
        # The dialog, the writers and Qt's printing load on first use, not with the window.
        from PySide6.QtPrintSupport import QPrinter

        from serge_desktop.ui.features.export.dialog import ExportDialog
        from serge_desktop.ui.features.export.run import ExportRun

        dialog = ExportDialog(
            self._window.workspace,
            self._window.current_article(),
            self._window,
            all_articles=all_articles,
            printing=printing,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        options = dialog.options()
        run = ExportRun(self._window, self._window.workspace, options)
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
        article = self._window.current_article()
        suggested = (article.slug if article else "notes") + extension
        name, _ = QFileDialog.getSaveFileName(
            self._window,
            self.tr("Export As"),
            str(Path.home() / suggested),
            self.tr("%1 files (*%2)").replace("%1", export_format.upper()).replace("%2", extension),
        )
        if not name:
            return None
        path = Path(name)
        return path if path.suffix else path.with_suffix(extension)

    def choose_printer(self, printer: QPrinter) -> bool:
        from PySide6.QtPrintSupport import QPrintDialog

        """Show the print dialog (tests replace this)."""
        dialog = QPrintDialog(printer, self._window)
        return dialog.exec() == QDialog.DialogCode.Accepted

    def _report(self, ok: bool, message: str) -> None:
        if ok:
            self._window.statusBar().showMessage(message, 8000)
        else:
            self.show_problem(message)

    def show_problem(self, message: str) -> None:
        """Tell the reader the export failed (tests replace this)."""
        QMessageBox.warning(self._window, self.tr("Export failed"), message)


def install(window: MainWindow) -> QObject:
    return ExportFeature(window)


def open_export_dialog(window: MainWindow, *, all_articles: bool = False) -> None:
    """Open File ▸ Export… (for guest mode's "Take my notes…"), installed or not."""
    feature = window.findChild(ExportFeature)
    if not isinstance(feature, ExportFeature):
        feature = ExportFeature(window, in_menu=False)
    feature.open_dialog(all_articles=all_articles)
