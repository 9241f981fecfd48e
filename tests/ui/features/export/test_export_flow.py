"""Export and Print as a reader meets them: what, then where, and only then the work."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrintDialog, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QFileDialog, QLineEdit
from pytestqt.qtbot import QtBot

from serge_desktop.services.workspace import Workspace
from serge_desktop.ui.features.export.choices import ExportChoices, ExportMemory
from serge_desktop.ui.features.export.dialog import ExportDialog
from serge_desktop.ui.features.export.feature import ExportFeature
from serge_desktop.ui.shell.main_window import MainWindow
from tests.services.export_helpers import BORN, three_notes
from tests.ui.modal_helpers import ProgressWatch, when_shown

SLOW_READER_MS = 10_000  # the reader took about 4 s; the export waits as long as needed


def export_feature(window: MainWindow) -> ExportFeature:
    feature = window.findChild(ExportFeature)
    assert isinstance(feature, ExportFeature)
    return feature


def pdf_words(path: Path) -> str:
    return "".join("".join(page.extract_text() for page in PdfReader(path).pages).split())


def test_an_export_waits_for_the_reader_in_the_save_dialog(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    three_notes(window.workspace)
    target = tmp_path / "handout.pdf"
    watch: list[ProgressWatch] = []
    answered: list[bool] = []

    def choose_pdf(dialog: ExportDialog) -> None:
        dialog.format_buttons["pdf"].setChecked(True)
        dialog.article_text.setChecked(True)  # pages enough for a progress dialog to show
        dialog.export_button.click()

    def in_save_dialog(dialog: QFileDialog) -> None:
        watch.append(ProgressWatch())  # from now until the reader answers
        when_shown(QFileDialog, answer, after_ms=SLOW_READER_MS)

    def answer(dialog: QFileDialog) -> None:
        answered.append(watch[0].stop())
        name_field = dialog.findChild(QLineEdit, "fileNameEdit")
        assert isinstance(name_field, QLineEdit)
        name_field.setText(str(target))  # typed, as a reader would
        dialog.accept()

    when_shown(ExportDialog, choose_pdf)
    when_shown(QFileDialog, in_save_dialog)
    export_feature(window).export_action.trigger()

    assert answered == [False], "a progress dialog stood over the save dialog"
    qtbot.waitUntil(lambda: target.exists(), timeout=30_000)
    message = window.statusBar().currentMessage()
    assert re.fullmatch(r"Exported \d+ pages to handout\.pdf", message), message
    assert "".join(BORN.split()) in pdf_words(target)


def test_print_shows_a_preview_then_prints_what_it_showed(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    three_notes(window.workspace)
    target = tmp_path / "printed.pdf"
    steps: list[str] = []

    def choose_print(dialog: ExportDialog) -> None:
        assert dialog.windowTitle() == "Print"
        dialog.export_button.click()

    def in_preview(preview: QPrintPreviewDialog) -> None:
        steps.append("preview")
        watch = ProgressWatch()

        def press_print() -> None:
            steps.append("progress seen" if watch.stop() else "no progress")
            preview.printer().setOutputFileName(str(target))  # where a printer would be
            [print_action] = [a for a in preview.findChildren(QAction) if a.text() == "Print"]
            when_shown(QPrintDialog, lambda d: (steps.append("printer chosen"), d.accept()))
            print_action.trigger()

        when_shown(QPrintPreviewDialog, lambda _p: press_print(), after_ms=1500)

    when_shown(ExportDialog, choose_print)
    when_shown(QPrintPreviewDialog, in_preview)
    export_feature(window).print_action.trigger()

    assert steps == ["preview", "no progress", "printer chosen"]
    assert target.exists()
    assert "".join(BORN.split()) in pdf_words(target)
    pages = len(PdfReader(target).pages)
    expected = "Sent 1 page to the printer" if pages == 1 else f"Sent {pages} pages to the printer"
    assert window.statusBar().currentMessage() == expected


def test_a_closed_preview_prints_nothing(qtbot: QtBot, window: MainWindow) -> None:
    three_notes(window.workspace)
    feature = export_feature(window)
    feature.run_dialog = lambda dialog: QDialog.DialogCode.Accepted  # type: ignore[method-assign]
    closed: list[str] = []

    def close_preview(preview: QPrintPreviewDialog) -> int:
        closed.append(preview.printer().pageLayout().pageSize().name())
        return QDialog.DialogCode.Rejected

    feature.run_preview = close_preview  # type: ignore[method-assign]
    window.statusBar().clearMessage()
    feature.print_action.trigger()
    assert closed == ["A4"] and window.statusBar().currentMessage() == ""


@pytest.fixture
def other_library(tmp_path: Path) -> Workspace:
    return Workspace(tmp_path / "other")


def test_the_export_dialog_starts_from_the_last_export_of_this_library(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, other_library: Workspace
) -> None:
    three_notes(window.workspace)
    feature = export_feature(window)
    seen: list[ExportDialog] = []

    def set_up(dialog: ExportDialog) -> int:
        dialog.format_buttons["csv"].setChecked(True)
        dialog.scope.choose_library()
        dialog.timeline.setChecked(True)
        dialog.page_size.setCurrentText("Letter")
        return QDialog.DialogCode.Accepted

    def look(dialog: ExportDialog) -> int:
        seen.append(dialog)
        return QDialog.DialogCode.Rejected

    folders: list[str] = []

    def save_in_folder(dialog: QFileDialog) -> int:
        folders.append(dialog.directory().absolutePath())
        dialog.selectFile(str(tmp_path / "notes.csv"))
        return QDialog.DialogCode.Accepted

    feature.run_file_dialog = save_in_folder  # type: ignore[method-assign]
    feature.run_dialog = set_up  # type: ignore[method-assign]
    feature.export_action.trigger()
    qtbot.waitUntil(lambda: (tmp_path / "notes.csv").exists() and not window.tasks.busy())
    feature.run_dialog = look  # type: ignore[method-assign]
    feature.export_action.trigger()
    [again] = seen
    assert again.chosen_format() == "csv" and again.scope.scope().is_library
    assert again.timeline.isChecked() and again.notes.isChecked()
    assert again.page_size.currentText() == "Letter"
    feature.run_dialog = set_up  # type: ignore[method-assign]
    feature.export_action.trigger()
    qtbot.waitUntil(lambda: not window.tasks.busy())
    assert folders[-1] == str(tmp_path)  # the folder of the last export
    with other_library:
        assert ExportMemory(other_library.window_state_path).load() == ExportChoices()
