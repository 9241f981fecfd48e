"""The events of a series (or of the library) on one timeline, the same event told once."""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from dataclasses import dataclass
from typing import NamedTuple

import peewee as pw

from serge_desktop.core.event_grouping import group_claims
from serge_desktop.core.event_matching import EventClaim
from serge_desktop.services.category_rows import category_colours
from serge_desktop.services.note_rows import current_revision_ids
from serge_desktop.services.scope import LIBRARY, Scope, scope_articles
from serge_desktop.services.timeline import event_view
from serge_desktop.services.views import TimelineEventView


@dataclass(frozen=True, slots=True)
class TimelineBand:
    """One article's band on the series timeline, in the series' order."""

    article_id: int
    slug: str
    title: str
    part: int | None
    events: int


@dataclass(frozen=True, slots=True)
class EventClaimView:
    """One article's telling of an event: its date, words and evidence passage."""

    article_id: int
    event: TimelineEventView  # its edtf, date_text, label, quote, start and end in the article


@dataclass(frozen=True, slots=True)
class MergedEvent:
    """An event as the series tells it: one claim per article that tells it, in band order."""

    claims: tuple[EventClaimView, ...]
    is_conflict: bool  # the articles date it differently (their dates do not overlap)

    @property
    def label(self) -> str:
        return self.claims[0].event.label

    @property
    def category(self) -> str:
        return self.claims[0].event.category

    @property
    def earliest(self) -> dt.date:
        return min(claim.event.earliest for claim in self.claims)

    @property
    def latest(self) -> dt.date:
        return max(claim.event.latest for claim in self.claims)

    @property
    def article_ids(self) -> tuple[int, ...]:
        return tuple(claim.article_id for claim in self.claims)


@dataclass(frozen=True, slots=True)
class SeriesTimeline:
    bands: tuple[TimelineBand, ...]
    events: tuple[MergedEvent, ...]  # in time order

    @property
    def conflicts(self) -> tuple[MergedEvent, ...]:
        return tuple(event for event in self.events if event.is_conflict)


class _EventRow(NamedTuple):
    id: int
    edtf: str
    date_text: str
    label: str
    category: str
    is_context: bool
    quote: str
    start: int
    end: int
    placement: str
    revision_id: int
    description: str


class SeriesTimelineService:
    """Reads only; the matching itself is core.event_matching."""

    def __init__(self, db: pw.SqliteDatabase) -> None:
        self._db = db
        # The last timeline built, with the scope and the state of the library it was built
        # from: showing or hiding a band, or the Conflicts list after the chart, reuses it.
        self._last: tuple[Scope, tuple[int, int], SeriesTimeline] | None = None

    def timeline(self, scope: Scope = LIBRARY) -> SeriesTimeline:
        """Every event of the scope's articles, those told by several articles merged."""
        state = self._state()
        if self._last is not None and self._last[:2] == (scope, state):
            return self._last[2]
        built = self._build(scope)
        self._last = (scope, state, built)
        return built

    def _state(self) -> tuple[int, int]:
        # Rows this connection has changed, and data_version, which moves when another
        # connection (another window, the command line) commits: together they change
        # whenever the library does.
        changes = int(self._db.connection().total_changes)  # type: ignore[no-untyped-call]
        return changes, int(self._db.pragma("data_version"))

    def _build(self, scope: Scope) -> SeriesTimeline:
        with self._db.atomic():
            articles = scope_articles(self._db, scope)
            article_ids = [a.id for a in articles]
            events = _events(self._db, article_ids)
        order = {article_id: index for index, article_id in enumerate(article_ids)}
        claims = [
            EventClaim(view.id, article_id, view.label, view.earliest, view.latest)
            for article_id, views in events.items()
            for view in views
        ]
        views = {view.id: (article_id, view) for article_id, vs in events.items() for view in vs}
        merged = []
        for group in group_claims(claims):
            members = sorted(group, key=lambda claim: order[claim.source])
            claim_views = tuple(EventClaimView(*views[claim.key]) for claim in members)
            merged.append(MergedEvent(claim_views, _disagree(claim_views)))
        merged.sort(key=lambda e: (e.earliest, e.latest, order[e.claims[0].article_id]))
        bands = tuple(
            TimelineBand(a.id, a.slug, a.title, a.part, len(events.get(a.id, ()))) for a in articles
        )
        return SeriesTimeline(bands, tuple(merged))

    def conflicts(self, scope: Scope = LIBRARY) -> tuple[MergedEvent, ...]:
        """The events whose articles date them differently, in time order."""
        return self.timeline(scope).conflicts


def _disagree(claims: tuple[EventClaimView, ...]) -> bool:
    # Only what the articles themselves say counts: a context event's date comes from outside
    # its article, so it is no claim of that article's to disagree with.
    told = [claim.event for claim in claims if not claim.event.is_context]
    return any(
        a.latest < b.earliest or b.latest < a.earliest
        for index, a in enumerate(told)
        for b in told[index + 1 :]
    )


# The scope's events and, for each, the reader's notes about it (their badge), in one pass:
# raw rows rather than models, since a series has thousands of events.
_EVENTS_SQL = """
SELECT e.id, e.edtf, e.date_text, e.label, e.category, e.is_context, e.quote, e.start, e.end,
       e.placement, e.revision_id, e.description, e.article_id,
       (SELECT count(*) FROM note AS n WHERE n.event_id = e.id AND n.deleted_at IS NULL
        AND n.layer_id IS NULL)
FROM timeline_event AS e
WHERE e.article_id IN (SELECT value FROM json_each(?))
ORDER BY e.position, e.id
"""


def _events(db: pw.SqliteDatabase, article_ids: list[int]) -> dict[int, list[TimelineEventView]]:
    """Each article's events as the article's own timeline shows them."""
    if not article_ids:
        return {}
    current = current_revision_ids()
    colours = category_colours()
    found: defaultdict[int, list[TimelineEventView]] = defaultdict(list)
    cursor = db.execute_sql(_EVENTS_SQL, (json.dumps(article_ids),))  # type: ignore[no-untyped-call]
    for values in cursor.fetchall():
        *fields, article_id, notes = values
        row = _EventRow(*fields)
        found[article_id].append(
            event_view(
                row._replace(is_context=bool(row.is_context)),
                current.get(article_id, 0),
                notes,
                colours,
            )
        )
    for views in found.values():
        views.sort(key=lambda v: v.earliest)
    return dict(found)
