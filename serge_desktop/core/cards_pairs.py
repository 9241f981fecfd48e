"""Which events make "Which came first?" cards: neighbours in time whose order is certain.

The events may come from one article or from every article of a series: the caller hands in the
list. Each event is paired with the first event that starts after its latest possible date, so
two events whose uncertain dates overlap ("about 1936" and "1936") are never asked about, and
the questions are the close ones (the next thing that happened), about one per event.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class EventSpan:
    """An event's id and the bounds of its (possibly uncertain) date."""

    id: int
    earliest: dt.date
    latest: dt.date


def order_pairs(events: Iterable[EventSpan]) -> list[tuple[int, int]]:
    """Pairs of event ids, the earlier event first, in time order; each pair once."""
    ordered = sorted(events, key=lambda e: (e.earliest, e.latest, e.id))
    starts = [event.earliest for event in ordered]
    pairs: list[tuple[int, int]] = []
    seen: set[frozenset[int]] = set()
    for event in ordered:
        at = bisect.bisect_right(starts, event.latest)  # the first that starts after it ends
        if at >= len(ordered) or ordered[at].id == event.id:
            continue
        later = ordered[at]
        key = frozenset((event.id, later.id))
        if key not in seen:
            seen.add(key)
            pairs.append((event.id, later.id))
    return pairs


def first_of(first: EventSpan, second: EventSpan) -> int | None:
    """The id of the event that certainly came first, or None when their dates overlap."""
    if first.latest < second.earliest:
        return first.id
    if second.latest < first.earliest:
        return second.id
    return None
