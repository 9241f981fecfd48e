"""A fixed clock and the study services of a real workspace, for the card tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

from serge_desktop.services.cards.browser import CardBrowserService
from serge_desktop.services.cards.study import StudyService
from serge_desktop.storage import models as m

START = dt.datetime(2025, 3, 10, 12, 0, tzinfo=dt.UTC)


class FixedClock:
    """The time the services see; tests move it on by hand."""

    def __init__(self, now: dt.datetime = START) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += dt.timedelta(**delta)


def database() -> Any:
    """The open library's database (the workspace keeps it private)."""
    return m.database_proxy.obj


def study_with(clock: FixedClock) -> StudyService:
    return StudyService(database(), clock=clock)


def browser_with(clock: FixedClock) -> CardBrowserService:
    return CardBrowserService(database(), clock=clock)


def cards_of(**where: object) -> list[m.Card]:
    query = m.Card.select().order_by(m.Card.id)
    for name, value in where.items():
        query = query.where(getattr(m.Card, name) == value)
    return list(query)
