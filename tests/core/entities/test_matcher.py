from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from serge_desktop.core.entities.matcher import NameMatch, NameMatcher, without_overlaps
from serge_desktop.core.entities.names import clean_name, fold_for_matching, name_key


def found(names: list[str], text: str) -> list[str]:
    return [text[m.start : m.end] for m in without_overlaps(NameMatcher(names).find(text))]


def test_whole_words_only() -> None:
    assert found(["Stalin"], "Stalin and Stalinism, Stalin’s men") == ["Stalin", "Stalin"]


def test_case_and_apostrophes_are_ignored_but_a_capital_is_required() -> None:
    assert found(["Trotsky's Left Opposition"], "TROTSKY’S LEFT OPPOSITION") == [
        "TROTSKY’S LEFT OPPOSITION"
    ]
    assert found(["Nice"], "a nice day in Nice") == ["Nice"]
    assert found(["l’anarchie"], "he edited l’anarchie") == ["l’anarchie"]


def test_the_longest_name_wins() -> None:
    assert found(["Serge", "Victor Serge"], "Victor Serge, or Serge") == ["Victor Serge", "Serge"]


def test_an_empty_matcher_finds_nothing() -> None:
    assert NameMatcher([]).find("anything") == []
    assert len(NameMatcher(["", "  "])) == 0


def test_keys_unify_spellings() -> None:
    assert name_key(" Trotsky’s\u200b  LEFT ") == name_key("trotsky's left")
    assert clean_name("a\x07b\n c") == "a b c"


def test_ties_keep_the_first_listed() -> None:
    first, second = NameMatch(0, 5, "a"), NameMatch(0, 5, "b")
    assert without_overlaps([first, second]) == [first]


@given(st.text())
def test_folding_keeps_offsets(text: str) -> None:
    assert len(fold_for_matching(text)) == len(text)


@given(st.lists(st.text(min_size=1, max_size=12), max_size=8), st.text(max_size=200))
def test_matches_are_whole_and_in_bounds(names: list[str], text: str) -> None:
    keys = {name_key(name) for name in names}
    for match in NameMatcher(names).find(text):
        assert 0 <= match.start < match.end <= len(text)
        assert match.key in keys
