"""Word-level alignment: tokens, votes for where a passage lies, and the semi-global alignment."""

from __future__ import annotations

from serge_desktop.core.token_alignment import TokenIndex, align, tokenize


def test_tokens_are_words_and_single_marks_with_their_offsets() -> None:
    tokens = tokenize("Serge’s life—shows, 1917!")
    assert tokens.keys == ("serge", "’", "s", "life", "—", "shows", ",", "1917", "!")
    assert (tokens.starts[3], tokens.ends[3]) == (8, 12)
    assert len(tokens) == 9


def test_alignment_lines_replaced_words_up_with_their_replacements() -> None:
    text = tokenize("so in 1908 he went to Paris where he edited").keys
    pattern = tokenize("he moved to Paris").keys
    assert align(pattern, text, 0, len(text)) == [3, 4, 5, 6]


def test_alignment_marks_deleted_words_and_skips_inserted_ones() -> None:
    text = tokenize("he went by train to Paris").keys
    pattern = tokenize("he went quickly to Paris").keys
    aligned = align(pattern, text, 0, len(text))
    assert aligned[0:2] == [0, 1]
    assert aligned[3:] == [4, 5]  # "to Paris" still lines up after the changed middle


def test_alignment_stays_inside_its_window() -> None:
    text = tokenize("to Paris and later to Paris again").keys
    aligned = align(tokenize("to Paris").keys, text, 3, len(text))
    assert aligned == [4, 5]


def test_votes_point_to_where_the_passage_is() -> None:
    index = TokenIndex(tokenize("alpha beta gamma delta epsilon zeta eta theta iota kappa"))
    bands = index.diagonals(tokenize("zeta eta CHANGED iota").keys, spread=2, count=2)
    weight, low, high = bands[0]
    assert (low, high) == (5, 5)  # "zeta" is token 5 of the text and token 0 of the pattern
    assert weight == 3.0  # three unique words agree; the changed one votes for nothing


def test_no_shared_words_means_no_votes() -> None:
    index = TokenIndex(tokenize("alpha beta gamma"))
    assert index.diagonals(tokenize("one two").keys, spread=2, count=3) == []
