from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from serge_desktop.services.batch_import import BatchSummary
from serge_desktop.services.importer import bundled_article_paths
from serge_desktop.ui.common.error_messages import describe_error
from serge_desktop.ui.features.importing.run import ImportRun
from serge_desktop.ui.shell.main_window import MainWindow
from tests.ui.note_helpers import importing, note_editing


def test_import_opens_the_new_article_and_reports_bad_files(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    reported: list[BatchSummary] = []
    monkeypatch.setattr(
        ImportRun, "show_summary", classmethod(lambda cls, w, summary: reported.append(summary))
    )
    good = tmp_path / "memoirs.md"
    good.write_text("# Memoirs of a Revolutionary\n\nA first paragraph.\n", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with qtbot.waitSignal(importing(window).import_finished, timeout=10000):
        importing(window).import_paths([good, empty])
    article = window.current_article()
    assert article is not None and article.headline == "Memoirs of a Revolutionary"
    assert window.switcher.count() == 2
    [summary] = reported
    assert [r.path.name for r in summary.imported] == ["memoirs.md"]
    [refused] = summary.refused
    assert refused.path == empty and refused.error is not None
    assert describe_error(refused.error) == "The file is empty."


def test_switching_articles_from_the_switcher(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    other = tmp_path / "other.txt"
    other.write_text("Another Article\n\nWith one paragraph.\n", encoding="utf-8")
    with qtbot.waitSignal(importing(window).import_finished, timeout=10000):
        importing(window).import_paths([other])
    seed_index = window.switcher.findText("He found the seeds of hope in Russia")
    window.switcher.activated.emit(seed_index)
    article = window.current_article()
    assert article is not None and article.headline == "He found the seeds of hope in Russia"


def test_a_new_version_reports_how_notes_were_placed(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    article = window.current_article()
    assert article is not None
    start = article.body.index("he reached Petrograd")
    window.reader.select_span(start, start + len("he reached Petrograd"))
    note_editing(window).add_note()
    [seed] = [p for p in bundled_article_paths() if p.suffix == ".txt"]
    changed = tmp_path / "serge-revised.txt"
    changed.write_text(
        seed.read_text(encoding="utf-8").replace("V ictor Serge was", "V ictor Serge, writer, was"),
        encoding="utf-8",
    )
    with qtbot.waitSignal(importing(window).import_finished, timeout=10000):
        importing(window).import_paths([changed])
    assert "new version" in window.statusBar().currentMessage()
    assert "moved 1" in window.statusBar().currentMessage()
    [note] = window.notes.model.notes()
    assert note.placement == "moved" and note.is_placed
    reopened = window.current_article()
    assert reopened is not None and reopened.revision_number == 2
    assert reopened.body[note.start : note.end] == "he reached Petrograd"


def test_a_file_that_is_not_utf8_is_read_or_refused_plainly(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    reported: list[BatchSummary] = []
    monkeypatch.setattr(
        ImportRun, "show_summary", classmethod(lambda cls, w, summary: reported.append(summary))
    )
    latin = tmp_path / "latin.txt"  # é as one Latin-1 byte, as an old Windows editor saves it
    latin.write_bytes(b"Caf\xe9 letters\n\nIn 1919 the caf\xe9 was cold.\n")
    with qtbot.waitSignal(importing(window).import_finished, timeout=10000):
        importing(window).import_paths([latin])
    article = window.current_article()
    assert article is not None and article.headline == "Café letters"
    assert "In 1919 the café was cold." in article.body
    message = window.statusBar().currentMessage()
    assert "latin.txt was not UTF-8; it was read as Windows-1252." in message
    assert reported == []  # one file that came in: the status bar says it all
    before = window.switcher.count()
    undefined = tmp_path / "undefined.txt"  # bytes neither UTF-8 nor Windows-1252 can read
    undefined.write_bytes(b"Odd bytes\n\nIn 1919 \x81\x8d\x9d here.\n")
    with qtbot.waitSignal(importing(window).import_finished, timeout=10000):
        importing(window).import_paths([undefined])
    [summary] = reported
    [refused] = summary.refused
    assert refused.error is not None
    assert describe_error(refused.error) == "The text is neither UTF-8 nor Windows-1252."
    assert window.switcher.count() == before  # nothing was added
    assert window.current_article() == article
