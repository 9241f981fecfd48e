"""The cards of an article in the trash wait there with it, and come back when it is restored."""

from __future__ import annotations

import pytest

from serge_desktop.core.cards_scheduling import Grade
from serge_desktop.services.cards.browser import CardFilter
from serge_desktop.services.cards.errors import CardNotStudiableError
from serge_desktop.services.cards.statistics import StatisticsService
from serge_desktop.services.workspace import Workspace
from serge_desktop.storage import models as m
from tests.services.cards.study_helpers import FixedClock, browser_with, database, study_with
from tests.services.seed_notes import SEED_SLUG, note_on, seed_id


def test_cards_leave_with_their_article_and_come_back_with_it(workspace: Workspace) -> None:
    clock = FixedClock()
    study, browser = study_with(clock), browser_with(clock)
    statistics = StatisticsService(database(), clock=clock, day_start=study.day_start)
    note_on(workspace, "he reached Petrograd", color="yellow")
    article_id = seed_id(workspace)
    first = study.next_card()
    assert first is not None
    study.grade(card_id=first.card_id, grade=Grade.EASY)  # one in review, in the forecast
    second = study.next_card()
    assert second is not None
    cards = m.Card.select().where(m.Card.deleted_at.is_null()).count()
    before = statistics.statistics()
    assert (before.new + before.review, sum(n for _, n in before.forecast)) == (cards, 1)
    assert [c.key for c in study.due_counts()] != []

    workspace.article_trash.delete_article(article_id=article_id)

    assert study.next_card() is None
    assert study.next_card(article_ids=[article_id]) is None
    assert study.due_counts() == []
    assert browser.list_cards() == [] and browser.count_cards() == 0
    assert browser.list_cards(CardFilter(state="suspended")) == []
    gone = statistics.statistics()
    assert (gone.new, gone.learning, gone.review, gone.suspended) == (0, 0, 0, 0)
    assert sum(n for _, n in gone.forecast) == 0
    with pytest.raises(CardNotStudiableError):
        study.grade(card_id=second.card_id, grade=Grade.GOOD)
    with pytest.raises(CardNotStudiableError):
        study.card(card_id=second.card_id)

    workspace.article_trash.restore_article(article_id=article_id)

    assert study.next_card() == second
    assert browser.count_cards() == cards
    assert statistics.statistics() == before
    assert [c.key for c in study.due_counts()] == [SEED_SLUG, "The socialists who opposed Stalin"]
