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
