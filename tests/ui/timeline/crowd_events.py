"""A crowd of generated timeline events, as the benchmark draws them, for the crowd's tests."""

from __future__ import annotations

import datetime as dt
import random

from serge_desktop.services.views import TimelineEventView

WORDS = ["revolution", "exile", "party", "congress", "letter", "novel", "arrest", "strike"]


def crowd(count: int, *, seed: int = 1890, varied: bool = False) -> list[TimelineEventView]:
    """Points, periods and uncertain years over two centuries, every tenth one context.

    ``varied`` gives labels of one to three words, three categories and notes on a third of
    them (what the painted badges and lanes need); else "Event n", all about life, no notes.
    """
    rng = random.Random(seed)
    events = []
    for i in range(count):
        first = dt.date(1800, 1, 1) + dt.timedelta(days=rng.randrange(200 * 365))
        kind = rng.random()
        if kind < 0.25:
            last, edtf, period = first + dt.timedelta(days=rng.randrange(30, 3000)), "a/b", True
        elif kind < 0.4:
            first = dt.date(first.year - 1, 1, 1)
            last, edtf, period = dt.date(first.year + 2, 12, 31), f"{first.year + 1}~", False
        else:
            last, edtf, period = first, first.isoformat(), False
        label, category, notes = f"Event {i}", "life", 0
        if varied:
            label = " ".join(rng.choice(WORDS) for _ in range(rng.randrange(1, 4))).capitalize()
            category = rng.choice(("life", "politics", "writing"))
            notes = rng.choice((0, 0, 1, 3, 12))
        events.append(
            TimelineEventView(
                id=i + 1, edtf=edtf, date_text=edtf, label=label, category=category,
                is_context=i % 10 == 0, earliest=first, latest=last, is_period=period,
                quote="", start=0, end=0, note_count=notes,
            )
        )  # fmt: skip
    return events
