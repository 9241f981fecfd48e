"""Placing stored anchors in a changed text: exactly, moved, approximately, or not at all."""

from __future__ import annotations

import bisect
import enum
from dataclasses import dataclass

from serge_desktop.core.anchoring import (
    CONTEXT_CHARS,
    TextAnchor,
    locate_anchor,
    rank_occurrences,
)
from serge_desktop.core.token_alignment import TokenIndex, Tokens, align, tokenize

# How a candidate passage is judged. Quote similarity is the share of tokens unchanged, out of
# the quote's or the new passage's, whichever is longer: 1.0 for the same words, 0.67 for three
# words with one replaced or for two words that gained a third. Each side of context scores the
# share of its tokens found unchanged next to the passage. The score weighs the quote three
# times as much as each side of context (a side the anchor does not have, at the start or end of
# a text, is left out of the average).
QUOTE_WEIGHT = 3.0
CONTEXT_WEIGHT = 1.0
# A passage is accepted only if at least half of it survives (below that the reader's words are
# mostly gone, and a note on what is left would mislead) and its score reaches 0.6: an exact
# quote always does, and a short quote with a changed word does when its context is still there.
MIN_QUOTE_SIMILARITY = 0.5
MIN_SCORE = 0.6
# How many of the best-supported places in the text are aligned in full for one anchor.
CANDIDATES = 3


class PlacementKind(enum.Enum):
    EXACT = "exact"  # the quote is where it was
    MOVED = "moved"  # the same words elsewhere
    APPROXIMATE = "approximate"  # the passage with some words changed
    UNPLACED = "unplaced"  # not found: kept with its old offsets and quote


@dataclass(frozen=True, slots=True)
class Placement:
    """Where an anchor landed in the new text; for UNPLACED, its old offsets."""

    kind: PlacementKind
    start: int
    end: int
    score: float  # 1.0 for exact and fully-in-context matches; the best score seen if unplaced


@dataclass(frozen=True, slots=True)
class _Pattern:
    """The anchor's prefix, quote and suffix as one token sequence, and where the quote is."""

    keys: tuple[str, ...]
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    first: int  # token range of the quote within keys
    stop: int
    quote_start: int  # character range of the quote within prefix + quote + suffix
    quote_end: int

    @classmethod
    def of(cls, anchor: TextAnchor) -> _Pattern | None:
        joined = anchor.prefix + anchor.quote + anchor.suffix
        tokens = tokenize(joined)
        q0, q1 = len(anchor.prefix), len(anchor.prefix) + len(anchor.quote)
        inside = [i for i in range(len(tokens)) if tokens.ends[i] > q0 and tokens.starts[i] < q1]
        if not inside:
            return None  # a quote of whitespace has nothing to match
        first, stop = inside[0], inside[-1] + 1
        low, high = 0, len(tokens)
        # A full-length context was cut at a fixed width, perhaps mid-word: its outermost token
        # would never match the whole word in the text, so it is left out.
        if first > 0 and len(anchor.prefix) >= CONTEXT_CHARS and not anchor.prefix[0].isspace():
            low = 1
        if stop < high and len(anchor.suffix) >= CONTEXT_CHARS and not anchor.suffix[-1].isspace():
            high -= 1
        return cls(
            tokens.keys[low:high],
            tokens.starts[low:high],
            tokens.ends[low:high],
            first - low,
            stop - low,
            q0,
            q1,
        )


@dataclass(frozen=True, slots=True)
class _Candidate:
    score: float
    quote_similarity: float
    start: int
    end: int


class Reanchorer:
    """Places anchors in one new text, cutting it into tokens once for all of them."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._tokens = tokenize(text)
        self._index = TokenIndex(self._tokens)

    def place(self, anchor: TextAnchor) -> Placement:
        """Exact at the old offsets, else the best-scoring passage above the thresholds."""
        span = locate_anchor(self.text, anchor)
        if span is not None and self._context_holds(anchor, *span):
            return self._placement(anchor, *span, score=1.0)
        pattern = _Pattern.of(anchor)
        if pattern is None:
            return Placement(PlacementKind.UNPLACED, anchor.start, anchor.end, 0.0)
        best: _Candidate | None = None
        best_score = 0.0
        for low, high in self._windows(anchor, pattern):
            candidate = self._judge(pattern, low, high)
            if candidate is None:
                continue
            best_score = max(best_score, candidate.score)
            if candidate.quote_similarity < MIN_QUOTE_SIMILARITY or candidate.score < MIN_SCORE:
                continue
            # Equal scores (a repeated passage) go to the one nearest the old offset.
            if best is None or (candidate.score, -abs(candidate.start - anchor.start)) > (
                best.score,
                -abs(best.start - anchor.start),
            ):
                best = candidate
        if best is None:
            return Placement(PlacementKind.UNPLACED, anchor.start, anchor.end, best_score)
        return self._placement(anchor, best.start, best.end, score=best.score)

    def _placement(self, anchor: TextAnchor, start: int, end: int, *, score: float) -> Placement:
        if self.text[start:end] != anchor.quote:
            kind = PlacementKind.APPROXIMATE
        elif (start, end) == (anchor.start, anchor.end):
            kind = PlacementKind.EXACT
        else:
            kind = PlacementKind.MOVED
        return Placement(kind, start, end, round(score, 4))

    def _context_holds(self, anchor: TextAnchor, start: int, end: int) -> bool:
        # The whole stored context is still there; a context clipped by the edge of the old text
        # must be clipped by the edge of the new one too.
        text, prefix, suffix = self.text, anchor.prefix, anchor.suffix
        if not (text.endswith(prefix, 0, start) and text.startswith(suffix, end)):
            return False
        if len(prefix) < CONTEXT_CHARS and start != len(prefix):
            return False
        return len(suffix) >= CONTEXT_CHARS or end + len(suffix) == len(text)

    def _windows(self, anchor: TextAnchor, pattern: _Pattern) -> list[tuple[int, int]]:
        """Token ranges of the text worth aligning the pattern against, without repeats."""
        size = len(pattern.keys)
        slack = 2 + size // 5  # room for words the new text gained or lost
        bands = [
            (low, high)
            for _weight, low, high in self._index.diagonals(
                pattern.keys, spread=slack, count=CANDIDATES
            )
        ]
        # Exact occurrences of the quote are candidates too: a quote of common words alone
        # casts no votes, yet may still be there word for word.
        starts = self._tokens.starts
        for start, _end in rank_occurrences(self.text, anchor)[:CANDIDATES]:
            token = bisect.bisect_right(starts, start) - 1
            if token < 0 or self._tokens.ends[token] <= start:
                token += 1
            bands.append((token - pattern.first, token - pattern.first))
        windows: list[tuple[int, int]] = []
        for low, high in bands:
            window = (max(0, low - slack), min(len(self._tokens), high + size + slack))
            if window[0] < window[1] and window not in windows:
                windows.append(window)
        return windows

    def _judge(self, pattern: _Pattern, low: int, high: int) -> _Candidate | None:
        tokens: Tokens = self._tokens
        aligned = align(pattern.keys, tokens.keys, low, high)
        same = [
            j >= 0 and tokens.keys[j] == key for j, key in zip(aligned, pattern.keys, strict=True)
        ]
        quote = range(pattern.first, pattern.stop)
        placed = [i for i in quote if aligned[i] >= 0]
        if not placed:
            return None
        first, last = placed[0], placed[-1]
        start, end = (
            self._start(pattern, first, aligned[first], same[first]),
            self._end(pattern, last, aligned[last], same[last]),
        )
        if start >= end:
            return None
        span_tokens = aligned[last] - aligned[first] + 1
        unchanged = sum(same[i] for i in quote)
        similarity = unchanged / max(len(quote), span_tokens)
        total, weight = QUOTE_WEIGHT * similarity, QUOTE_WEIGHT
        for side in (range(pattern.first), range(pattern.stop, len(pattern.keys))):
            if side:
                total += CONTEXT_WEIGHT * sum(same[i] for i in side) / len(side)
                weight += CONTEXT_WEIGHT
        return _Candidate(total / weight, similarity, start, end)

    def _start(self, pattern: _Pattern, index: int, token: int, same: bool) -> int:
        tokens = self._tokens
        if index != pattern.first or not same:
            return tokens.starts[token]  # a changed or lost first word: the passage starts here
        # The same first word: keep the quote's own offset within it (a selection may start
        # mid-word or on a space), without reaching back into the previous token.
        start = tokens.starts[token] + pattern.quote_start - pattern.starts[index]
        floor = tokens.ends[token - 1] if token > 0 else 0
        return min(max(start, floor), tokens.ends[token] - 1)

    def _end(self, pattern: _Pattern, index: int, token: int, same: bool) -> int:
        tokens = self._tokens
        if index != pattern.stop - 1 or not same:
            return tokens.ends[token]
        end = tokens.ends[token] - (pattern.ends[index] - pattern.quote_end)
        ceiling = tokens.starts[token + 1] if token + 1 < len(tokens) else len(self.text)
        return max(min(end, ceiling), tokens.starts[token] + 1)


def place_anchor(text: str, anchor: TextAnchor) -> Placement:
    """Place one anchor; for many in the same text, use one ``Reanchorer``."""
    return Reanchorer(text).place(anchor)
