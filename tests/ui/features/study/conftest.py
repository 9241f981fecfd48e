"""The study feature of a test window, and keys typed to the widget that has the keyboard."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from serge_desktop.services.views import NoteView
from serge_desktop.ui.features.study.feature import StudyFeature
from serge_desktop.ui.shell.main_window import MainWindow
from tests.ui.note_helpers import announce_notes, feature_of


def study(window: MainWindow) -> StudyFeature:
    return feature_of(window, StudyFeature)


def press(
    qtbot: QtBot, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    """A key typed as a person would: to whatever has the keyboard now."""
    target = QApplication.focusWidget()
    assert isinstance(target, QWidget), "nothing has the keyboard"
    qtbot.keyClick(target, key, modifiers)


def highlight_on(window: MainWindow, words: str, *, tags: Sequence[str] = ()) -> NoteView:
    """A yellow highlight on ``words`` of the open article: it makes a cloze card."""
    article = window.current_article()
    assert article is not None
    start = article.body.index(words)
    note = window.workspace.notes.create_note(
        article_id=article.id,
        revision_id=article.revision_id,
        start=start,
        end=start + len(words),
        body="",
        color="yellow",
        tags=tags,
    )
    announce_notes(window)
    return note
