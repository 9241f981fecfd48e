"""What the reader makes is said: on the status bar and to a screen reader (e2e hears it)."""

from __future__ import annotations

from serge_desktop.services.timeline_edits import EventFields, EventPassage
from serge_desktop.ui.shell.main_window import MainWindow
from serge_desktop.ui.timeline.editing.commands import AddEventCommand
from tests.ui.note_helpers import note_editing

WORDS = "he reached Petrograd"


def select(window: MainWindow, words: str) -> tuple[int, int]:
    article = window.current_article()
    assert article is not None
    start = article.body.index(words)
    window.reader.select_span(start, start + len(words))
    return start, start + len(words)


def test_a_highlight_a_note_and_an_event_are_said(window: MainWindow) -> None:
    said: list[str] = []
    window.bus.spoken.connect(said.append)

    select(window, WORDS)
    note_editing(window).highlight("yellow")  # Ctrl+1
    assert said == ["Highlight added."]
    assert window.statusBar().currentMessage() == "Highlight added."

    select(window, WORDS)
    note_editing(window).add_note()
    assert said[-1] == "Note added."

    article = window.current_article()
    assert article is not None
    start, end = select(window, WORDS)
    window.undo_stack.push(
        AddEventCommand(
            window.workspace.timeline,
            window.bus,
            article_id=article.id,
            fields=EventFields("1919-01", "January 1919", "Reaches Petrograd", "life"),
            passage=EventPassage(article.revision_id, start, end),
        )
    )
    assert said[-1] == "Event added: Reaches Petrograd, January 1919."
    assert window.statusBar().currentMessage() == said[-1]

    # Undo and redo are Edit ▸ Undo's to say; only the making is announced.
    window.undo_stack.undo()
    window.undo_stack.redo()
    assert len(said) == 3
