"""Turns what a reader types into a safe FTS5 query: quoted words, the last one a prefix."""

from __future__ import annotations

import unicodedata

# A search box holds a few words; a pasted page must not become a huge query.
MAX_QUERY_CHARS = 500
MAX_WORDS = 16
MIN_PREFIX_CHARS = 2


def fts_query(text: str) -> str:
    """The FTS5 MATCH expression for ``text``, or "" when it holds nothing to search for.

    Each whitespace-separated word becomes one FTS5 string (a phrase), so nothing the reader
    types is read as syntax: AND, OR, NOT, NEAR, "-", "^", ":", "*", parentheses and quotes are
    all plain text. Inside a word only letters, digits and marks are kept (everything else
    separates tokens, as the unicode61 tokenizer does), so "don't" is the phrase "don t" and
    the result never holds a double quote or a control character. The last word is a prefix
    (from its second character), so results follow the reader while the word is being typed.
    """
    phrases = _phrases(text)
    if not phrases:
        return ""
    quoted = [f'"{phrase}"' for phrase in phrases]
    if _last_is_prefix(phrases):
        quoted[-1] += "*"
    return " ".join(quoted)


def whole_word_query(text: str) -> str:
    """``fts_query`` with its last word searched whole; "" when that word is no prefix anyway.

    What the search tries first for a word the library holds everywhere (services/search.py).
    """
    match = fts_query(text)
    return match[:-1] if match.endswith("*") else ""


def query_terms(text: str) -> tuple[tuple[tuple[str, ...], ...], bool]:
    """The phrases ``fts_query`` searches for, as tokens, and whether the last is a prefix.

    What a snippet made outside FTS5 must mark (core/match_marks.py).
    """
    phrases = _phrases(text)
    return tuple(tuple(phrase.split(" ")) for phrase in phrases), _last_is_prefix(phrases)


def _phrases(text: str) -> list[str]:
    phrases = [phrase for word in text[:MAX_QUERY_CHARS].split() if (phrase := _phrase(word))]
    return phrases[:MAX_WORDS]


def _last_is_prefix(phrases: list[str]) -> bool:
    # One letter is searched as a word: as a prefix it would match nearly every row, and the
    # index keeps prefixes of two and three characters only (schema 3), so it would be slow too.
    return bool(phrases) and len(phrases[-1].rsplit(" ", 1)[-1]) >= MIN_PREFIX_CHARS


def _phrase(word: str) -> str:
    """The word's tokens joined by spaces; "" if it has none.

    A run of only combining marks is dropped: with remove_diacritics the tokenizer folds it to
    nothing, and FTS5 gives an empty phrase odd meanings (by its place, it vetoes every match
    or is ignored).
    """
    runs: list[str] = []
    current: list[str] = []
    for char in word:
        if is_token_char(char):
            current.append(char)
        elif current:
            runs.append("".join(current))
            current = []
    if current:
        runs.append("".join(current))
    return " ".join(run for run in runs if any(_is_base_char(char) for char in run))


def is_token_char(char: str) -> bool:
    # unicode61's token characters are letters, numbers and private-use characters; with
    # remove_diacritics it also keeps combining marks inside a token (and then drops them).
    category = unicodedata.category(char)
    return category[0] in "LNM" or category == "Co"


def _is_base_char(char: str) -> bool:
    category = unicodedata.category(char)
    return category[0] in "LN" or category == "Co"
