"""Notes made straight through the service on the test window's article; its features."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from serge_desktop.services.changes import Changes
from serge_desktop.services.views import NoteView
from serge_desktop.ui.features.importing.feature import ImportArticles
from serge_desktop.ui.features.note_editing import NoteEditing
from serge_desktop.ui.features.search_everything import SearchEverything
from serge_desktop.ui.shell.main_window import MainWindow

F = TypeVar("F", bound=QObject)


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
    announce_notes(window)
    return note


def pane_note_ids(window: MainWindow) -> set[int]:
    return {note.id for note in window.notes.model.notes()}


def press_undo(widget: QWidget, qtbot: QtBot) -> None:
    """Ctrl+Z, as typed in a dialog."""
    qtbot.keyClick(widget, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def press_redo(widget: QWidget, qtbot: QtBot) -> None:
    """Ctrl+Shift+Z, as typed in a dialog."""
    modifiers = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(widget, Qt.Key.Key_Z, modifiers)


def feature_of(window: MainWindow, kind: type[F]) -> F:
    """The window's installed feature of this class."""
    return next(f for f in window.features if isinstance(f, kind))


def note_editing(window: MainWindow) -> NoteEditing:
    return feature_of(window, NoteEditing)


def importing(window: MainWindow) -> ImportArticles:
    return feature_of(window, ImportArticles)


def search_feature(window: MainWindow) -> SearchEverything:
    return feature_of(window, SearchEverything)


def announce_notes(window: MainWindow, note_id: int | None = None) -> None:
    """Tell the window its notes changed behind its back (as a write through a service does)."""
    window.bus.announce(Changes(notes=True, tags=True, note_id=note_id))
