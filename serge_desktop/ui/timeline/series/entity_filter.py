"""The series timeline narrowed to one name's events: what the index of names asks it to show."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from serge_desktop.services.series_timeline import SeriesTimeline


@dataclass(frozen=True, slots=True)
class EntityFilter:
    """Only the events that involve ``name`` (their ids, across the library)."""

    name: str
    event_ids: frozenset[int]

    def applied(self, timeline: SeriesTimeline) -> SeriesTimeline:
        """The timeline with only the merged events one of whose claims is such an event."""
        kept = tuple(
            event
            for event in timeline.events
            if any(claim.event.id in self.event_ids for claim in event.claims)
        )
        return dataclasses.replace(timeline, events=kept)
