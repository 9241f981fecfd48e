"""Notes made straight through the service on the article the test window has open."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from serge_desktop.services.views import NoteView
from serge_desktop.ui.shell.main_window import MainWindow


def note_on(
    window: MainWindow, words: str, *, body: str = "", tags: Sequence[str] = ()
) -> NoteView:
    """A note on the first occurrence of ``words``; the window's notes pane shows it."""
    article = window.current_article()
    assert article is not None
    start = article.body.index(words)
    note = window.workspace.notes.create_note(
        article_id=article.id,
        revision_id=article.revision_id,
        start=start,
        end=start + len(words),
        body=body,
        tags=tags,
    )
    window._on_notes_changed(None)
    return note


def pane_note_ids(window: MainWindow) -> set[int]:
    return {note.id for note in window.notes_pane.model.notes()}


def press_undo(widget: QWidget, qtbot: QtBot) -> None:
    """Ctrl+Z, as typed in a dialog."""
    qtbot.keyClick(widget, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def press_redo(widget: QWidget, qtbot: QtBot) -> None:
    """Ctrl+Shift+Z, as typed in a dialog."""
    modifiers = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(widget, Qt.Key.Key_Z, modifiers)
