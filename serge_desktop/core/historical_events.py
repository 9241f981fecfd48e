"""Well-known events an article may date by ("shortly before Stalin unleashed a bloody purge").

An article often places what it tells against history rather than a calendar: the reader knows
when the purges began, so the writer gives no year. Reading "shortly before" from the last date
the text gave would then be wrong by years. This short list of the events the articles of this
series lean on lets the suggestion read such a sentence by what it names; a date read this way
comes from outside the article and is marked so, with where it comes from.

Dates are the usual ones of reference works, at the precision they are known to; an event that
lasted is an interval (its start is what "before" leans on, its end what "after" does).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from serge_desktop.core.fuzzy_date import FuzzyDate, parse_edtf

_APOSTROPHE = r"(?:’s|'s)?"


@dataclass(frozen=True, slots=True)
class HistoricalEvent:
    """An event known by name, its EDTF date, and a sentence saying where the date comes from."""

    name: str
    pattern: str  # a regular expression (no capturing groups), matched ignoring case
    edtf: str
    note: str

    @property
    def date(self) -> FuzzyDate:
        return parse_edtf(self.edtf)


HISTORICAL_EVENTS: tuple[HistoricalEvent, ...] = (
    HistoricalEvent(
        "the Great Purge",
        rf"Stalin{_APOSTROPHE}\b[^.;:!?]{{0,40}}?\bpurges?|the\s+Great\s+(?:Purge|Terror)"
        r"|the\s+Moscow\s+trials?",
        "1936-08/1938-03",
        "Stalin’s Great Purge began with the first Moscow Trial in August 1936.",
    ),
    HistoricalEvent(
        "the October Revolution",
        r"the\s+October\s+Revolution|the\s+Bolshevik\s+(?:Revolution|seizure\s+of\s+power)",
        "1917-11",
        "The Bolsheviks took power on 7 November 1917 (25 October in the old Russian calendar).",
    ),
    HistoricalEvent(
        "the Russian Revolution",
        r"the\s+Russian\s+Revolution",
        "1917",
        "The Russian Revolution: February and October 1917.",
    ),
    HistoricalEvent(
        "the Kronstadt rising",
        r"the\s+Kronstadt\s+(?:rising|uprising|rebellion|revolt|mutiny)",
        "1921-03",
        "The Kronstadt sailors rose in March 1921.",
    ),
    HistoricalEvent(
        "Lenin’s death",
        rf"Lenin{_APOSTROPHE}\s+death|the\s+death\s+of\s+Lenin|Lenin\s+died",
        "1924-01",
        "Lenin died on 21 January 1924.",
    ),
    HistoricalEvent(
        "Hitler’s coming to power",
        r"Hitler\s+(?:came|rose|took|seized)\s+(?:to\s+)?power",
        "1933-01",
        "Hitler became chancellor of Germany on 30 January 1933.",
    ),
    HistoricalEvent(
        "the Spanish Civil War",
        r"the\s+Spanish\s+Civil\s+War",
        "1936-07/1939-04",
        "The Spanish Civil War: July 1936 to April 1939.",
    ),
    HistoricalEvent(
        "the First World War",
        r"the\s+(?:First\s+World\s+War|Great\s+War)|World\s+War\s+(?:One|I)\b",
        "1914-07/1918-11",
        "The First World War: July 1914 to November 1918.",
    ),
    HistoricalEvent(
        "the Second World War",
        r"the\s+Second\s+World\s+War|World\s+War\s+(?:Two|II)\b",
        "1939-09/1945-09",
        "The Second World War: September 1939 to September 1945.",
    ),
    HistoricalEvent(
        "the fall of France",
        r"the\s+(?:Nazis?|Germans?)\s+(?:occupied|invaded|overran)\s+France"
        r"|the\s+fall\s+of\s+France",
        "1940-06",
        "Germany occupied France in June 1940.",
    ),
)


def any_event(events: tuple[HistoricalEvent, ...]) -> str:
    """A pattern for any of ``events``, for a rule that reads "shortly before <event>"."""
    return "|".join(f"(?:{event.pattern})" for event in events)


# Any of the events, for a rule that reads "shortly before <event>".
ANY_EVENT = any_event(HISTORICAL_EVENTS)


@cache
def _compiled(events: tuple[HistoricalEvent, ...]) -> list[tuple[re.Pattern[str], HistoricalEvent]]:
    return [(re.compile(event.pattern, re.I), event) for event in events]


def historical_event_in(
    text: str, events: tuple[HistoricalEvent, ...] = HISTORICAL_EVENTS
) -> HistoricalEvent | None:
    """The event named in ``text`` (the first of ``events`` that it names), if any.

    ``events`` is the list in the article's language (``core.french_historical_events``).
    """
    return next((event for pattern, event in _compiled(events) if pattern.search(text)), None)
