"""An imported article without events: its timeline offers to suggest them from the text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from serge_desktop.ui.features.timeline_editing.editing import TimelineEditing
from serge_desktop.ui.shell.main_window import MainWindow
from tests.ui.note_helpers import feature_of
from tests.ui.reader.reader_helpers import STRUCTURED, open_markdown


def test_an_empty_timeline_offers_suggestions_from_the_text(
    window: MainWindow, qtbot: QtBot
) -> None:
    pane = window.timeline
    assert pane.empty_offer.isHidden()  # the seed has its events
    assert pane.view.isVisible()
    open_markdown(window, STRUCTURED)
    assert pane.events() == []
    button = pane.empty_offer.button
    assert button.isVisible() and button.isEnabled()
    assert pane.empty_offer.message.text() == "No dated events in this article"
    assert not pane.view.isVisible()
    # The keyboard reaches it where the chart would be (F6, or focus given to the timeline).
    pane.setFocus()
    assert button.hasFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    dialog = feature_of(window, TimelineEditing).review.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.list.rowCount() >= 2  # 1908 and November 1947 are in the text
    dialog.list.setCurrentCell(0, 1)
    dialog.accept_button.click()
    qtbot.waitUntil(lambda: len(pane.events()) == 1)
    assert pane.empty_offer.isHidden() and pane.view.isVisible()
    dialog.reject()
    window.undo_stack.undo()
    assert pane.events() == [] and button.isVisible()
