"""The series timeline: bands per article, one event told twice drawn once, conflicts."""

from __future__ import annotations

import contextlib
import sqlite3

from serge_desktop.services.scope import Scope
from serge_desktop.services.workspace import Workspace
from tests.services.library_helpers import SEED_SLUG, SERIES, add_article, add_event

OTHER_TEXT = (
    "In 1909 the young Kibalchich went to Paris and wrote for anarchist papers.",
    "He reached Petrograd in January 1919, in the middle of the civil war.",
)


def second_article(workspace: Workspace, **metadata: object) -> int:
    return add_article(workspace, "Kibalchich in Paris", *OTHER_TEXT, **metadata)


def test_the_same_event_told_by_two_articles_is_one_event_with_both_passages(
    workspace: Workspace,
) -> None:
    other = second_article(workspace, series=SERIES, part=3)
    add_event(workspace, other, "1909", "Moves to Paris", OTHER_TEXT[0])
    add_event(workspace, other, "1919-01", "Arrives in Petrograd", "He reached Petrograd")
    series = workspace.series.get(SERIES)
    timeline = workspace.series_timeline.timeline(Scope.series(series.id))
    assert [band.slug for band in timeline.bands] == [SEED_SLUG, "kibalchich-in-paris"]
    assert [band.events for band in timeline.bands] == [23, 2]
    paris = next(e for e in timeline.events if "Paris" in e.label and len(e.claims) == 2)
    seed_id = timeline.bands[0].article_id
    assert paris.article_ids == (seed_id, other)
    assert [c.event.edtf for c in paris.claims] == ["1908", "1909"]
    assert paris.claims[0].event.quote.startswith("In 1908 he went to Paris")
    assert paris.claims[1].event.quote == OTHER_TEXT[0]
    assert paris.is_conflict  # "In 1908" against "In 1909"
    petrograd = next(e for e in timeline.events if "Petrograd" in e.label)
    assert len(petrograd.claims) == 2 and not petrograd.is_conflict  # both January 1919
    told = sum(len(e.claims) for e in timeline.events)
    assert told == 25 and len(timeline.events) == 23
    assert timeline.conflicts == (paris,)
    assert workspace.series_timeline.conflicts(Scope.series(series.id)) == (paris,)


def test_a_context_date_is_no_claim_of_its_article(workspace: Workspace) -> None:
    # The seed's "Edits the anarchist paper l’anarchie" (1911/1912) is dated from outside the
    # article: another article's 1913 for it is no conflict between the articles.
    other = second_article(workspace)
    add_event(workspace, other, "1913", "Edits l’anarchie", OTHER_TEXT[0])
    timeline = workspace.series_timeline.timeline()
    merged = next(e for e in timeline.events if len(e.claims) == 2)
    assert {c.event.is_context for c in merged.claims} == {True, False}
    assert not merged.is_conflict and timeline.conflicts == ()


def test_trashed_articles_and_other_series_are_left_out(workspace: Workspace) -> None:
    other = second_article(workspace, series="Elsewhere")
    add_event(workspace, other, "1909", "Moves to Paris", OTHER_TEXT[0])
    series = workspace.series.get(SERIES)
    assert len(workspace.series_timeline.timeline(Scope.series(series.id)).bands) == 1
    assert len(workspace.series_timeline.timeline().bands) == 2
    workspace.article_trash.delete_article(article_id=other)
    assert len(workspace.series_timeline.timeline().bands) == 1
    assert workspace.series_timeline.conflicts() == ()


def test_a_timeline_is_built_again_only_when_the_library_changed(workspace: Workspace) -> None:
    first = workspace.series_timeline.timeline()
    assert workspace.series_timeline.timeline() is first  # nothing changed: the same one
    other = second_article(workspace)
    add_event(workspace, other, "1909", "Moves to Paris", OTHER_TEXT[0])
    again = workspace.series_timeline.timeline()
    assert again is not first and len(again.bands) == 2
    assert len(again.conflicts) == 1


def test_a_change_from_another_program_is_seen(workspace: Workspace) -> None:
    first = workspace.series_timeline.timeline()
    with contextlib.closing(sqlite3.connect(workspace.database_path)) as other:
        other.execute("UPDATE timeline_event SET label = 'Renamed elsewhere' WHERE id = 1")
        other.commit()
    labels = {e.label for e in workspace.series_timeline.timeline().events}
    assert (
        "Renamed elsewhere" in labels
        and first.events != workspace.series_timeline.timeline().events
    )


def test_each_telling_is_shown_as_its_article_timeline_shows_it(workspace: Workspace) -> None:
    # What is said of an event and its category's colour come along on the series timeline.
    other = second_article(workspace, series=SERIES, part=3)
    add_event(workspace, other, "1909", "Moves to Paris", OTHER_TEXT[0])
    claims = [c.event for e in workspace.series_timeline.timeline().events for c in e.claims]
    assert claims == [workspace.timeline.get_event(event.id) for event in claims]
    assert any(event.description for event in claims)
    assert all(event.category_color for event in claims)
