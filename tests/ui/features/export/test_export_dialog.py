"""File ▸ Export… and Print…: the dialog's choices, the policy, and exports run from the window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from serge_desktop.services.exports.content import gather_content
from serge_desktop.services.exports.options import ExportOptions
from serge_desktop.services.policy import Policy
from serge_desktop.services.workspace import Workspace
from serge_desktop.ui.features.export.choices import ExportChoices
from serge_desktop.ui.features.export.dialog import ExportDialog
from serge_desktop.ui.features.export.documents import (
    build_document,
    page_layout,
    print_document,
    write_pdf,
)
from serge_desktop.ui.features.export.feature import ExportFeature
from serge_desktop.ui.features.export.run import ExportRun
from serge_desktop.ui.shell.main_window import MainWindow
from tests.services.export_helpers import BORN, ELITIST, three_notes
from tests.services.seed_notes import SEED_SLUG


def squeezed(text: str) -> str:
    return "".join(text.split())


def pdf_text(path: Path) -> str:
    return squeezed("".join(page.extract_text() for page in PdfReader(path).pages))


def test_the_summary_follows_the_filters(qtbot: QtBot, window: MainWindow) -> None:
    three_notes(window.workspace)
    dialog = ExportDialog(window.workspace, window.current_article(), window)
    qtbot.addWidget(dialog)
    assert dialog.summary.text() == "3 notes from 1 article"
    dialog.colors["pink"].setChecked(True)
    assert dialog.summary.text() == "1 note from 1 article"
    dialog.colors["pink"].setChecked(False)
    dialog.notes.setChecked(False)
    assert not dialog.export_button.isEnabled()  # nothing left to export
    dialog.article_text.setChecked(True)
    assert dialog.export_button.isEnabled()
    options = dialog.options()
    assert options.article_slugs == (SEED_SLUG,) and options.include_article
    assert options.format == "pdf" and dialog.page_size.isEnabled()
    dialog.format_buttons["csv"].setChecked(True)
    assert not dialog.page_size.isEnabled()
    dialog.scope.choose_library()
    assert dialog.options().article_slugs is None


@pytest.fixture
def csv_only(tmp_path: Path) -> Iterator[Workspace]:
    with Workspace(tmp_path / "policy", policy=Policy(allow_export=("csv",))) as opened:
        yield opened


def test_formats_the_policy_forbids_are_disabled(qtbot: QtBot, csv_only: Workspace) -> None:
    dialog = ExportDialog(csv_only, csv_only.library.article_view(SEED_SLUG))
    qtbot.addWidget(dialog)
    assert [n for n, b in dialog.format_buttons.items() if b.isEnabled()] == ["csv"]
    assert dialog.format_buttons["csv"].isChecked()
    labels = [label.text() for label in dialog.findChildren(type(dialog.summary))]
    assert labels.count("Set by your administrator") == 7


def test_export_and_print_are_in_the_file_menu(window: MainWindow) -> None:
    feature = window.findChild(ExportFeature)
    assert isinstance(feature, ExportFeature)
    assert feature.export_action.shortcut().toString() == "Ctrl+E"
    assert feature.print_action.shortcut().toString() == "Ctrl+P"
    assert feature.export_action in window.commands.menus["file"].actions()


def test_a_text_export_runs_in_a_worker_thread(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    three_notes(window.workspace)
    path = tmp_path / "notes.md"
    path.write_text("older", encoding="utf-8")  # the save dialog asked: it is replaced
    run = ExportRun(window.tasks, window.workspace, ExportOptions("markdown", (SEED_SLUG,)))
    with qtbot.waitSignal(run.finished) as finished:
        run.write(path)
    assert finished.args == [True, "Exported to notes.md"]
    assert BORN in path.read_text(encoding="utf-8")


def test_a_pdf_handout_is_laid_out_page_by_page(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    three_notes(window.workspace)
    path = tmp_path / "handout.pdf"
    options = ExportOptions("pdf", (SEED_SLUG,), include_timeline=True, include_article=True)
    run = ExportRun(window.tasks, window.workspace, options)
    with qtbot.waitSignal(run.finished) as finished:
        run.write(path)
    assert finished.args[0] is True
    reader = PdfReader(path)
    assert len(reader.pages) >= 3 and round(float(reader.pages[0].mediabox.width)) == 595  # A4
    text = pdf_text(path)
    assert squeezed(BORN) in text and squeezed(ELITIST) in text
    assert f"Page1of{len(reader.pages)}" in text and "Timeline" in text
    assert squeezed("The article") in text


def test_a_cancelled_pdf_leaves_no_file(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    path = folder / "handout.pdf"
    options = ExportOptions("pdf", (SEED_SLUG,), include_article=True)
    run = ExportRun(window.tasks, window.workspace, options)
    run.cancel()
    with qtbot.waitSignal(run.finished) as finished:
        run.write(path)
    assert finished.args == [False, "Export cancelled; nothing was written."]
    assert list(folder.iterdir()) == []


def test_printing_draws_the_same_pages_on_a_printer(
    qapp: object, workspace: Workspace, tmp_path: Path
) -> None:
    three_notes(workspace)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setPageLayout(page_layout("Letter"))
    content = gather_content(workspace, ExportOptions("print", (SEED_SLUG,)))
    assert print_document(build_document(content), printer, content.title) >= 1
    reader = PdfReader(tmp_path / "printed.pdf")
    assert round(float(reader.pages[0].mediabox.width)) == 612
    assert squeezed(BORN) in pdf_text(tmp_path / "printed.pdf")


def test_the_index_of_names_can_be_chosen_and_is_remembered(
    qtbot: QtBot, window: MainWindow
) -> None:
    workspace = window.workspace
    three_notes(workspace)
    workspace.entities.refresh()
    dialog = ExportDialog(workspace, window.current_article(), window)
    qtbot.addWidget(dialog)
    assert not dialog.options().include_index
    dialog.names_index.setChecked(True)
    options = dialog.options()
    assert options.include_index
    content = gather_content(workspace, options)
    assert "Leon Trotsky" in {entry.name for entry in content.index}
    kept = dialog.choices(ExportChoices())
    again = ExportDialog(workspace, window.current_article(), window)
    qtbot.addWidget(again)
    again.apply_choices(kept)
    assert again.names_index.isChecked()


def test_the_index_of_names_alone_is_something_to_export(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    # A reader with no notes yet may want the index of names as a handout of its own.
    workspace = window.workspace
    workspace.entities.refresh()
    dialog = ExportDialog(workspace, window.current_article(), window)
    qtbot.addWidget(dialog)
    assert dialog.summary.text() == "No notes match"
    assert not dialog.export_button.isEnabled()
    dialog.names_index.setChecked(True)
    assert dialog.export_button.isEnabled()
    content = gather_content(workspace, dialog.options())
    write_pdf(content, tmp_path / "names.pdf", force=True)
    text = pdf_text(tmp_path / "names.pdf")
    assert squeezed("Leon Trotsky") in text and squeezed("Victor Serge") in text


def test_parts_a_format_leaves_out_are_not_something_to_export(
    qtbot: QtBot, window: MainWindow
) -> None:
    # A spreadsheet holds notes only: with no notes, the index and the timeline ticked would
    # have written a CSV of one header row and called it exported.
    window.workspace.entities.refresh()
    dialog = ExportDialog(window.workspace, window.current_article(), window)
    qtbot.addWidget(dialog)
    dialog.names_index.setChecked(True)
    dialog.timeline.setChecked(True)
    dialog.format_buttons["csv"].setChecked(True)
    assert not dialog.export_button.isEnabled()
    assert not dialog.names_index.isEnabled() and not dialog.timeline.isEnabled()
    assert dialog.timeline.toolTip() == "Not kept in this format"
    dialog.format_buttons["anki"].setChecked(True)  # cards of the timeline's events
    assert dialog.export_button.isEnabled()
    assert dialog.timeline.isEnabled() and not dialog.names_index.isEnabled()
    dialog.timeline.setChecked(False)
    assert not dialog.export_button.isEnabled()
    dialog.format_buttons["w3c"].setChecked(True)  # annotations identifying the names
    assert dialog.export_button.isEnabled() and dialog.names_index.isEnabled()
    dialog.format_buttons["pdf"].setChecked(True)
    assert dialog.names_index.toolTip().startswith("The people, places")
    assert dialog.timeline.isEnabled() and dialog.article_text.isEnabled()
