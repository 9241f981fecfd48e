from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from serge_desktop.services.importer import bundled_article_paths
from serge_desktop.ui.features.importing.run import ImportRun
from serge_desktop.ui.shell.main_window import MainWindow
from tests.ui.note_helpers import importing, note_editing


def test_import_opens_the_new_article_and_reports_bad_files(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    reported: list[list[str]] = []
    monkeypatch.setattr(
        ImportRun, "show_problems", classmethod(lambda cls, w, problems: reported.append(problems))
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
    assert reported == [["empty.txt: The file is empty."]]


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
