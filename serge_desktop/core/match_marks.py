"""Where a search's words occur in a text FTS5 did not index as such (a note's rendered words).

The index holds a note's Markdown; the reader sees it rendered. A snippet of the Markdown would
show ``**``, ``_`` and ``[words](address)``, so the search marks the rendered words itself,
reading them the way the index's tokenizer does (unicode61, diacritics removed, case folded).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from serge_desktop.core.search_query import is_token_char

Span = tuple[int, int]
Token = tuple[int, int, str]
# is_token_char's answers so far: a results page reads a few thousand characters of a few
# hundred different ones, and a lookup costs a tenth of asking unicodedata each time.
_IS_TOKEN_CHAR: dict[str, bool] = {}


def tokens(text: str) -> list[Token]:
    """(start, end, folded word) of each word of ``text``, as the index's tokenizer cuts it."""
    found: list[Token] = []
    start: int | None = None
    known = _IS_TOKEN_CHAR
    for index, char in enumerate(text):
        in_token = known.get(char)
        if in_token is None:
            in_token = known[char] = is_token_char(char)
        if in_token:
            if start is None:
                start = index
        elif start is not None:
            found.append((start, index, fold(text[start:index])))
            start = None
    if start is not None:
        found.append((start, len(text), fold(text[start:])))
    return found


def fold(word: str) -> str:
    """The word without accents, in lower case ("Élan" and "elan" are one word)."""
    if word.isascii():
        return word.lower()  # nothing to take off, and casefold() is lower() in ASCII
    decomposed = unicodedata.normalize("NFD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def match_spans(
    text: str,
    phrases: Sequence[Sequence[str]],
    *,
    last_is_prefix: bool = False,
    words: list[Token] | None = None,
) -> list[Span]:
    """Spans of ``text`` where any of the phrases occurs, in text order, not overlapping.

    ``words`` are the text's ``tokens`` if the caller has them already.
    """
    words = tokens(text) if words is None else words
    wanted = [
        ([fold(token) for token in phrase], last_is_prefix and number == len(phrases) - 1)
        for number, phrase in enumerate(phrases)
        if phrase
    ]
    spans: list[Span] = []
    index = 0
    while index < len(words):
        matching = (len(p) for p, prefix in wanted if _starts_here(words, index, p, prefix))
        length = next(matching, 0)
        if length:
            spans.append((words[index][0], words[index + length - 1][1]))
            index += length
        else:
            index += 1
    return spans


def _starts_here(words: list[Token], index: int, phrase: list[str], prefix: bool) -> bool:
    if index + len(phrase) > len(words):
        return False
    for offset, token in enumerate(phrase):
        word = words[index + offset][2]
        last = offset == len(phrase) - 1
        if not (word == token or (prefix and last and word.startswith(token))):
            return False
    return True


def window(
    text: str, spans: Sequence[Span], *, words: int, found: list[Token] | None = None
) -> Span:
    """The part of ``text`` to show: about ``words`` words, a few before the first match.

    ``found`` are the text's ``tokens`` if the caller has them already.
    """
    found = tokens(text) if found is None else found
    if not found:
        return 0, len(text)
    first = spans[0][0] if spans else 0
    at = next((i for i, (start, _end, _word) in enumerate(found) if start >= first), 0)
    begin = max(0, min(at - words // 4, len(found) - words))
    end = min(len(found), begin + words)
    start = 0 if begin == 0 else found[begin][0]
    stop = len(text) if end == len(found) else found[end - 1][1]
    return start, stop
