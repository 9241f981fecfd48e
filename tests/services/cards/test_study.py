"""Studying on a real library with a fixed clock: which card, its grades, undo, due counts."""

from __future__ import annotations

import pytest

from serge_desktop.core.cards_scheduling import Grade
from serge_desktop.services.cards.errors import CardNotStudiableError, NotLastGradeError
from serge_desktop.services.cards.settings import StudySettings
from serge_desktop.services.cards.study import StudyService
from serge_desktop.services.cards.views import StudyCard
from serge_desktop.services.workspace import Workspace
from serge_desktop.storage import models as m
from tests.services.cards.study_helpers import FixedClock, browser_with, study_with
from tests.services.seed_notes import SEED_SLUG, note_on, seed_id


def next_card(study: StudyService) -> StudyCard:
    card = study.next_card()
    assert card is not None
    return card


def test_the_interval_on_each_button_is_the_one_the_grade_gives(workspace: Workspace) -> None:
    clock = FixedClock()
    study = study_with(clock)
    for grade in Grade:
        card = next_card(study)
        promised = card.option(grade)
        outcome = study.grade(card_id=card.card_id, grade=grade)
        assert (outcome.due, outcome.interval) == (promised.due, promised.interval)
        clock.advance(days=1)
    card = next_card(study)
    intervals = [card.option(grade).interval for grade in Grade]
    assert intervals == sorted(intervals)  # Again ≤ Hard ≤ Good ≤ Easy


def test_learning_cards_come_before_reviews_and_reviews_before_new(workspace: Workspace) -> None:
    clock = FixedClock()
    study = study_with(clock)
    first = next_card(study)
    assert first.state == "new"
    study.grade(card_id=first.card_id, grade=Grade.EASY)  # into review, due in days
    second = next_card(study)
    study.grade(card_id=second.card_id, grade=Grade.AGAIN)  # learning, due in a minute
    assert next_card(study).state == "new"
    clock.advance(minutes=2)
    assert next_card(study).card_id == second.card_id
    clock.advance(days=40)
    assert next_card(study).card_id == second.card_id  # still learning: first
    study.grade(card_id=second.card_id, grade=Grade.EASY)
    assert next_card(study).card_id == first.card_id  # the review, before new cards


def test_new_cards_stop_at_the_daily_limit(workspace: Workspace) -> None:
    clock = FixedClock()
    study = study_with(clock)
    study.save_settings(StudySettings(new_per_day=2))
    for _ in range(2):
        study.grade(card_id=next_card(study).card_id, grade=Grade.EASY)
    assert study.next_card() is None
    assert study.new_cards_left_today() == 0
    clock.advance(days=1)
    assert study.new_cards_left_today() == 2 and next_card(study).state == "new"


def test_undo_puts_back_the_memory_the_grade_replaced(workspace: Workspace) -> None:
    clock = FixedClock()
    study = study_with(clock)
    card = next_card(study)
    before = m.Card.get_by_id(card.card_id).__data__.copy()
    first = study.grade(card_id=card.card_id, grade=Grade.GOOD)
    clock.advance(minutes=15)
    second = study.grade(card_id=card.card_id, grade=Grade.AGAIN)
    with pytest.raises(NotLastGradeError):
        study.undo_grade(review_id=first.review_id)
    assert study.undo_grade(review_id=second.review_id) == card.card_id
    assert study.undo_grade(review_id=first.review_id) == card.card_id
    assert m.Card.get_by_id(card.card_id).__data__ == before
    assert m.CardReview.select().count() == 0


def test_a_grade_undone_gives_its_card_back_with_the_same_buttons(workspace: Workspace) -> None:
    clock = FixedClock()
    study = study_with(clock)
    card = next_card(study)
    outcome = study.grade(card_id=card.card_id, grade=Grade.EASY)
    assert study.card(card_id=card.card_id).state == "review"
    study.undo_grade(review_id=outcome.review_id)
    assert study.card(card_id=card.card_id) == card
    browser_with(clock).set_suspended(card_ids=[card.card_id], suspended=True)
    with pytest.raises(CardNotStudiableError):
        study.card(card_id=card.card_id)


def test_the_log_keeps_every_grade_with_its_time(workspace: Workspace) -> None:
    clock = FixedClock()
    study = study_with(clock)
    card = next_card(study)
    study.grade(card_id=card.card_id, grade=Grade.HARD, duration_ms=4200)
    [row] = m.CardReview.select()
    assert (row.card_id, row.grade, row.duration_ms, row.phase_before) == (card.card_id, 2, 4200, 0)
    assert row.reviewed_at == int(clock.now.timestamp() * 1000)


def test_a_suspended_card_is_neither_drawn_nor_graded(workspace: Workspace) -> None:
    clock = FixedClock()
    study = study_with(clock)
    card = next_card(study)
    browser_with(clock).set_suspended(card_ids=[card.card_id], suspended=True)
    assert next_card(study).card_id != card.card_id
    with pytest.raises(CardNotStudiableError):
        study.grade(card_id=card.card_id, grade=Grade.GOOD)


def test_due_counts_per_article_and_series(workspace: Workspace) -> None:
    clock = FixedClock()
    study = study_with(clock)
    note_on(workspace, "he reached Petrograd", color="yellow")
    total_new = m.Card.select().count()
    card = next_card(study)
    study.grade(card_id=card.card_id, grade=Grade.AGAIN)
    clock.advance(minutes=5)
    counts = {(c.scope, c.key): c for c in study.due_counts()}
    article = counts[("article", SEED_SLUG)]
    assert (article.new, article.learning, article.review) == (min(total_new - 1, 19), 1, 0)
    series = counts[("series", "The socialists who opposed Stalin")]
    assert (series.new, series.learning, series.total) == (article.new, 1, article.total)


def test_study_can_keep_to_one_article(workspace: Workspace) -> None:
    study = study_with(FixedClock())
    assert study.next_card(article_ids=[seed_id(workspace) + 1]) is None
    assert next_card(study).face.article_headline


def test_retention_outside_its_range_is_refused(workspace: Workspace) -> None:
    from serge_desktop.services.cards.errors import StudySettingError

    study = study_with(FixedClock())
    with pytest.raises(StudySettingError):
        study.save_settings(StudySettings(desired_retention=0.5))
    assert study.settings().desired_retention == 0.9
    study.save_settings(StudySettings(desired_retention=0.85))
    assert study.settings().desired_retention == 0.85
