"""A theme chosen while a card is shown: the card and its paper take the new colours at once."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette, QTextCursor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from serge_desktop.ui.common.theme_choice import apply_theme
from serge_desktop.ui.shell.main_window import MainWindow
from tests.ui.features.study.conftest import press, study

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture(autouse=True)
def back_to_the_system(qapp: QApplication) -> Iterator[None]:
    """The application is shared by every test: give it back its own colours."""
    apply_theme(qapp, "light")
    yield
    apply_theme(qapp, "system")


def first_text_colour(window: MainWindow) -> str:
    """The colour the card's question is set in (past its small heading)."""
    view = study(window).page.card_view
    block = view.document().firstBlock().next()
    cursor = QTextCursor(block)
    cursor.movePosition(QTextCursor.MoveOperation.NextCharacter)
    return cursor.charFormat().foreground().color().name()


def test_the_card_shown_follows_a_new_theme(
    window: MainWindow, qtbot: QtBot, qapp: QApplication
) -> None:
    page = study(window).page
    window.reader.setFocus()
    press(qtbot, Qt.Key.Key_S, CTRL_SHIFT)
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Space)
    assert page.answer_shown()
    light = first_text_colour(window)
    apply_theme(qapp, "dark")
    dark = page.card_view.palette()
    assert first_text_colour(window) == dark.color(QPalette.ColorRole.Text).name() != light
    paper = page.studying.grab().toImage().pixelColor(2, page.studying.height() - 2)
    assert paper == dark.color(QPalette.ColorRole.Base)
    assert page.answer_shown()  # as it was left
