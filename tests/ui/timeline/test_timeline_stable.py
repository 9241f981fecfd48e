"""Adding or deleting one event in the window moves only the labels that must move."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from serge_desktop.services.changes import Changes
from serge_desktop.services.timeline_edits import EventFields
from serge_desktop.services.workspace import Workspace
from serge_desktop.ui.timeline.view import TimelineView
from tests.ui.timeline.test_timeline_fit import seed_pane


def rows(view: TimelineView) -> dict[int, tuple[float, float]]:
    """Each label's row (its top) and where it starts, as drawn."""
    return {i: (r.top(), r.left()) for i, r in view.event_rects().items()}


def moved_share(
    before: dict[int, tuple[float, float]], after: dict[int, tuple[float, float]]
) -> float:
    common = before.keys() & after.keys()
    return sum(1 for i in common if before[i] != after[i]) / len(common)


@pytest.mark.parametrize(
    ("edtf", "label"), [("1925", "Writes for Clarté"), ("1944", "Writes a novel")]
)
def test_one_event_added_then_deleted_moves_almost_no_label(
    qtbot: QtBot, workspace: Workspace, edtf: str, label: str
) -> None:
    pane = seed_pane(qtbot, workspace, 1400, 420)  # room for every label, before and after
    view = pane.view
    article = workspace.library.list_articles()[0]
    before = rows(view)
    added = workspace.timeline.create_event(
        article_id=article.id,
        fields=EventFields(edtf, edtf, label, "writing"),
    )
    pane.on_changed(Changes(events=True))
    view.grab()
    after_add = rows(view)
    assert added.id in after_add and len(after_add) == len(before) + 1
    assert moved_share(before, after_add) <= 0.05  # laid out afresh: 43 % and 57 % moved
    workspace.timeline.delete_event(event_id=added.id)
    pane.on_changed(Changes(events=True))
    view.grab()
    after_delete = rows(view)
    assert moved_share(after_add, after_delete) <= 0.05
    assert set(after_delete) == set(before)
