"""The study feature of a test window, and keys typed to the widget that has the keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from serge_desktop.ui.features.study.feature import StudyFeature
from serge_desktop.ui.shell.main_window import MainWindow
from tests.ui.note_helpers import feature_of


def study(window: MainWindow) -> StudyFeature:
    return feature_of(window, StudyFeature)


def press(
    qtbot: QtBot, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    """A key typed as a person would: to whatever has the keyboard now."""
    target = QApplication.focusWidget()
    assert isinstance(target, QWidget), "nothing has the keyboard"
    qtbot.keyClick(target, key, modifiers)
