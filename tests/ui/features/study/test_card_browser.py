"""The card browser: filtering by article, tag and state; suspend with Ctrl+Z; delete, reset."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from serge_desktop.core.cards_scheduling import Grade
from serge_desktop.services.cards.browser import CardFilter
from serge_desktop.ui.features.study.browser_dialog import CardBrowserDialog
from serge_desktop.ui.shell.main_window import MainWindow
from tests.ui.features.study.conftest import highlight_on, study
from tests.ui.note_helpers import press_undo


def open_browser(window: MainWindow, qtbot: QtBot) -> CardBrowserDialog:
    feature = study(window)
    feature.browser_action.trigger()
    browser = feature.browser
    assert browser is not None
    qtbot.waitExposed(browser)
    browser.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is browser)
    return browser


def titles(browser: CardBrowserDialog) -> list[str]:
    model = browser.model
    return [card.title for row in range(model.rowCount()) if (card := model.card_at(row))]


def test_filters_narrow_the_list_by_tag_state_and_article(
    window: MainWindow, qtbot: QtBot, qtmodeltester: object
) -> None:
    highlight_on(window, "he reached Petrograd", tags=["Exile"])
    highlight_on(window, "Victor Serge")
    browser = open_browser(window, qtbot)
    qtmodeltester.check(browser.model)  # type: ignore[attr-defined]
    everything = browser.model.rowCount()
    assert everything >= 2
    assert browser.count_label.text() == f"{everything} cards"
    filters = browser.filters
    filters.choose(filters.tag, "Exile")
    assert titles(browser) == ["he reached Petrograd"]
    assert browser.count_label.text() == "1 card"
    filters.choose(filters.tag, None)
    filters.choose(filters.state, "suspended")
    assert browser.model.rowCount() == 0
    filters.choose(filters.state, "new")
    assert browser.model.rowCount() == everything
    article = window.current_article()
    assert article is not None
    filters.choose(filters.article, article.id)
    assert browser.model.rowCount() == window.workspace.cards.count_cards(
        CardFilter(article_ids=(article.id,), state="new")
    )


def test_suspend_then_ctrl_z_in_the_browser(window: MainWindow, qtbot: QtBot) -> None:
    highlight_on(window, "he reached Petrograd", tags=["Exile"])
    browser = open_browser(window, qtbot)
    browser.filters.choose(browser.filters.tag, "Exile")
    browser.table.setFocus()
    browser.table.selectRow(0)
    [card] = browser.selected_cards()
    assert browser.suspend_button.text() == "Sus&pend"
    qtbot.mouseClick(browser.suspend_button, Qt.MouseButton.LeftButton)
    assert window.workspace.cards.get_card(card.id).is_suspended
    assert browser.model.state_text(browser.selected_cards()[0]) == "Suspended"
    assert browser.suspend_button.text() == "Unsus&pend"
    assert browser.message.text() == "Suspended. Ctrl+Z undoes."
    # The review no longer draws it.
    study_service = window.workspace.study
    drawn = study_service.next_card(article_ids=[card.article_id])
    assert drawn is None or drawn.card_id != card.id
    press_undo(browser.table, qtbot)
    assert not window.workspace.cards.get_card(card.id).is_suspended
    assert browser.model.state_text(browser.selected_cards()[0]) == "New"


def test_delete_key_then_undo_and_reset(window: MainWindow, qtbot: QtBot) -> None:
    highlight_on(window, "he reached Petrograd", tags=["Exile"])
    browser = open_browser(window, qtbot)
    browser.filters.choose(browser.filters.tag, "Exile")
    [card] = browser.selected_cards()  # the first row is chosen at once
    browser.table.setFocus()
    qtbot.keyClick(browser.table, Qt.Key.Key_Delete)
    assert browser.model.rowCount() == 0
    assert window.undo_stack.undoText() == "Delete 1 Card"
    press_undo(browser.table, qtbot)
    assert [c.id for c in browser.selected_cards()] == [card.id]
    # Reset: a card studied is new again, and undo gives its memory back.
    window.workspace.study.grade(card_id=card.id, grade=Grade.EASY)
    browser.reload()
    assert browser.model.state_text(browser.selected_cards()[0]) == "Review"
    qtbot.mouseClick(browser.reset_button, Qt.MouseButton.LeftButton)
    assert window.workspace.cards.get_card(card.id).state == "new"
    press_undo(browser.table, qtbot)
    assert window.workspace.cards.get_card(card.id).state == "review"
