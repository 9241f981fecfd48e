"""Placing stored anchors in a changed text: exactly, moved, approximately, or not at all."""

from __future__ import annotations

import bisect
import enum
from dataclasses import dataclass

from serge_desktop.core.anchor_pattern import AnchorPattern
from serge_desktop.core.anchoring import CONTEXT_CHARS, TextAnchor, locate_anchor, rank_occurrences
from serge_desktop.core.token_alignment import TokenIndex, Tokens, align, tokenize
from serge_desktop.core.token_diff import TokenDiff

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
# Where the diff of the old and new texts takes a passage is taken as its place without a
# search when it scores this much: most of its words and context are still there, in order.
# A search could only find the same words elsewhere, which a diff of a revision rules out.
TRUSTED_SCORE = 0.8


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
class _Candidate:
    score: float
    quote_similarity: float
    start: int
    end: int


class Reanchorer:
    """Places anchors in one new text, cutting it into tokens once for all of them.

    Given the ``previous`` text as well (the revision the anchors were made in), an anchor of
    that text follows its words through one diff of the two texts: where they went is where it
    goes, scored as any candidate is. Only an anchor the diff cannot place above the thresholds
    (its passage moved far, or was rewritten) is searched for in the whole new text.
    """

    def __init__(self, text: str, *, previous: str | None = None) -> None:
        self.text = text
        self._tokens = tokenize(text)
        self._index = TokenIndex(self._tokens)
        self._previous = previous
        self._diff: TokenDiff | None = None  # made on first use: most anchors stay put

    def place(self, anchor: TextAnchor) -> Placement:
        """Exact at the old offsets, else the best-scoring passage above the thresholds.

        In order: the quote and its context still at the old offsets; the anchor's words all
        where the diff took them; the quote with its whole context elsewhere; the diff's place
        if it scores above the thresholds; the best place a search of the new text finds.
        """
        start, end = anchor.start, anchor.end
        if (
            anchor.quote
            and self.text[start:end] == anchor.quote
            and self._context_holds(anchor, start, end)
        ):
            return self._placement(anchor, start, end, score=1.0)
        pattern, followed = self._follow(anchor)
        if followed is not None and followed.score == 1.0:
            return self._placement(anchor, followed.start, followed.end, score=1.0)
        span = locate_anchor(self.text, anchor)
        if span is not None and self._context_holds(anchor, *span):
            return self._placement(anchor, *span, score=1.0)
        if pattern is None:
            return Placement(PlacementKind.UNPLACED, anchor.start, anchor.end, 0.0)
        if followed is not None and followed.score >= TRUSTED_SCORE and _acceptable(followed):
            return self._placement(anchor, followed.start, followed.end, score=followed.score)
        # Where the diff found little of the passage, a search of the whole text may do better;
        # the diff's place stays in the running.
        best = followed if followed is not None and _acceptable(followed) else None
        best_score = followed.score if followed is not None else 0.0
        for low, high in self._windows(anchor, pattern):
            candidate = self._judge(pattern, low, high)
            if candidate is None:
                continue
            best_score = max(best_score, candidate.score)
            if not _acceptable(candidate):
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

    def _windows(self, anchor: TextAnchor, pattern: AnchorPattern) -> list[tuple[int, int]]:
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

    def _follow(self, anchor: TextAnchor) -> tuple[AnchorPattern | None, _Candidate | None]:
        """The anchor's pattern, and the candidate where the diff of the texts takes it.

        No candidate when there is no previous text, or the anchor was not made in it (an
        older revision's, another library's): its quote and context must be there, in place.
        """
        previous = self._previous
        base = anchor.start - len(anchor.prefix)
        if (
            previous is None
            or base < 0
            or not previous.startswith(anchor.prefix + anchor.quote + anchor.suffix, base)
        ):
            return AnchorPattern.of(anchor), None
        if self._diff is None:
            self._diff = TokenDiff(tokenize(previous), self._tokens)
        found = AnchorPattern.within(anchor, self._diff.old)
        if found is None:
            return AnchorPattern.of(anchor), None
        pattern, low = found
        return pattern, self._score(pattern, self._diff.target[low : low + len(pattern.keys)])

    def _judge(self, pattern: AnchorPattern, low: int, high: int) -> _Candidate | None:
        return self._score(pattern, align(pattern.keys, self._tokens.keys, low, high))

    def _score(self, pattern: AnchorPattern, aligned: list[int]) -> _Candidate | None:
        """The candidate an alignment of the pattern gives (-1: a token with no partner)."""
        tokens: Tokens = self._tokens
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

    def _start(self, pattern: AnchorPattern, index: int, token: int, same: bool) -> int:
        tokens = self._tokens
        if index != pattern.first or not same:
            return tokens.starts[token]  # a changed or lost first word: the passage starts here
        # The same first word: keep the quote's own offset within it (a selection may start
        # mid-word or on a space), without reaching back into the previous token.
        start = tokens.starts[token] + pattern.quote_start - pattern.starts[index]
        floor = tokens.ends[token - 1] if token > 0 else 0
        return min(max(start, floor), tokens.ends[token] - 1)

    def _end(self, pattern: AnchorPattern, index: int, token: int, same: bool) -> int:
        tokens = self._tokens
        if index != pattern.stop - 1 or not same:
            return tokens.ends[token]
        end = tokens.ends[token] - (pattern.ends[index] - pattern.quote_end)
        ceiling = tokens.starts[token + 1] if token + 1 < len(tokens) else len(self.text)
        return max(min(end, ceiling), tokens.starts[token] + 1)


def _acceptable(candidate: _Candidate) -> bool:
    return candidate.quote_similarity >= MIN_QUOTE_SIMILARITY and candidate.score >= MIN_SCORE


def place_anchor(text: str, anchor: TextAnchor) -> Placement:
    """Place one anchor; for many in the same text, use one ``Reanchorer``."""
    return Reanchorer(text).place(anchor)
