"""One changed(Changes) signal: each pane refreshes for the flags it shows, and only for those."""

from __future__ import annotations

from PySide6.QtCore import SignalInstance

from serge_desktop.services.changes import Changes
from serge_desktop.ui.shell.main_window import MainWindow
from tests.ui.note_helpers import note_on


def emissions(signal: SignalInstance) -> list[object]:
    seen: list[object] = []
    signal.connect(lambda *args: seen.append(args))
    return seen


def test_the_notes_pane_reads_again_for_notes_tags_and_layers_only(window: MainWindow) -> None:
    reloads = emissions(window.notes.notes_reloaded)
    for unrelated in (Changes(events=True), Changes(categories=True), Changes(suggestions=True)):
        window.bus.announce(unrelated)
    assert reloads == []
    for related in (Changes(notes=True), Changes(tags=True), Changes(layers=True)):
        window.bus.announce(related)
    assert len(reloads) == 3


def test_the_timeline_reads_again_for_events_and_notes_only(window: MainWindow) -> None:
    replaced = emissions(window.timeline.events_changed)
    article = window.current_article()
    assert article is not None
    first = window.events()[0]
    # A note about the first event, written behind the window's back: the counts are stale.
    window.workspace.notes.create_note_about(article_id=article.id, event_id=first.id)
    window.bus.announce(Changes(tags=True))
    assert replaced == [] and window.events()[0].note_count == 0
    window.bus.announce(Changes(notes=True))
    assert len(replaced) == 1 and window.events()[0].note_count == 1


def test_a_change_selects_what_it_names(window: MainWindow) -> None:
    note = note_on(window, "Victor Serge")
    window.notes.select_note(None)
    window.bus.announce(Changes(notes=True, note_id=note.id))
    assert window.notes.current_note_id() == note.id
    event = window.events()[4]
    window.bus.announce(Changes(events=True, event_id=event.id))
    assert window.timeline.selected_event_id() == event.id


def test_nothing_changed_is_not_announced(window: MainWindow) -> None:
    seen = emissions(window.bus.changed)
    window.bus.announce(Changes(note_id=3))
    assert seen == []
