"""A note the library refuses is copied to a plain-text file elsewhere, and the user told where."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from serge_desktop.services.emergency_notes import emergency_folders, write_emergency_copy
from serge_desktop.services.notes import MAX_NOTE_CHARS
from serge_desktop.ui.shell.main_window import MainWindow
from tests.ui.note_helpers import note_editing


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A home folder with a Documents folder, where Qt looks for the user's documents."""
    folder = tmp_path / "home"
    (folder / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(folder))
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    monkeypatch.delenv("XDG_DOCUMENTS_DIR", raising=False)
    return folder


def _new_note(window: MainWindow) -> int:
    window.reader.select_span(0, 12)
    note_editing(window).add_note()
    note_id = window.notes.current_note_id()
    assert note_id is not None
    return note_id


def _copies(folder: Path) -> list[Path]:
    return sorted(folder.glob("Serge Desktop unsaved note*.txt"))


def test_typing_in_a_locked_library_goes_to_an_emergency_file(
    window: MainWindow, qtbot: QtBot, home: Path
) -> None:
    note_id = _new_note(window)
    pane = window.notes
    quote = window.workspace.notes.get_note(note_id).quote
    window.workspace.notes._db.execute_sql("PRAGMA busy_timeout = 50")  # type: ignore[no-untyped-call]
    holder = sqlite3.connect(window.workspace.database_path, isolation_level=None)
    try:
        holder.execute("BEGIN IMMEDIATE")  # another program holds the write lock
        pane.editor.insertPlainText("Serge left Petrograd")
        assert pane.flush() is False
        copies = _copies(home / "Documents")
        assert len(copies) == 1
        content = copies[0].read_text(encoding="utf-8")
        assert "Serge left Petrograd" in content
        assert " ".join(quote.split()) in content
        article = window.current_article()
        assert article is not None and article.headline in content
        assert str(copies[0]) in pane.save_state.text()
        assert str(copies[0]) in window.statusBar().currentMessage()
        assert copies[0].stat().st_mode & 0o777 == 0o600
        # Typing on in the same run of failures updates the same file.
        pane.editor.insertPlainText(" in 1919")
        assert pane.flush() is False
        assert _copies(home / "Documents") == copies
        assert "Serge left Petrograd in 1919" in copies[0].read_text(encoding="utf-8")
    finally:
        holder.execute("COMMIT")
        holder.close()
    assert pane.flush() is True
    assert pane.save_state.text() == pane.tr("Saved")
    assert window.statusBar().currentMessage() == ""
    assert pane.emergency.file is None
    assert window.workspace.notes.get_note(note_id).body == "Serge left Petrograd in 1919"
    assert not _copies(window.workspace.data_dir)


def test_a_full_library_keeps_the_whole_text(window: MainWindow, home: Path) -> None:
    note_id = _new_note(window)
    pane = window.notes
    db = window.workspace.notes._db
    pages = db.execute_sql("PRAGMA page_count").fetchone()[0]  # type: ignore[no-untyped-call]
    # The file may not grow by a single page: SQLite reports the disk full (SQLITE_FULL).
    db.execute_sql(f"PRAGMA max_page_count = {pages}")  # type: ignore[no-untyped-call]
    long_text = "Memoirs of a Revolutionary. " * 3000  # 84,000 characters: under the limit
    pane.editor.setPlainText(long_text)
    assert pane.flush() is False
    assert "disk is full" in pane.save_state.text()
    (copy,) = _copies(home / "Documents")
    assert long_text in copy.read_text(encoding="utf-8")
    db.execute_sql("PRAGMA max_page_count = 1073741823")  # type: ignore[no-untyped-call]
    assert pane.flush() is True
    assert window.workspace.notes.get_note(note_id).body == long_text


def test_a_note_that_is_only_too_long_is_not_copied(window: MainWindow, home: Path) -> None:
    _new_note(window)
    window.notes.editor.setPlainText("x" * (MAX_NOTE_CHARS + 1))
    assert window.notes.flush() is False
    assert "Not saved" in window.notes.save_state.text()
    assert not _copies(home / "Documents")
    window.notes.editor.setPlainText("shorter")  # so that the window can close
    assert window.notes.flush() is True


def test_the_copy_never_goes_to_the_failing_folder(home: Path) -> None:
    documents = home / "Documents"
    assert documents in emergency_folders(None)
    assert documents not in emergency_folders(documents)
    assert documents not in emergency_folders(home)  # nor anywhere inside it
    copy = write_emergency_copy("words", avoid=documents)
    assert copy.parent == home
    assert copy.read_text(encoding="utf-8") == "words"


def test_an_unwritable_documents_folder_falls_back(home: Path) -> None:
    (home / "Documents").rmdir()  # gone: the home folder takes the copy
    copy = write_emergency_copy("words", avoid=None)
    assert copy.parent == home
