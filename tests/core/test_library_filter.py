"""The library filter: every word typed must be in a row, case and accents aside."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from serge_desktop.core.library_filter import date_key, fold, haystack, matches, query_words

words = st.text(alphabet="aeiouéèçñüAEÉKLMNRST", min_size=1, max_size=8)


@given(st.lists(words, min_size=1, max_size=5), st.lists(words, max_size=3))
def test_a_row_matches_exactly_when_it_holds_every_word(
    fields: list[str], typed: list[str]
) -> None:
    text = haystack(fields)
    expected = all(fold(word) in text for word in typed)
    assert matches(text, query_words(" ".join(typed))) == expected


def test_accents_and_case_are_set_aside() -> None:
    text = haystack(["Émigrés in Zürich", None, "Café"])
    assert matches(text, query_words("emigres ZURICH cafe"))
    assert not matches(text, query_words("emigres berlin"))
    assert fold("ÉMIGRÉ") == fold("emigre") == "emigre"


@given(st.dates(dt.date(1000, 1, 1), dt.date(2999, 12, 31)))
def test_iso_dates_sort_in_time_order_before_unreadable_and_missing_ones(day: dt.date) -> None:
    iso = day.isoformat()
    assert date_key(iso)[:2] == (0, day)
    assert date_key(iso) < date_key("some spring") < date_key(None)
