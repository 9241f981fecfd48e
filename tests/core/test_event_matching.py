"""The same event told by two articles: realistic cases that set the thresholds, and laws."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from serge_desktop.core.event_grouping import group_claims
from serge_desktop.core.event_matching import (
    EventClaim,
    compatible,
    gap_days,
    label_score,
    same_event,
)


def year(key: int, source: int, label: str, first: int, last: int | None = None) -> EventClaim:
    return EventClaim(key, source, label, dt.date(first, 1, 1), dt.date(last or first, 12, 31))


def month(key: int, source: int, label: str, y: int, m: int) -> EventClaim:
    end = (dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1)) if m else None
    return EventClaim(key, source, label, dt.date(y, m, 1), end or dt.date(y, 12, 31))


# Pairs from biographies of Victor Serge and his contemporaries, as two articles word them.
SAME = [
    (year(1, 1, "Goes to Paris", 1908), year(2, 2, "Moves to Paris", 1909)),
    (year(1, 1, "Born in Brussels", 1890), year(2, 2, "Victor Serge born in Brussels", 1890)),
    (month(1, 1, "Reaches Petrograd", 1919, 1), year(2, 2, "Arrives in Petrograd", 1919)),
    (year(1, 1, "Deported to Orenburg", 1933), year(2, 2, "Exiled to Orenburg", 1933)),
    (
        year(1, 1, "Edits l'anarchie", 1911),
        year(2, 2, "Edits the anarchist paper l’anarchie", 1912),
    ),
    (
        year(1, 1, "Joins the Communist Party", 1919),
        year(2, 2, "Serge joins the Communist Party", 1919),
    ),
    (year(1, 1, "Dies in Mexico City", 1947), year(2, 2, "Dies in Mexico City", 1950)),
]
DIFFERENT = [
    # Opposite events, even in the same year.
    (year(1, 1, "Joins the Communist Party", 1919), year(2, 2, "Leaves the Communist Party", 1919)),
    (year(1, 1, "Arrested in Paris", 1912), year(2, 2, "Released in Paris", 1917)),
    # The same words, other places.
    (year(1, 1, "Arrested in Paris", 1912), year(2, 2, "Arrested in Leningrad", 1913)),
    # Alike, but too far apart in time.
    (year(1, 1, "Joins the Communist Party", 1919), year(2, 2, "Joins the Communist Party", 1930)),
    (year(1, 1, "Dies in Mexico City", 1947), year(2, 2, "Dies in Mexico City", 1952)),
    # Different events of the same year.
    (year(1, 1, "Goes to Paris", 1908), year(2, 2, "Reaches Petrograd", 1908)),
    (year(1, 1, "Dies of a heart attack", 1947), year(2, 2, "Memoirs published", 1947)),
    # Two events of one article are two events, however alike.
    (year(1, 1, "Goes to Paris", 1908), year(2, 1, "Goes to Paris", 1908)),
]


@pytest.mark.parametrize(
    ("a", "b"), SAME, ids=lambda c: c.label if isinstance(c, EventClaim) else ""
)
def test_the_same_event_told_twice_matches(a: EventClaim, b: EventClaim) -> None:
    assert same_event(a, b) and same_event(b, a)


@pytest.mark.parametrize(
    ("a", "b"), DIFFERENT, ids=lambda c: c.label if isinstance(c, EventClaim) else ""
)
def test_different_events_stay_apart(a: EventClaim, b: EventClaim) -> None:
    assert not same_event(a, b) and not same_event(b, a)


def test_1908_and_1909_are_next_to_each_other() -> None:
    assert gap_days(year(1, 1, "a", 1908), year(2, 2, "b", 1909)) == 0
    assert gap_days(year(1, 1, "a", 1908), year(2, 2, "b", 1910)) == 365


def test_groups_three_articles_and_keeps_one_claim_per_article() -> None:
    claims = [
        year(1, 1, "Goes to Paris", 1908),
        year(2, 2, "Moves to Paris", 1909),
        year(3, 3, "Serge goes to Paris", 1908),
        year(4, 1, "Goes to Paris again", 1909),  # article 1 again: a group of its own
        year(5, 2, "Reaches Petrograd", 1919),
    ]
    groups = [{c.key for c in group} for group in group_claims(claims)]
    assert {1, 2, 3} in groups and {5} in groups
    assert sum(len(g) for g in groups) == len(claims)


labels = st.sampled_from(
    ["Goes to Paris", "Moves to Paris", "Born in Brussels", "Reaches Petrograd",
     "Dies in Mexico", "Joins the party", "Leaves the party", "Deported to Orenburg"]
)  # fmt: skip
claims_strategy = st.lists(
    st.builds(
        EventClaim,
        key=st.integers(),
        source=st.integers(1, 4),
        label=labels,
        earliest=st.dates(dt.date(1880, 1, 1), dt.date(1950, 1, 1)),
        latest=st.just(dt.date(1950, 12, 31)),
    ).map(lambda c: EventClaim(c.key, c.source, c.label, c.earliest, c.earliest)),
    max_size=30,
    unique_by=lambda c: c.key,
)


@given(claims_strategy)
def test_every_claim_lands_in_one_group_with_one_claim_per_article(
    claims: list[EventClaim],
) -> None:
    groups = group_claims(claims)
    keys = [c.key for group in groups for c in group]
    assert sorted(keys) == sorted(c.key for c in claims)
    for group in groups:
        assert len({c.source for c in group}) == len(group)
        assert all(compatible(a, b) for a in group for b in group if a is not b)
        if len(group) > 1:
            assert all(any(same_event(a, b) for b in group if b is not a) for a in group)


@given(claims_strategy)
def test_grouping_does_not_depend_on_input_order(claims: list[EventClaim]) -> None:
    forward = {frozenset(c.key for c in g) for g in group_claims(claims)}
    backward = {frozenset(c.key for c in g) for g in group_claims(list(reversed(claims)))}
    assert forward == backward


@given(labels, labels)
def test_label_score_is_symmetric(a: str, b: str) -> None:
    assert label_score(a, b) == label_score(b, a)
