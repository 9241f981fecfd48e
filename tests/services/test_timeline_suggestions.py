"""Suggestions open for review: events cover them, dismissals are remembered in the library."""

from __future__ import annotations

from pathlib import Path

from serge_desktop.services.timeline_suggestions import suggestion_key
from serge_desktop.services.workspace import Workspace


def article_id(workspace: Workspace) -> int:
    return workspace.library.list_articles()[0].id


def test_the_curated_seed_events_cover_every_suggestion(workspace: Workspace) -> None:
    assert workspace.timeline.open_suggestions(article_id(workspace)) == []


def test_deleting_an_event_reopens_its_suggestion(workspace: Workspace) -> None:
    aid = article_id(workspace)
    [petrograd] = [e for e in workspace.timeline.list_events(aid) if e.edtf == "1919-01"]
    workspace.timeline.delete_event(event_id=petrograd.id)
    [suggestion] = workspace.timeline.open_suggestions(aid)
    assert (suggestion.date_edtf, suggestion.label) == ("1919-01", "He reached Petrograd")


def test_a_dismissed_suggestion_stays_dismissed_after_reopening(tmp_path: Path) -> None:
    with Workspace(tmp_path / "data") as workspace:
        aid = article_id(workspace)
        for event in workspace.timeline.list_events(aid):
            if event.edtf in ("1919-01", "1947"):
                workspace.timeline.delete_event(event_id=event.id)
        died, reached = sorted(
            workspace.timeline.open_suggestions(aid), key=lambda s: s.date_edtf, reverse=True
        )
        workspace.timeline.dismiss_suggestion(article_id=aid, key=suggestion_key(died))
    with Workspace(tmp_path / "data") as workspace:
        assert workspace.timeline.open_suggestions(aid) == [reached]
        workspace.timeline.undismiss_suggestion(article_id=aid, key=suggestion_key(died))
        assert len(workspace.timeline.open_suggestions(aid)) == 2
