"""The event editor reads the date as it is typed and refuses what it cannot read."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from serge_desktop.core.fuzzy_date import parse_edtf
from serge_desktop.services.errors import (
    EmptyEventLabelError,
    EventDateError,
    UnknownCategoryError,
)
from serge_desktop.services.timeline_edits import EventFields
from serge_desktop.ui.common.error_messages import describe_error
from serge_desktop.ui.timeline.editing.editor import ERROR_STYLE, EditorStart, EventEditor


def blank(qtbot: QtBot, context: str | None = None) -> EventEditor:
    start = EditorStart(None, "", parse_edtf(context) if context else None)
    editor = EventEditor(start)
    qtbot.addWidget(editor)
    return editor


def test_a_phrase_is_read_live_as_edtf_and_in_words(qtbot: QtBot) -> None:
    editor = blank(qtbot)
    qtbot.keyClicks(editor.date_field, "about 1936")
    assert editor.reading.text() == "Read as 1936~ — about 1936"
    assert editor.reading.styleSheet() == ""
    assert editor.date_field.accessibleDescription() == editor.reading.text()
    assert not editor.ok_button().isEnabled()  # no label yet
    qtbot.keyClicks(editor.label_field, "Leaves Russia")
    assert editor.ok_button().isEnabled()
    fields = editor.fields()
    assert (fields.edtf, fields.date_text, fields.label) == ("1936~", "about 1936", "Leaves Russia")


def test_edtf_typed_is_kept_with_words_for_the_table(qtbot: QtBot) -> None:
    editor = blank(qtbot)
    editor.label_field.setText("In the Left Opposition")
    editor.date_field.setText("1923~/1928")
    assert "about 1923 to 1928" in editor.reading.text()
    assert (editor.fields().edtf, editor.fields().date_text) == ("1923~/1928", "about 1923 to 1928")


def test_a_date_it_cannot_read_is_a_clear_red_error(qtbot: QtBot) -> None:
    editor = blank(qtbot)
    editor.label_field.setText("Something")
    editor.date_field.setText("the nineties")
    assert editor.reading.text().startswith("Cannot read this date: “the nineties”.")
    assert editor.reading.styleSheet() == ERROR_STYLE
    assert not editor.ok_button().isEnabled() and editor.phrase() is None
    editor.date_field.setText("the early 1920s")
    assert editor.reading.text() == "Read as 1920~/1923~ — the early 1920s"
    assert editor.ok_button().isEnabled()


def test_that_year_is_read_from_the_text_before(qtbot: QtBot) -> None:
    editor = blank(qtbot, context="1919-01")
    editor.date_field.setText("In May that year")
    phrase = editor.phrase()
    assert phrase is not None and phrase.edtf == "1919-05"


def test_an_event_opens_with_its_words_and_keeps_them_when_the_date_is_unchanged(
    qtbot: QtBot,
) -> None:
    fields = EventFields("1917", "the Russian Revolution of 1917", "Hears of it", "politics")
    editor = EventEditor(EditorStart(fields, "Once he heard…", is_new=False))
    qtbot.addWidget(editor)
    assert editor.date_field.text() == "1917"  # the words are not a date on their own
    assert editor.category.currentData() == "politics"
    assert editor.evidence.toPlainText() == "Once he heard…"
    assert editor.ok_button().text() == "&Save"
    editor.label_field.setText("Hears of the revolution")
    assert editor.fields().date_text == "the Russian Revolution of 1917"
    assert editor.start_fields() == fields


def test_event_errors_have_sentences_of_their_own() -> None:
    assert "1919-13" in describe_error(EventDateError("1919-13", "month 13 is not 01-12"))
    assert describe_error(EmptyEventLabelError()).startswith("An event needs a label")
    sentence = describe_error(UnknownCategoryError("sports", ("life", "exile")))
    assert "“sports”" in sentence and "life, exile" in sentence


def test_an_open_start_typed_is_saved_as_typed(qtbot: QtBot) -> None:
    # "../1936" was saved as "/1936" (start unknown) while "before 1936" gave "../1936".
    for typed in ("../1936", "before 1936"):
        editor = blank(qtbot)
        editor.label_field.setText("In Russia")
        qtbot.keyClicks(editor.date_field, typed)
        assert editor.ok_button().isEnabled()
        assert editor.fields().checked().edtf == "../1936", typed
