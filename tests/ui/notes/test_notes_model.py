from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QFont, QFontMetrics
from pytestqt.modeltest import ModelTester

from serge_desktop.services.views import NoteView
from serge_desktop.ui.notes.delegate import wrapped_lines
from serge_desktop.ui.notes.filter_proxy import NoteOrder, NotesFilterProxy
from serge_desktop.ui.notes.model import NOTE_ID_ROLE, QUOTE_ROLE, NotesListModel


def note(
    note_id: int, quote: str, body: str = "", *, start: int = 0, changed_day: int = 24
) -> NoteView:
    when = dt.datetime(2026, 11, changed_day, tzinfo=dt.UTC)
    return NoteView(note_id, 1, True, quote, start, start + len(quote), body, None, when, when)


def shown_ids(proxy: NotesFilterProxy) -> list[int]:
    return [proxy.data(proxy.index(row, 0), NOTE_ID_ROLE) for row in range(proxy.rowCount())]


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


def test_the_list_is_in_text_order_whatever_order_the_notes_come_in(qapp: object) -> None:
    # Notes in text order are shown as they come, unsorted; in any other order, sorted.
    model = NotesListModel()
    proxy = NotesFilterProxy(model)
    model.set_notes(
        [
            note(3, "Kronstadt", start=90, changed_day=20),
            note(1, "Victor Serge", start=5, changed_day=22),
            note(2, "Petrograd", start=40, changed_day=28),
        ]
    )
    assert shown_ids(proxy) == [1, 2, 3]
    assert [model.row_of(i) for i in (3, 1, 2)] == [0, 1, 2]
    proxy.set_order(NoteOrder.CHANGED)
    assert shown_ids(proxy) == [2, 1, 3]  # the most recently changed first
    proxy.set_order(NoteOrder.TEXT)
    assert shown_ids(proxy) == [1, 2, 3]
    # A note whose passage moved takes its place in the text order; the rows are found again.
    model.replace_note(note(1, "Victor Serge", start=120))
    assert shown_ids(proxy) == [2, 3, 1]
    assert model.note_at(model.row_of(1) or 0).start == 120
    model.set_notes([note(5, "Moscow", start=10), note(4, "Lenin", start=30)])
    assert shown_ids(proxy) == [5, 4]
    assert model.row_of(1) is None and model.row_of(4) == 1
    # In text order as given, then a note moves ahead of another by an edit: sorted again.
    model.replace_note(note(4, "Lenin", start=2))
    assert shown_ids(proxy) == [4, 5]


def test_long_notes_wrap_into_two_lines_and_elide(qapp: object) -> None:
    metrics = QFontMetrics(QFont())
    text = "Serge arrives in the middle of the civil war: Petrograd is starving. " * 4
    lines = wrapped_lines(text, metrics, 300, 2)
    assert len(lines) == 2
    assert lines[1].endswith("…")
    assert all(metrics.horizontalAdvance(line) <= 300 for line in lines)
    assert wrapped_lines("Short note.", metrics, 300, 2) == ["Short note."]
