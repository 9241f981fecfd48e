"""Study ▸ Make a Card of This Note: a plain note becomes a card, and Ctrl+Z takes it back."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from serge_desktop.services.cards.browser import CardFilter
from serge_desktop.ui.features.study.interval_words import IntervalWords
from serge_desktop.ui.features.study.options_dialog import StudyOptionsDialog
from serge_desktop.ui.shell.main_window import MainWindow
from tests.ui.features.study.conftest import study
from tests.ui.note_helpers import note_on


def test_a_note_marked_becomes_a_card_and_undo_retires_it(window: MainWindow, qtbot: QtBot) -> None:
    feature = study(window)
    new_cards = CardFilter(state="new")
    before = window.workspace.cards.count_cards(new_cards)
    note = note_on(window, "gun-runner", body="He ran guns too: why?")
    assert window.workspace.cards.count_cards(new_cards) == before  # no colour, no Q/A: no card
    window.notes.select_note(note.id)
    feature.update_make_card()  # as the Study menu does when it opens
    action = feature.make_card_action
    assert action.isEnabled() and not action.isChecked()
    action.trigger()
    assert window.workspace.notes.get_note(note.id).makes_card
    assert window.workspace.cards.count_cards(new_cards) == before + 1
    feature.update_make_card()
    assert action.isChecked()
    window.undo_stack.undo()
    assert not window.workspace.notes.get_note(note.id).makes_card
    assert window.workspace.cards.count_cards(new_cards) == before


def test_intervals_read_as_a_button_has_room_for(qapp: object) -> None:
    words = IntervalWords()
    said = [
        words.say(dt.timedelta(seconds=s))
        for s in (20, 60, 600, 3600 * 5, 86400, 86400 * 8, 86400 * 62, 86400 * 365 * 1.5)
    ]
    assert said == [
        "under a minute",
        "1 minute",
        "10 minutes",
        "5 hours",
        "1 day",
        "8 days",
        "2 months",
        "1.5 years",
    ]


def test_study_options_save_the_retention_and_refuse_nothing_silently(
    window: MainWindow, qtbot: QtBot
) -> None:
    dialog = StudyOptionsDialog(window.workspace.study, window)
    qtbot.addWidget(dialog)
    assert dialog.retention.value() == 90
    assert "review" in dialog.offer.text()
    dialog.retention.setValue(85)
    dialog.new_per_day.setValue(5)
    dialog.accept()
    assert dialog.result() == StudyOptionsDialog.DialogCode.Accepted
    settings = window.workspace.study.settings()
    assert (settings.desired_retention, settings.new_per_day) == (0.85, 5)
    assert window.workspace.study.new_cards_left_today() == 5


def test_the_note_editor_tells_how_a_note_becomes_a_question_card(window: MainWindow) -> None:
    editor = window.notes.editor
    assert "Q:" in editor.placeholderText() and "A:" in editor.placeholderText()
    assert "review card" in editor.toolTip() and editor.whatsThis() == editor.toolTip()
