"""The series chart's bands: told once, a conflict seen, hidden bands take their claims away."""

from __future__ import annotations

from collections.abc import Sequence

from serge_desktop.services.workspace import Workspace
from serge_desktop.ui.timeline.series.chart_data import (
    SHARED,
    ChartData,
    SeriesItem,
    chart_data,
    dates_disagree,
)
from tests.ui.timeline.series.conftest import PART_1, PART_2, PART_3, article_id, series_timeline


def data(workspace: Workspace, hidden: frozenset[int] = frozenset()) -> ChartData:
    return chart_data(series_timeline(workspace), hidden, lambda band: band.title, "Shared")


def labelled(items: Sequence[SeriesItem], label: str) -> list[SeriesItem]:
    return [item for item in items if item.event.label == label]


def test_an_event_two_articles_tell_is_drawn_once_with_both_passages(
    workspace: Workspace,
) -> None:
    chart = data(workspace)
    assert chart.bands[0].key == SHARED
    shared = chart.bands[0]
    (born,) = labelled(shared.items, "Born in Brussels")
    assert [c.article_id for c in born.claims] == [
        article_id(workspace, PART_1),
        article_id(workspace, PART_2),
    ]
    assert {c.event.quote for c in born.claims} == {
        "Victor Serge was born in Brussels in 1890, the son of Russian exiles who had fled "
        "the Tsar.",
        "Victor Serge was born in Brussels in 1890.",
    }
    everywhere = [item for band in chart.bands for item in band.items]
    assert len(labelled(everywhere, "Born in Brussels")) == 1  # not again in an article's band
    for slug in (PART_1, PART_2):  # each telling article keeps an echo at its own date
        band = next(b for b in chart.bands if b.key == article_id(workspace, slug))
        assert born.key in {echo.item for echo in band.echoes}
    assert not born.conflict


def test_conflicting_dates_keep_both_claims(workspace: Workspace) -> None:
    chart = data(workspace)
    assert sorted(item.event.label for item in chart.conflicts) == [
        "Moves to Paris",
        "Reaches Petrograd",
    ]
    paris = next(item for item in chart.conflicts if item.event.label == "Moves to Paris")
    assert sorted(c.event.edtf for c in paris.claims) == ["1908", "1909"]
    assert not paris.event.is_period  # a point between the two dates, each extent drawn
    assert (paris.event.earliest.year, paris.event.latest.year) == (1908, 1909)


def test_hiding_a_band_takes_its_claims_out(workspace: Workspace) -> None:
    part_1 = article_id(workspace, PART_1)
    chart = data(workspace, frozenset({part_1}))
    assert part_1 not in {band.key for band in chart.bands}
    assert not chart.conflicts  # the other articles never disagree
    own = next(b for b in chart.bands if b.key == article_id(workspace, PART_2))
    (paris,) = labelled(own.items, "Goes to Paris")  # the seed's own event again
    assert len(paris.claims) == 1 and not paris.conflict
    everything = frozenset(article_id(workspace, slug) for slug in (PART_1, PART_2, PART_3))
    assert data(workspace, everything).is_empty


def test_a_partial_conflict_is_judged_on_the_claims_shown(workspace: Workspace) -> None:
    chart = data(workspace)
    paris = next(item for item in chart.conflicts if item.event.label == "Moves to Paris")
    assert dates_disagree(paris.claims)
    assert not dates_disagree(paris.claims[:1])
