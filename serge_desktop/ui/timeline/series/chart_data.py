"""What the series chart shows: a band per article shown, and a band of events told twice (no Qt).

The series timeline (services.series_timeline) tells each event once, with every article's
claim. The chart draws an event one article tells in that article's band, and an event several
shown articles tell once, in a band of its own above them, where conflicting dates are seen
together at a glance; each article's band keeps an echo at its own date for it. Hiding an
article's band takes its claims out: an event it shared with one other article becomes that
article's own again, and a conflict with it is no longer one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from serge_desktop.services.series_timeline import (
    EventClaimView,
    MergedEvent,
    SeriesTimeline,
    TimelineBand,
)
from serge_desktop.services.views import TimelineEventView

SHARED = 0  # the key of the band of events told by several articles (article ids start at 1)


@dataclass(frozen=True, slots=True)
class SeriesItem:
    """One event as the chart draws it: told by one article shown, or by several (merged)."""

    key: int  # the first telling's event id: unique, and the same whichever bands are shown
    event: TimelineEventView  # what is measured and drawn: for several, dates spanning them all
    claims: tuple[EventClaimView, ...]  # the tellings of the articles shown, in band order
    conflict: bool  # the articles shown date it differently

    @property
    def is_shared(self) -> bool:
        return len(self.claims) > 1


@dataclass(frozen=True, slots=True)
class Echo:
    """An article's own date for an event drawn in the shared band (a mark in its band)."""

    earliest: dt.date
    latest: dt.date
    item: int  # the shared item's key
    conflict: bool


@dataclass(frozen=True, slots=True)
class Band:
    key: int  # the article's id, or SHARED
    title: str
    items: tuple[SeriesItem, ...]
    echoes: tuple[Echo, ...] = ()
    slug: str = ""  # the article's, "" for the shared band


@dataclass(frozen=True, slots=True)
class ChartData:
    bands: tuple[Band, ...]  # the shared band first (when anything is shared), then by part
    items: dict[int, SeriesItem]  # by key
    band_of: dict[int, int]  # each item's band key
    conflicts: tuple[SeriesItem, ...]  # in time order

    @property
    def is_empty(self) -> bool:
        return not self.items


def dates_disagree(claims: Sequence[EventClaimView]) -> bool:
    """Whether two claims' dates do not overlap at all (context dates are no claim)."""
    told = [claim.event for claim in claims if not claim.event.is_context]
    return any(
        a.latest < b.earliest or b.latest < a.earliest
        for index, a in enumerate(told)
        for b in told[index + 1 :]
    )


def merged_view(key: int, claims: Sequence[EventClaimView]) -> TimelineEventView:
    """One event for several tellings: the first one's words, dates spanning all of them."""
    first = claims[0].event
    return replace(
        first,
        id=key,
        date_text=" / ".join(dict.fromkeys(c.event.date_text for c in claims)),
        earliest=min(c.event.earliest for c in claims),
        latest=max(c.event.latest for c in claims),
        is_context=all(c.event.is_context for c in claims),
        note_count=sum(c.event.note_count for c in claims),
    )


def chart_data(
    timeline: SeriesTimeline,
    hidden: frozenset[int],
    title: Callable[[TimelineBand], str],
    shared_title: str,
) -> ChartData:
    """The bands of the articles not `hidden`, each titled by `title`, and the shared band."""
    shown = [band for band in timeline.bands if band.article_id not in hidden]
    own: dict[int, list[SeriesItem]] = {band.article_id: [] for band in shown}
    echoes: dict[int, list[Echo]] = {band.article_id: [] for band in shown}
    shared: list[SeriesItem] = []
    for event in timeline.events:
        item = _item(event, hidden)
        if item is None:
            continue
        if item.is_shared:
            shared.append(item)
            for claim in item.claims:
                told = claim.event
                echoes[claim.article_id].append(
                    Echo(told.earliest, told.latest, item.key, item.conflict)
                )
        else:
            own[item.claims[0].article_id].append(item)
    bands = [
        Band(b.article_id, title(b), tuple(own[b.article_id]), tuple(echoes[b.article_id]), b.slug)
        for b in shown
    ]
    if shared:
        bands.insert(0, Band(SHARED, shared_title, tuple(shared)))
    items = {item.key: item for band in bands for item in band.items}
    band_of = {item.key: band.key for band in bands for item in band.items}
    conflicts = tuple(item for item in shared if item.conflict)
    return ChartData(tuple(bands), items, band_of, conflicts)


def _item(event: MergedEvent, hidden: frozenset[int]) -> SeriesItem | None:
    claims = tuple(c for c in event.claims if c.article_id not in hidden)
    if not claims:
        return None
    key = event.claims[0].event.id
    if len(claims) == 1:
        return SeriesItem(claims[0].event.id, claims[0].event, claims, False)
    conflict = event.is_conflict if len(claims) == len(event.claims) else dates_disagree(claims)
    view = merged_view(key, claims)
    if conflict:  # a point between the dates told, each telling's extent drawn about it
        view = replace(view, is_period=False)
    return SeriesItem(key, view, claims, conflict)
