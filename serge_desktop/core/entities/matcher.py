"""Finding every occurrence of many known names at once (Aho–Corasick, via pyahocorasick).

One pass over the text finds all names, however many are known: the cost grows with the
text, not with the number of names, so a library of thousands of names indexes a new article
in milliseconds. Matching ignores case and typographic apostrophes; a name written with a
capital must start with one in the text too ("Nice", not "nice"), and a match must be a whole
word sequence ("Stalin" is not found in "Stalinism").
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import ahocorasick

from serge_desktop.core.entities.names import (
    clean_name,
    fold_for_matching,
    is_word_char,
    name_key,
    starts_upper,
)


@dataclass(frozen=True, slots=True)
class NameMatch:
    """An occurrence of a known name: offsets into the text, and the name's key."""

    start: int
    end: int
    key: str


class NameMatcher:
    """Built once for a set of names; ``find`` may then run over any number of texts."""

    def __init__(self, names: Iterable[str]) -> None:
        self._automaton = ahocorasick.Automaton(ahocorasick.STORE_ANY, ahocorasick.KEY_STRING)
        count = 0
        for name in names:
            cleaned = clean_name(name)
            if not cleaned:
                continue
            pattern = fold_for_matching(cleaned)
            self._automaton.add_word(
                pattern, (name_key(cleaned), len(pattern), starts_upper(cleaned))
            )
            count += 1
        self._count = count
        if count:
            self._automaton.make_automaton()

    def __len__(self) -> int:
        return self._count

    def find(
        self, text: str, start: int = 0, end: int | None = None, *, folded: str | None = None
    ) -> list[NameMatch]:
        """Every whole-word occurrence in ``text[start:end]``, overlapping ones included.

        ``folded`` is ``fold_for_matching(text)``, for callers that search one text piecewise.
        """
        if not self._count:
            return []
        stop = len(text) if end is None else end
        if folded is None:
            folded = fold_for_matching(text)
        found: list[NameMatch] = []
        for last, (key, length, capital) in self._automaton.iter(folded, start, stop):
            first = last + 1 - length
            if first > start and is_word_char(text[first - 1]):
                continue
            if last + 1 < stop and is_word_char(text[last + 1]):
                continue
            if capital and not text[first].isupper():
                continue
            found.append(NameMatch(first, last + 1, key))
        return found


def without_overlaps(matches: Sequence[NameMatch]) -> list[NameMatch]:
    """Where names overlap, the longest wins ("Victor Serge" over "Serge"), then the earliest.

    Ties keep the match listed first, so callers list the names they trust most first.
    """
    ranked = sorted(enumerate(matches), key=lambda pair: (-(pair[1].end - pair[1].start), pair[0]))
    taken: list[NameMatch] = []
    occupied = bytearray(max((match.end for match in matches), default=0))
    for _order, match in ranked:
        if 1 not in occupied[match.start : match.end]:
            occupied[match.start : match.end] = b"\x01" * (match.end - match.start)
            taken.append(match)
    taken.sort(key=lambda match: match.start)
    return taken
