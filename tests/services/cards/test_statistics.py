"""Reviews per day, true retention and the coming days' workload, on a real library."""

from __future__ import annotations

import datetime as dt

from serge_desktop.core.cards_scheduling import Grade
from serge_desktop.services.cards.optimizer import optimizer_offer, review_logs
from serge_desktop.services.cards.statistics import StatisticsService
from serge_desktop.services.workspace import Workspace
from serge_desktop.storage import models as m
from tests.services.cards.study_helpers import FixedClock, study_with


def test_reviews_retention_and_forecast(workspace: Workspace) -> None:
    clock = FixedClock()
    study = study_with(clock)
    stats = StatisticsService(workspace.database, clock=clock, day_start=study.day_start)
    graded = []
    for grade in (Grade.EASY, Grade.EASY, Grade.EASY):
        card = study.next_card()
        assert card is not None
        study.grade(card_id=card.card_id, grade=grade)
        graded.append(card.card_id)
    clock.advance(days=20)  # all three now due, in review
    for card_id, grade in zip(graded, (Grade.GOOD, Grade.AGAIN, Grade.HARD), strict=True):
        study.grade(card_id=card_id, grade=grade)
    result = stats.statistics(days=30)
    assert len(result.reviews) == 30 and result.reviews[-1].day == clock.now.astimezone().date()
    assert (result.reviews[-1].reviews, result.reviews[-1].again) == (3, 1)
    assert sum(day.reviews for day in result.reviews) == 6 == result.total_reviews
    assert (result.retention, result.retention_reviews) == (2 / 3, 3)
    assert result.forecast[0] == (result.reviews[-1].day, 1)  # relearning: due in minutes
    later = stats.statistics(days=365).forecast
    assert sum(count for _, count in later) == 3 and later[0][1] == 1  # and two in review
    assert result.learning == 1 and result.review == 2
    assert result.new == m.Card.select().count() - 3 and result.suspended == 0


def test_no_retention_without_reviews(workspace: Workspace) -> None:
    clock = FixedClock()
    result = StatisticsService(
        workspace.database, clock=clock, day_start=study_with(clock).day_start
    ).statistics()
    assert result.retention is None and result.total_reviews == 0
    assert all(day.reviews == 0 for day in result.reviews)


def test_the_optimiser_is_offered_only_when_installed_and_fed(workspace: Workspace) -> None:
    clock = FixedClock()
    study = study_with(clock)
    card = study.next_card()
    assert card is not None
    study.grade(card_id=card.card_id, grade=Grade.GOOD, duration_ms=1500)
    offer = optimizer_offer()
    assert (offer.reviews, offer.needed, offer.extra) == (1, 1000, "optimizer")
    assert not offer.available
    [log] = review_logs()
    assert (log.card_id, int(log.rating), log.review_duration) == (card.card_id, 3, 1500)
    assert log.review_datetime == clock.now.replace(microsecond=0) or (
        abs(log.review_datetime - clock.now) < dt.timedelta(milliseconds=1)
    )
