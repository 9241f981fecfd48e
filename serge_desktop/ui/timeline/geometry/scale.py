"""The stretch of time the timeline shows: fractional years, and zoom and pan kept within limits."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

MIN_SPAN = 7 / 365.25  # zoomed in no further than about a week across the view
MIN_PAD = 0.5  # years of air either side of the whole span
PAD_SHARE = 0.02
SELECTION_MARGIN = 0.15  # of a zoomed-to event's extent, on each side
# An interval open at one end ("1933/..", "../1936") is drawn reaching this many years past its
# known end: far enough to read as "and on", without stretching the axis to year 1 or 9999.
OPEN_REACH = 5.0
ONE_DAY = 1 / 365.25


def year_of(day: dt.date) -> float:
    """Turn a date into a fractional year, so that dates of any precision share one axis."""
    start = dt.date(day.year, 1, 1)
    length = (dt.date(day.year + 1, 1, 1) - start).days
    return day.year + (day - start).days / length


def event_span(earliest: dt.date, latest: dt.date) -> tuple[float, float]:
    """The fractional years an event covers on the axis, its last day included.

    An open end (``date.min`` or ``date.max`` from the date model) reaches OPEN_REACH years past
    the known bound; an interval open at both ends has no place and sits at year 0 (never drawn
    by a caller that checks ``is_open_both``).
    """
    open_start, open_end = earliest == dt.date.min, latest == dt.date.max
    if open_start and open_end:
        return 0.0, ONE_DAY
    if open_start:
        end = year_of(latest) + ONE_DAY
        return end - OPEN_REACH, end
    start = year_of(earliest)
    if open_end:
        return start, start + OPEN_REACH
    return start, year_of(latest) + ONE_DAY


def date_of(year: float) -> dt.date:
    """The day a fractional year falls in (the inverse of `year_of`, within the calendar)."""
    whole = min(max(math.floor(year), dt.MINYEAR), dt.MAXYEAR)
    start = dt.date(whole, 1, 1)
    length = 366 if whole < dt.MAXYEAR and (dt.date(whole + 1, 1, 1) - start).days == 366 else 365
    # A hair over the fraction, so that a day's own start never rounds down to the day before.
    days = min(max(math.floor((year - whole) * length + 1e-6), 0), length - 1)
    return start + dt.timedelta(days=days)


@dataclass(frozen=True, slots=True)
class Window:
    """A visible stretch of time, in fractional years; `end` is just after the last moment."""

    start: float
    end: float

    @property
    def span(self) -> float:
        return self.end - self.start

    def contains(self, year: float) -> bool:
        return self.start <= year <= self.end


def whole_window(earliest: float, latest: float) -> Window:
    """All the events with some air around them: what Fit all shows."""
    pad = max(MIN_PAD, (latest - earliest) * PAD_SHARE)
    return Window(earliest - pad, latest + pad)


def clamped(window: Window, bounds: Window) -> Window:
    """The window made no shorter than MIN_SPAN, no longer than `bounds`, and moved inside it."""
    span = min(max(window.span, MIN_SPAN), bounds.span)
    start = min(max(window.start, bounds.start), bounds.end - span)
    return Window(start, start + span)


def zoomed(window: Window, factor: float, anchor: float, bounds: Window) -> Window:
    """Zoom in by `factor` (below 1: out), keeping the moment `anchor` where it is on screen."""
    span = min(max(window.span / factor, MIN_SPAN), bounds.span)
    share = (anchor - window.start) / window.span if window.span else 0.5
    start = anchor - share * span
    return clamped(Window(start, start + span), bounds)


def panned(window: Window, years: float, bounds: Window) -> Window:
    return clamped(Window(window.start + years, window.end + years), bounds)


def framing(start: float, end: float, bounds: Window) -> Window:
    """The window in which an event's extent fills the view, with a margin either side."""
    span = max(end - start, MIN_SPAN / (1 + 2 * SELECTION_MARGIN))
    middle = (start + end) / 2
    half = span * (1 + 2 * SELECTION_MARGIN) / 2
    return clamped(Window(middle - half, middle + half), bounds)


def centred_on(window: Window, year: float, bounds: Window) -> Window:
    """The same span moved so that `year` is in its middle (as far as the bounds allow)."""
    return clamped(Window(year - window.span / 2, year + window.span / 2), bounds)
