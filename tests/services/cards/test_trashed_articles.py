"""The cards of an article in the trash wait there with it, and come back when it is restored."""

from __future__ import annotations

import pytest

from serge_desktop.core.cards_scheduling import Grade
from serge_desktop.services.cards.browser import CardFilter
from serge_desktop.services.cards.errors import CardNotStudiableError
from serge_desktop.services.cards.statistics import StatisticsService
from serge_desktop.services.timeline_edits import EventFields
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


def test_pairs_across_a_series_wait_with_the_trashed_article(workspace: Workspace) -> None:
    seed = seed_id(workspace)
    text = "# The Opposition\n\nIn 1927 the Left Opposition was expelled.\n\nMore followed.\n"
    other = workspace.importer.import_bytes(text.encode(), source_name="part3.md").article
    series_id = m.Article.get_by_id(seed).series_id
    m.Article.update(series=series_id, part=3).where(m.Article.id == other.id).execute()
    made = workspace.timeline.create_event(
        article_id=other.id, fields=EventFields("1927", "1927", "Opposition expelled", "politics")
    )
    crossing = (m.Card.kind == "order") & (
        (m.Card.event == made.id) | (m.Card.other_event == made.id)
    )
    pairs = [card.id for card in m.Card.select().where(crossing)]
    assert pairs
    cards_before = m.Card.select().count()
    clock = FixedClock()
    studied = browser_with(clock)

    def live_pairs() -> set[int]:
        return {
            row.id for row in studied.list_cards() if row.id in pairs and row.state != "suspended"
        }

    assert live_pairs() == set(pairs)

    workspace.article_trash.delete_article(article_id=other.id)
    states = {card.source_state for card in m.Card.select().where(crossing)}
    assert states == {"trashed"} and live_pairs() == set()
    assert all(row.article_id == seed for row in studied.list_cards())

    workspace.article_trash.restore_article(article_id=other.id)
    assert {card.source_state for card in m.Card.select().where(crossing)} == {"ok"}
    assert live_pairs() == set(pairs)
    assert m.Card.select().count() == cards_before  # no card made by going and coming back
