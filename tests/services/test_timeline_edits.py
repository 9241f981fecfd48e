"""Adding, editing, deleting and restoring timeline events, on a real library file."""

from __future__ import annotations

import dataclasses

import pytest

from serge_desktop.services.errors import (
    EmptyEventLabelError,
    EventDateError,
    InvalidSpanError,
    NotFoundError,
    StaleRevisionError,
    UnknownCategoryError,
)
from serge_desktop.services.timeline_edits import EventFields, EventPassage
from serge_desktop.services.views import TimelineEventView
from serge_desktop.services.workspace import Workspace

SENTENCE = "In January 1919 he reached Petrograd."


def seed(workspace: Workspace) -> tuple[int, int, str]:
    [summary] = workspace.library.list_articles()
    article = workspace.library.article_view(summary.slug)
    return article.id, article.revision_id, article.body


def by_id(workspace: Workspace, article_id: int) -> dict[int, TimelineEventView]:
    return {e.id: e for e in workspace.timeline.list_events(article_id)}


def test_an_event_from_a_passage_is_anchored_and_listed_in_date_order(
    workspace: Workspace,
) -> None:
    article_id, revision_id, body = seed(workspace)
    start = body.index(SENTENCE)
    made = workspace.timeline.create_event(
        article_id=article_id,
        fields=EventFields(" 1919-01~ ", "about January 1919", "  Reaches   Petrograd ", "life"),
        passage=EventPassage(revision_id, start, start + len(SENTENCE)),
    )
    assert (made.edtf, made.label, made.quote) == ("1919-01~", "Reaches Petrograd", SENTENCE)
    assert made.is_placed and made.placement == "exact" and not made.is_context
    events = workspace.timeline.list_events(article_id)
    assert made in events
    assert [e.earliest for e in events] == sorted(e.earliest for e in events)


def test_an_event_without_a_passage_is_unplaced(workspace: Workspace) -> None:
    article_id, _, _ = seed(workspace)
    made = workspace.timeline.create_event(
        article_id=article_id,
        fields=EventFields("1941", "1941", "Sails for Mexico", "exile", is_context=True),
    )
    listed = by_id(workspace, article_id)[made.id]
    assert not listed.is_placed and listed.placement == "unplaced" and listed.is_context
    assert listed.date_text == "1941"


@pytest.mark.parametrize(
    ("fields", "error"),
    [
        (EventFields("the nineties", "", "Born", "life"), EventDateError),
        (EventFields("1919-13", "", "Born", "life"), EventDateError),
        (EventFields("1919", "", "   ", "life"), EmptyEventLabelError),
        (EventFields("1919", "", "Born", "sports"), UnknownCategoryError),
    ],
)
def test_bad_fields_are_refused_and_nothing_is_written(
    workspace: Workspace, fields: EventFields, error: type[Exception]
) -> None:
    article_id, _, _ = seed(workspace)
    before = workspace.timeline.list_events(article_id)
    with pytest.raises(error):
        workspace.timeline.create_event(article_id=article_id, fields=fields)
    first = before[0]
    with pytest.raises(error):
        workspace.timeline.update_event(event_id=first.id, fields=fields)
    assert workspace.timeline.list_events(article_id) == before


def test_a_passage_from_an_old_revision_or_outside_the_text_is_refused(
    workspace: Workspace,
) -> None:
    article_id, revision_id, body = seed(workspace)
    fields = EventFields("1919", "1919", "Something", "life")
    with pytest.raises(StaleRevisionError):
        workspace.timeline.create_event(
            article_id=article_id, fields=fields, passage=EventPassage(revision_id + 99, 0, 5)
        )
    with pytest.raises(InvalidSpanError):
        workspace.timeline.create_event(
            article_id=article_id,
            fields=fields,
            passage=EventPassage(revision_id, len(body), len(body) + 4),
        )


def test_update_returns_the_fields_before(workspace: Workspace) -> None:
    article_id, _, _ = seed(workspace)
    event = workspace.timeline.list_events(article_id)[0]
    before = workspace.timeline.update_event(
        event_id=event.id, fields=EventFields("1890-12-30", "30 December 1890", "Born", "life")
    )
    assert (before.edtf, before.label) == (event.edtf, event.label)
    changed = by_id(workspace, article_id)[event.id]
    assert (changed.edtf, changed.label, changed.quote) == ("1890-12-30", "Born", event.quote)


def test_delete_then_restore_brings_back_the_event_and_its_notes(workspace: Workspace) -> None:
    article_id, _, _ = seed(workspace)
    event = workspace.timeline.list_events(article_id)[3]
    kept = workspace.notes.create_note_about(article_id=article_id, event_id=event.id, body="a")
    trashed = workspace.notes.create_note_about(article_id=article_id, event_id=event.id, body="b")
    workspace.notes.delete_note(note_id=trashed.id)
    assert by_id(workspace, article_id)[event.id].note_count == 1

    snapshot = workspace.timeline.delete_event(event_id=event.id)
    assert event.id not in by_id(workspace, article_id)
    assert workspace.notes.get_note(kept.id).event_id is None  # the note stays, about the article
    with pytest.raises(NotFoundError):
        workspace.timeline.delete_event(event_id=event.id)

    restored = workspace.timeline.restore_event(snapshot)
    assert restored == dataclasses.replace(event, note_count=1)
    assert workspace.notes.get_note(kept.id).event_id == event.id
    [in_trash] = workspace.notes.list_trash(article_id)
    assert (in_trash.id, in_trash.event_id) == (trashed.id, event.id)
    with pytest.raises(NotFoundError):
        workspace.timeline.restore_event(snapshot)  # it is there already


def test_note_counts_leave_out_the_trash_and_other_events(workspace: Workspace) -> None:
    article_id, _, _ = seed(workspace)
    first, second = workspace.timeline.list_events(article_id)[:2]
    for body in ("one", "two"):
        workspace.notes.create_note_about(article_id=article_id, event_id=first.id, body=body)
    workspace.notes.create_note_about(article_id=article_id, body="on the article")
    counts = {e.id: e.note_count for e in workspace.timeline.list_events(article_id)}
    assert counts[first.id] == 2 and counts[second.id] == 0
    assert sum(counts.values()) == 2


def test_an_unknown_event_is_not_found(workspace: Workspace) -> None:
    with pytest.raises(NotFoundError):
        workspace.timeline.update_event(
            event_id=10_000, fields=EventFields("1919", "1919", "x", "life")
        )
