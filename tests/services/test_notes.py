from __future__ import annotations

import sqlite3

import pytest

from serge_desktop.services.errors import InvalidSpanError, NotFoundError
from serge_desktop.services.workspace import Workspace


def article_id(workspace: Workspace) -> int:
    return workspace.library.list_articles()[0].id


def revision_id(workspace: Workspace) -> int:
    return workspace.library.article_view(workspace.library.list_articles()[0].slug).revision_id


def span_of(workspace: Workspace, text: str) -> tuple[int, int]:
    body = workspace.library.article_view(workspace.library.list_articles()[0].slug).body
    start = body.index(text)
    return start, start + len(text)


def test_a_note_is_anchored_like_a_w3c_annotation(workspace: Workspace) -> None:
    start, end = span_of(workspace, "he joined the Communist Party")
    note = workspace.notes.create_note(
        article_id=article_id(workspace), revision_id=revision_id(workspace), start=start, end=end
    )
    assert note.quote == "he joined the Communist Party"
    assert (note.start, note.end) == (start, end)
    with sqlite3.connect(workspace.database_path) as connection:
        prefix, suffix, revision = connection.execute(
            "SELECT prefix, suffix, revision_id FROM note WHERE id = ?", (note.id,)
        ).fetchone()
    assert prefix.endswith("In May that year ") and len(prefix) == 32
    assert suffix.startswith("—a brave choice") and len(suffix) == 32
    assert revision == 1


def test_notes_are_listed_in_text_order(workspace: Workspace) -> None:
    aid = article_id(workspace)
    late = workspace.notes.create_note(
        article_id=aid, revision_id=revision_id(workspace), start=2000, end=2010
    )
    early = workspace.notes.create_note(
        article_id=aid, revision_id=revision_id(workspace), start=10, end=20
    )
    assert [n.id for n in workspace.notes.list_notes(aid)] == [early.id, late.id]


def test_edit_delete_and_restore(workspace: Workspace) -> None:
    aid = article_id(workspace)
    note = workspace.notes.create_note(
        article_id=aid, revision_id=revision_id(workspace), start=0, end=12
    )
    edited = workspace.notes.update_body(note_id=note.id, body="Born in Brussels")
    assert edited.body == "Born in Brussels"
    assert edited.updated_at >= note.updated_at
    workspace.notes.delete_note(note_id=note.id)
    assert workspace.notes.list_notes(aid) == []
    with pytest.raises(NotFoundError):
        workspace.notes.get_note(note.id)
    restored = workspace.notes.restore_note(note_id=note.id)
    assert restored.body == "Born in Brussels"
    assert [n.id for n in workspace.notes.list_notes(aid)] == [note.id]


@pytest.mark.parametrize(("start", "end"), [(5, 5), (-1, 4), (10, 10**7), (8, 3)])
def test_an_empty_or_outside_span_is_refused(workspace: Workspace, start: int, end: int) -> None:
    with pytest.raises(InvalidSpanError):
        workspace.notes.create_note(
            article_id=article_id(workspace),
            revision_id=revision_id(workspace),
            start=start,
            end=end,
        )
    assert workspace.notes.list_notes(article_id(workspace)) == []


def test_timeline_events_come_in_time_order_with_bounds(workspace: Workspace) -> None:
    events = workspace.timeline.list_events(article_id(workspace))
    assert len(events) >= 14
    assert [e.earliest for e in events] == sorted(e.earliest for e in events)
    assert events[0].earliest.year == 1890
    assert max(e.latest.year for e in events) == 1947
    body = workspace.library.article_view(workspace.library.list_articles()[0].slug).body
    for event in events:
        assert body[event.start : event.end] == event.quote
    assert sum(e.is_period for e in events) >= 3
