"""Word-level approximate matching: where a passage, perhaps reworded, lies in a longer text."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

# Words and single punctuation marks; whitespace only separates them. Editors change words, so
# words are the unit: a replaced word costs one edit whatever its length.
_TOKEN = re.compile(r"\w+|[^\w\s]")

# A token found more often than this ("the", ",") says almost nothing about where a passage is,
# and on a long text it would cost more votes than all the other tokens together.
MAX_OCCURRENCES = 64


@dataclass(frozen=True, slots=True)
class Tokens:
    """A text cut into tokens: each one's case-folded form and its character offsets."""

    keys: tuple[str, ...]
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def __len__(self) -> int:
        return len(self.keys)


def tokenize(text: str) -> Tokens:
    matches = list(_TOKEN.finditer(text))
    # Case-folded so a word that only changed case still lines up (the caller still sees the
    # change, because it compares the characters it finally chose with the quote).
    return Tokens(
        keys=tuple(match.group().casefold() for match in matches),
        starts=tuple(match.start() for match in matches),
        ends=tuple(match.end() for match in matches),
    )


class TokenIndex:
    """Where each token occurs in one text, to find the stretches a passage's tokens point to."""

    def __init__(self, tokens: Tokens) -> None:
        positions: defaultdict[str, list[int]] = defaultdict(list)
        for index, key in enumerate(tokens.keys):
            positions[key].append(index)
        self._positions = dict(positions)

    def diagonals(
        self, pattern: Sequence[str], *, spread: int, count: int
    ) -> list[tuple[float, int, int]]:
        """Up to ``count`` bands of offsets where ``pattern`` may lie, best supported first.

        An offset is a text index minus a pattern index: every pattern token found in the text
        votes for the offset that would line the two up, a rare token more than a common one.
        Votes within ``spread`` of each other are pooled, since a few inserted or deleted words
        shift the offset of everything after them. Each band is (weight, lowest, highest).
        """
        votes: defaultdict[int, float] = defaultdict(float)
        for pattern_index, key in enumerate(pattern):
            where = self._positions.get(key, ())
            if not where or len(where) > MAX_OCCURRENCES:
                continue
            weight = 1.0 / len(where)
            for text_index in where:
                votes[text_index - pattern_index] += weight
        offsets = sorted(votes)
        bands: list[tuple[float, int, int]] = []
        right, total = 0, 0.0
        for offset in offsets:  # a sliding window over the sorted offsets
            while right < len(offsets) and offsets[right] <= offset + spread:
                total += votes[offsets[right]]
                right += 1
            bands.append((total, offset, offsets[right - 1]))
            total -= votes[offset]
        bands.sort(key=lambda band: -band[0])  # stable: equal weights keep text order
        chosen: list[tuple[float, int, int]] = []
        for band in bands:
            _weight, low, high = band
            if all(high < c_low - spread or low > c_high + spread for _w, c_low, c_high in chosen):
                chosen.append(band)
                if len(chosen) == count:
                    break
        return chosen


def align(pattern: Sequence[str], text: Sequence[str], low: int, high: int) -> list[int]:
    """Line ``pattern`` up with the best-matching stretch of ``text[low:high]``.

    A semi-global edit distance over tokens (Sellers' variant of Levenshtein's): the whole
    pattern is aligned, but the stretch of text may start and end anywhere in the window for
    free. Equal tokens cost 0; a replaced, inserted or deleted token costs 1, so a changed word
    lines up with its replacement rather than being deleted and inserted. Returns, for each
    pattern token, the index in ``text`` of the token it lines up with, or -1 if it was deleted.
    """
    width = high - low
    window = text[low:high]
    previous = [0] * (width + 1)  # row 0: the stretch may begin anywhere
    rows = [previous]
    for row, key in enumerate(pattern, start=1):
        current = [row] * (width + 1)
        for column in range(1, width + 1):
            best = previous[column - 1] + (window[column - 1] != key)
            deleted = previous[column] + 1
            if deleted < best:
                best = deleted
            inserted = current[column - 1] + 1
            if inserted < best:
                best = inserted
            current[column] = best
        rows.append(current)
        previous = current
    # The stretch may end anywhere: the cheapest end, the earliest of equals.
    column = min(range(width + 1), key=lambda c: (previous[c], c))
    aligned = [-1] * len(pattern)
    row = len(pattern)
    while row > 0:
        here, key = rows[row][column], pattern[row - 1]
        if column > 0 and here == rows[row - 1][column - 1] + (window[column - 1] != key):
            aligned[row - 1] = low + column - 1
            row, column = row - 1, column - 1
        elif here == rows[row - 1][column] + 1:
            row -= 1  # the pattern token is not in the text any more
        else:
            column -= 1  # a token the text gained
    return aligned
