from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QFont, QFontMetrics
from pytestqt.modeltest import ModelTester

from serge_desktop.services.views import NoteView
from serge_desktop.ui.notes.delegate import wrapped_lines
from serge_desktop.ui.notes.model import NOTE_ID_ROLE, QUOTE_ROLE, NotesListModel


def note(note_id: int, quote: str, body: str = "") -> NoteView:
    now = dt.datetime(2026, 11, 24, tzinfo=dt.UTC)
    return NoteView(note_id, 1, True, quote, 0, len(quote), body, None, now, now)


def test_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = NotesListModel()
    model.set_notes([note(1, "Victor Serge"), note(2, "Petrograd", "civil war")])
    qtmodeltester.check(model)


def test_replace_note_updates_one_row() -> None:
    model = NotesListModel()
    model.set_notes([note(1, "Victor Serge"), note(2, "Petrograd")])
    model.replace_note(note(2, "Petrograd", "besieged"))
    assert model.data(model.index(1), NOTE_ID_ROLE) == 2
    assert model.data(model.index(1), QUOTE_ROLE) == "Petrograd"
    assert "besieged" in model.data(model.index(1))
    assert model.row_of(3) is None


def test_long_notes_wrap_into_two_lines_and_elide(qapp: object) -> None:
    metrics = QFontMetrics(QFont())
    text = "Serge arrives in the middle of the civil war: Petrograd is starving. " * 4
    lines = wrapped_lines(text, metrics, 300, 2)
    assert len(lines) == 2
    assert lines[1].endswith("…")
    assert all(metrics.horizontalAdvance(line) <= 300 for line in lines)
    assert wrapped_lines("Short note.", metrics, 300, 2) == ["Short note."]
