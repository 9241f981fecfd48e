"""An article put in the trash while one of its cards is shown: the review moves on."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from serge_desktop.services.changes import Changes
from serge_desktop.ui.shell.main_window import MainWindow
from tests.ui.features.study.conftest import press, study

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def test_the_card_of_a_trashed_article_gives_way(window: MainWindow, qtbot: QtBot) -> None:
    feature = study(window)
    window.reader.setFocus()
    press(qtbot, Qt.Key.Key_S, CTRL_SHIFT)
    press(qtbot, Qt.Key.Key_Return)
    card = feature.session.card
    assert card is not None
    article = window.current_article()
    assert article is not None
    window.workspace.article_trash.delete_article(article_id=article.id)
    window.bus.announce(Changes(articles=True))
    assert feature.session.card is None  # nothing else in the library: done
    window.workspace.article_trash.restore_article(article_id=article.id)
    window.bus.announce(Changes(articles=True))
    press(qtbot, Qt.Key.Key_Escape)
    feature.show_review()
    assert feature.page.overview.tree.topLevelItemCount() >= 2


def test_the_statistics_follow_an_article_to_the_trash(window: MainWindow, qtbot: QtBot) -> None:
    feature = study(window)
    feature.statistics_action.trigger()
    dialog = feature.statistics
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert not dialog.counts.text().startswith("Cards: 0 new")
    article = window.current_article()
    assert article is not None
    window.workspace.article_trash.delete_article(article_id=article.id)
    window.bus.announce(Changes(articles=True, notes=True, events=True))  # as the library does
    assert dialog.counts.text().startswith("Cards: 0 new, 0 learning, 0 in review, 0 suspended")
