"""Changes: what a write changed, merged with |, and the flags the writes return."""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path

from serge_desktop.services.changes import NO_CHANGES, Changes
from serge_desktop.services.workspace import Workspace
from tests.services.seed_notes import SEED_SLUG


def test_merging_keeps_every_flag_and_the_later_id() -> None:
    first = Changes(notes=True, note_id=3)
    second = Changes(tags=True, note_id=7, event_id=2)
    merged = first | second
    assert merged.notes and merged.tags and not merged.events
    assert (merged.note_id, merged.event_id) == (7, 2)
    assert (second | Changes(notes=True)).note_id == 7  # no id named: the earlier one stays


def test_nothing_changed_is_false_even_with_an_id_to_select() -> None:
    assert not NO_CHANGES
    assert not Changes(note_id=4)
    assert Changes(layers=True)


def test_everything_sets_every_flag_and_selects_nothing() -> None:
    every = Changes.everything()
    flags = [f.name for f in fields(Changes) if f.type in ("bool", bool)]
    assert len(flags) >= 7
    assert all(getattr(every, name) for name in flags)
    assert every.note_id is None and every.event_id is None


def test_writes_say_what_they_changed(tmp_path: Path) -> None:
    with Workspace(tmp_path) as workspace:
        article = workspace.library.article_view(SEED_SLUG)
        note = workspace.notes.create_note(
            article_id=article.id, revision_id=article.revision_id, start=0, end=6
        )
        assert workspace.notes.set_color(note_id=note.id, color="green").changes == Changes(
            notes=True, note_id=note.id
        )
        tagged = workspace.tags.set_note_tags(note_id=note.id, names=["exile"])
        assert tagged.changes == Changes(notes=True, tags=True, note_id=note.id)
        assert workspace.tags.rename_tag(name="exile", new_name="exiles").changes.tags
        assert workspace.notes.delete_note(note_id=note.id) == Changes(notes=True)
        event = workspace.timeline.list_events(article.id)[0]
        assert workspace.timeline.delete_event(event_id=event.id).changes == Changes(events=True)
