"""Files dragged from a file manager onto the window are imported, and the summary says why."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from serge_desktop.services.batch_import import BatchSummary
from serge_desktop.services.importer import bundled_article_paths
from serge_desktop.ui.features.importing.run import ImportRun
from serge_desktop.ui.features.importing.summary_dialog import ImportSummaryDialog
from serge_desktop.ui.shell.main_window import MainWindow
from tests.ui.note_helpers import importing

ROOT = Path(__file__).resolve().parents[4]
ODT = ROOT / "resources" / "samples" / "letters-from-exile.odt"
SCANNED = ROOT / "tests" / "core" / "documents" / "scanned.pdf"
DRM = ROOT / "tests" / "core" / "documents" / "drm.epub"


def _urls(*urls: QUrl) -> QMimeData:
    data = QMimeData()
    data.setUrls(list(urls))
    return data


def _drag_enter(target: QWidget, data: QMimeData) -> bool:
    event = QDragEnterEvent(
        target.rect().center(),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(target, event)
    return event.isAccepted()


def _drop(target: QWidget, data: QMimeData) -> None:
    event = QDropEvent(
        QPointF(target.rect().center()),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(target, event)


def test_files_dropped_on_the_window_are_imported_with_a_summary_of_each(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialogs: list[ImportSummaryDialog] = []

    def show(_cls: type, parent: QWidget, summary: BatchSummary) -> None:
        dialogs.append(ImportSummaryDialog(summary, parent))  # the real dialog, not run modally

    monkeypatch.setattr(ImportRun, "show_summary", classmethod(show))
    [seed] = [p for p in bundled_article_paths() if p.suffix == ".txt"]
    files = [ODT, SCANNED, DRM, seed, seed.with_suffix(".toml")]  # a folder's files, details too
    data = _urls(*(QUrl.fromLocalFile(str(p)) for p in files), QUrl("https://example.org/a"))
    assert _drag_enter(window, data)
    with qtbot.waitSignal(importing(window).import_finished, timeout=20000):
        _drop(window, data)
    article = window.current_article()
    assert article is not None and article.headline == "Letters from exile"
    [dialog] = dialogs
    rows = [
        tuple(dialog.files.topLevelItem(i).text(c) for c in range(3))
        for i in range(dialog.files.topLevelItemCount())
    ]
    assert rows == [
        ("letters-from-exile.odt", "Imported", "“Letters from exile”"),
        (
            "scanned.pdf",
            "Refused",
            "This PDF has no text layer: it is a scan, pictures of pages.",
        ),
        ("drm.epub", "Refused", "The e-book is protected by DRM, so its text cannot be read."),
        (seed.name, "Already there", "The same file is in the library."),
        (
            seed.with_suffix(".toml").name,
            "Refused",
            "This is an article's details file (.toml): it is read when the article beside it,"
            " of the same name, is imported.",
        ),
    ]  # the web address is no file: it is left out, not refused
    assert dialog.headline.text() == ("1 file imported, 1 file already there, 3 files refused.")


def test_a_drag_of_no_local_file_is_not_taken(window: MainWindow) -> None:
    text = QMimeData()
    text.setText("Victor Serge")
    assert not _drag_enter(window, text)
    assert not _drag_enter(window, _urls(QUrl("https://example.org/article.html")))


def test_cancel_in_the_progress_dialog_stops_between_files_and_keeps_each_whole(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    summaries: list[BatchSummary] = []
    monkeypatch.setattr(
        ImportRun, "show_summary", classmethod(lambda cls, w, summary: summaries.append(summary))
    )
    first = tmp_path / "first.md"
    first.write_text("# The first\n\nA short one.\n", encoding="utf-8")
    long = tmp_path / "long.md"  # long enough to be still reading when Cancel is pressed
    paragraph = "Serge wrote in the evenings, by the light of a paraffin lamp, of Petrograd. "
    long.write_text("# The long one\n\n" + (paragraph * 20 + "\n\n") * 600, encoding="utf-8")
    last = tmp_path / "last.md"
    last.write_text("# The last\n\nNever read.\n", encoding="utf-8")

    def cancel_on_first(_changes: object) -> None:
        window.bus.changed.disconnect(cancel_on_first)
        [progress] = window.findChildren(QProgressDialog)
        [button] = progress.findChildren(QPushButton)
        button.click()  # the dialog's Cancel button, once the first article is in

    window.bus.changed.connect(cancel_on_first)
    with qtbot.waitSignal(importing(window).import_finished, timeout=60000):
        importing(window).import_paths([first, long, last])
    [summary] = summaries
    # Cancel pressed while the first was written: the worker had read on, but nothing more came in.
    assert summary.cancelled and summary.not_tried == (long, last)
    assert [r.path for r in summary.imported] == [first]
    slugs = [a.slug for a in window.workspace.library.list_articles()]
    assert "the-first" in slugs and "the-long-one" not in slugs and "the-last" not in slugs
