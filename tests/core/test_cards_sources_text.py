"""What cards are cut from: a cloze of a passage, a Q:/A: note, pairs of events, stable ids."""

from __future__ import annotations

import datetime as dt

import genanki  # type: ignore[import-untyped]
from hypothesis import given
from hypothesis import strategies as st

from serge_desktop.core.cards_cloze import Cloze, cloze_for_passage, cloze_in
from serge_desktop.core.cards_guid import card_guid
from serge_desktop.core.cards_pairs import EventSpan, first_of, order_pairs
from serge_desktop.core.cards_qa import QuestionAnswer, question_answer

TEXT = "He was born. In 1908 he went to Paris, where he edited a paper. Then more."


def test_a_cloze_hides_the_passage_inside_its_sentence() -> None:
    paris = TEXT.index("Paris")
    assert cloze_in(TEXT, paris, paris + 5) == Cloze(
        "In 1908 he went to ", "Paris", ", where he edited a paper."
    )
    start, end = TEXT.index("In 1908"), TEXT.index("Then") - 1
    assert cloze_in(TEXT, start, end).before == "He was born. "  # a whole sentence: a cue
    first = TEXT.index(".") + 1
    assert cloze_in(TEXT, 0, first).after.strip().startswith("In 1908")


def test_a_passage_not_in_the_text_is_cut_from_its_stored_context() -> None:
    cloze = cloze_for_passage(
        "Another text altogether.",
        start=3,
        end=8,
        quote="Paris",
        prefix="he went to ",
        suffix=", where",
    )
    assert cloze == Cloze("he went to ", "Paris", ", where")


@given(st.text(min_size=1), st.data())
def test_the_cloze_always_holds_the_passage(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    cloze = cloze_in(text, start, end)
    assert cloze.hidden == text[start:end].strip()
    assert (cloze.before + text[start:end] + cloze.after).strip() in text or not text.strip()


def test_question_and_answer_notes() -> None:
    assert question_answer("Q: Where?\nA: Brussels") == QuestionAnswer("Where?", "Brussels")
    assert question_answer("Intro.\nq : Who?\nmore\n  a: Him\nand his father") == QuestionAnswer(
        "Who?\nmore", "Him\nand his father"
    )
    assert question_answer("Q: Where?\nA: Brussels\nQ: Next?\nA: Later").answer == "Brussels"
    for not_one in ("Q: no answer", "A: answer first\nQ: then", "Q:\nA: empty", "Quite: A: no"):
        assert question_answer(not_one) is None


def span(event_id: int, first: str, last: str) -> EventSpan:
    return EventSpan(event_id, dt.date.fromisoformat(first), dt.date.fromisoformat(last))


def test_pairs_are_neighbours_whose_order_is_certain() -> None:
    events = [
        span(1, "1890-01-01", "1890-12-31"),
        span(2, "1908-01-01", "1908-12-31"),
        span(3, "1908-06-01", "1909-12-31"),  # overlaps 2: never asked against it
        span(4, "1919-01-01", "1919-01-31"),
    ]
    assert order_pairs(events) == [(1, 2), (2, 4), (3, 4)]
    assert first_of(events[1], events[2]) is None and first_of(events[3], events[0]) == 1


@given(
    st.lists(
        st.tuples(st.dates(max_value=dt.date(9000, 1, 1)), st.integers(0, 4000)),
        min_size=0,
        max_size=40,
        unique_by=lambda x: x,
    )
)
def test_every_pair_has_a_certain_order(drawn: list[tuple[dt.date, int]]) -> None:
    events = [
        EventSpan(i, start, start + dt.timedelta(days=length))
        for i, (start, length) in enumerate(drawn)
    ]
    pairs = order_pairs(events)
    by_id = {e.id: e for e in events}
    assert len(pairs) == len({frozenset(p) for p in pairs}) <= max(0, len(events) - 1)
    for first, second in pairs:
        assert by_id[first].latest < by_id[second].earliest


def test_card_ids_are_the_ones_anki_gives() -> None:
    for parts in (("lib", 1), ("lib", "event", 23), ("0b1c", "order", 4, 9)):
        assert card_guid(*parts) == genanki.guid_for(*parts)
    assert card_guid("a", 1) != card_guid("a", 2)
