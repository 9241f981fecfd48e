"""Rejoining a drop cap split from its word, and only then."""

from __future__ import annotations

import pytest

from serge_desktop.core.drop_cap import repair_drop_cap


def test_split_drop_cap_is_joined_when_the_word_occurs_elsewhere() -> None:
    rest = "The life of Victor Serge."
    assert repair_drop_cap("V ictor Serge was born", rest) == "Victor Serge was born"


def test_split_drop_cap_is_kept_when_the_word_is_nowhere_else() -> None:
    assert repair_drop_cap("V ictor Serge was born", "The life of a writer.") == (
        "V ictor Serge was born"
    )


def test_whole_word_match_only() -> None:
    # "Victorian" contains "Victor" but is not the word.
    assert repair_drop_cap("V ictor was born", "A Victorian novel.") == "V ictor was born"


def test_later_in_the_same_paragraph_counts() -> None:
    assert repair_drop_cap("V ictor met Victor.", "") == "Victor met Victor."


@pytest.mark.parametrize("paragraph", ["A man walked in.", "I was there.", "O so slowly."])
def test_real_one_letter_words_are_never_joined(paragraph: str) -> None:
    rest = "A man. I was. Walked there. Amanda and Iwasaki."
    assert repair_drop_cap(paragraph, rest) == paragraph


def test_lowercase_or_capital_second_word_is_not_a_drop_cap() -> None:
    assert repair_drop_cap("a ble", "able") == "a ble"
    assert repair_drop_cap("I Was", "IWas") == "I Was"


def test_no_split_is_unchanged() -> None:
    assert repair_drop_cap("Victor Serge", "Victor") == "Victor Serge"
    assert repair_drop_cap("", "anything") == ""
