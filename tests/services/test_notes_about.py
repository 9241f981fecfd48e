from __future__ import annotations

import pytest

from serge_desktop.services.errors import NotFoundError
from serge_desktop.services.workspace import Workspace


def test_notes_on_the_article_and_on_an_event(workspace: Workspace) -> None:
    [article] = workspace.library.list_articles()
    event = workspace.timeline.list_events(article.id)[0]
    on_article = workspace.notes.create_note_about(article_id=article.id, body="Overall")
    on_event = workspace.notes.create_note_about(
        article_id=article.id, event_id=event.id, body="Brussels", tags=("life",)
    )
    notes = {n.id: n for n in workspace.notes.list_notes(article.id)}
    assert notes[on_article.id].about == "article" and not notes[on_article.id].marks_text
    assert notes[on_event.id].about == "event"
    assert notes[on_event.id].event_label == event.label
    assert notes[on_event.id].tags == ("life",)
    hits = workspace.search.search("Brussels")
    assert on_event.id in [hit.note_id for hit in hits.notes]


def test_an_event_of_another_article_is_refused(workspace: Workspace) -> None:
    [article] = workspace.library.list_articles()
    with pytest.raises(NotFoundError):
        workspace.notes.create_note_about(article_id=article.id, event_id=10_000)
    assert workspace.notes.list_notes(article.id) == []
