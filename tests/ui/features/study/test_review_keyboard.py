"""A review session by keyboard alone: Ctrl+Shift+S, Enter, Space, 3, Ctrl+Z, Enter, Escape."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from serge_desktop.core.cards_scheduling import Grade
from serge_desktop.services.timeline_edits import EventFields
from serge_desktop.storage import models as m
from serge_desktop.ui.features.study.feature import REVIEW_PAGE
from serge_desktop.ui.reader.typesetting import reading_font
from serge_desktop.ui.shell.main_window import MainWindow
from serge_desktop.ui.window.context import PageId
from tests.ui.features.study.conftest import press, study
from tests.ui.note_helpers import note_on

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def test_a_review_session_by_keyboard_alone(window: MainWindow, qtbot: QtBot) -> None:
    note_on(window, "Victor Serge", body="The writer himself.")
    feature = study(window)
    window.reader.setFocus()
    press(qtbot, Qt.Key.Key_S, CTRL_SHIFT)
    assert window.current_page() == REVIEW_PAGE
    page = feature.page
    assert page.currentWidget() is page.overview
    assert page.overview.tree.topLevelItemCount() >= 2  # everything, then the article
    press(qtbot, Qt.Key.Key_Return)  # study every article
    assert feature.session.studying
    first = feature.session.card
    assert first is not None
    assert not page.answer_shown()
    press(qtbot, Qt.Key.Key_3)  # no grade before the answer is shown
    assert m.CardReview.select().count() == 0
    press(qtbot, Qt.Key.Key_Space)
    assert page.answer_shown()
    good = page.grades.buttons[Grade.GOOD].text()
    assert good.startswith("Good (3)\n")
    press(qtbot, Qt.Key.Key_3)
    [review] = m.CardReview.select()
    assert (review.card_id, review.grade) == (first.card_id, int(Grade.GOOD))
    second = feature.session.card
    assert second is not None and second.card_id != first.card_id
    assert not page.answer_shown()
    # Ctrl+Z: the grade is taken back, and its card shown again, question first.
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert m.CardReview.select().count() == 0
    assert feature.session.card is not None
    assert feature.session.card.card_id == first.card_id
    assert not page.answer_shown()
    # Enter: the card's passage in the reader; Escape: back to the card.
    while feature.session.evidence() is None:
        press(qtbot, Qt.Key.Key_Space)
        press(qtbot, Qt.Key.Key_1)
    card = feature.session.card
    evidence = feature.session.evidence()
    assert card is not None and evidence is not None
    press(qtbot, Qt.Key.Key_Return)
    assert window.current_page() == PageId.STUDY
    assert feature.banner.isVisible()
    assert window.reader.flash.is_running()  # the evidence, flashed
    article = window.current_article()
    assert article is not None and article.slug == evidence.article_slug
    qtbot.waitUntil(window.reader.hasFocus)
    press(qtbot, Qt.Key.Key_Escape)
    assert window.current_page() == REVIEW_PAGE
    assert not feature.banner.isVisible()
    assert feature.session.card is not None and feature.session.card.card_id == card.card_id
    # Its source edited while the passage was shown: back at the card, the card says so.
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Return)
    event_id = evidence.event_id or 0
    event = window.workspace.timeline.get_event(event_id)
    renamed = EventFields(event.edtf, event.date_text, "Renamed by hand", event.category)
    window.workspace.timeline.update_event(event_id=event_id, fields=renamed)
    press(qtbot, Qt.Key.Key_Escape)
    assert "Renamed by hand" in page.card_view.toPlainText()
    assert page.answer_shown()  # as it was left


def test_the_card_is_set_at_the_readers_text_size(window: MainWindow, qtbot: QtBot) -> None:
    window.reader.zoom_in()
    feature = study(window)
    feature.review_action.trigger()
    feature.session.start("all", "")
    assert feature.session.card is not None
    font = feature.page.card_view.document().defaultFont()
    assert font.pointSizeF() == pytest.approx(
        reading_font(window.reader.zoom_factor()).pointSizeF()
    )
    assert window.reader.zoom_factor() > 1.0
