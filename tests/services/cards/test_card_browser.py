"""The card browser's filters, and suspend, reset and delete each undone exactly."""

from __future__ import annotations

from serge_desktop.core.cards_scheduling import Grade
from serge_desktop.services.cards.browser import CardFilter
from serge_desktop.services.workspace import Workspace
from serge_desktop.storage import models as m
from tests.services.cards.study_helpers import FixedClock, browser_with, study_with
from tests.services.seed_notes import note_on, seed_id


def test_filters_by_article_series_tag_and_state(workspace: Workspace) -> None:
    clock = FixedClock()
    browser, study = browser_with(clock), study_with(clock)
    tagged = note_on(workspace, "he reached Petrograd", color="yellow", tags=["Exile"])
    note_on(workspace, "he joined the Communist Party", color="green", tags=["party"])
    everything = browser.list_cards()
    assert len(everything) == browser.count_cards() == m.Card.select().count()
    assert browser.list_cards(CardFilter(article_ids=(seed_id(workspace),))) == everything
    assert browser.list_cards(CardFilter(article_ids=(seed_id(workspace) + 1,))) == []
    series = browser.list_cards(CardFilter(series="the socialists who opposed stalin"))
    assert series == everything
    [exile] = browser.list_cards(CardFilter(tag="exile"))
    assert (exile.note_id, exile.title, exile.kind) == (tagged.id, "he reached Petrograd", "cloze")
    first = study.next_card()
    assert first is not None
    study.grade(card_id=first.card_id, grade=Grade.AGAIN)
    [learning] = browser.list_cards(CardFilter(state="learning"))
    assert learning.id == first.card_id and browser.list_cards(CardFilter(state="due")) == []
    clock.advance(minutes=5)
    assert [row.id for row in browser.list_cards(CardFilter(state="due"))] == [first.card_id]
    assert len(browser.list_cards(CardFilter(state="new"))) == len(everything) - 1
    assert (
        browser.list_cards(CardFilter(state="new"), limit=3, offset=1)
        == (browser.list_cards(CardFilter(state="new"))[1:4])
    )


def test_suspend_reset_and_delete_are_undone_exactly(workspace: Workspace) -> None:
    clock = FixedClock()
    browser, study = browser_with(clock), study_with(clock)
    card = study.next_card()
    assert card is not None
    study.grade(card_id=card.card_id, grade=Grade.EASY)
    graded = m.Card.get_by_id(card.card_id).__data__.copy()
    other = browser.list_cards(CardFilter(state="new"))[0].id
    assert browser.set_suspended(card_ids=[card.card_id, other], suspended=True) == tuple(
        sorted((card.card_id, other))
    )
    assert browser.set_suspended(card_ids=[other], suspended=True) == ()  # nothing changed
    assert {row.id for row in browser.list_cards(CardFilter(state="suspended"))} == {
        card.card_id,
        other,
    }
    browser.set_suspended(card_ids=[card.card_id, other], suspended=False)
    before = browser.reset(card_ids=[card.card_id])
    assert browser.get_card(card.card_id).state == "new"
    assert m.CardReview.select().count() == 1  # the history is kept
    browser.restore_memories(before)
    assert m.Card.get_by_id(card.card_id).__data__ == graded
    assert browser.delete(card_ids=[card.card_id]) == (card.card_id,)
    assert card.card_id not in {row.id for row in browser.list_cards()}
    browser.undelete(card_ids=[card.card_id])
    assert m.Card.get_by_id(card.card_id).__data__ == graded
