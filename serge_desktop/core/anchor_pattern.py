"""An anchor as the reanchorer matches it: its prefix, quote and suffix as one run of tokens."""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from serge_desktop.core.anchoring import CONTEXT_CHARS, TextAnchor
from serge_desktop.core.token_alignment import Tokens, tokenize


@dataclass(frozen=True, slots=True)
class AnchorPattern:
    """The anchor's tokens (keys and offsets), and which of them are the quote's.

    Offsets count from wherever the caller's text starts: only their differences are used.
    """

    keys: tuple[str, ...]
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    first: int  # token range of the quote within keys
    stop: int
    quote_start: int  # character range of the quote, in the same offsets as starts and ends
    quote_end: int

    @classmethod
    def of(cls, anchor: TextAnchor) -> AnchorPattern | None:
        """The pattern cut from the anchor's own words; None for a quote of whitespace."""
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
        if first > 0 and _cut(anchor.prefix, 0):
            low = 1
        if stop < high and _cut(anchor.suffix, -1):
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

    @classmethod
    def within(cls, anchor: TextAnchor, text: Tokens) -> tuple[AnchorPattern, int] | None:
        """The same pattern as ``of``, taken from the tokens of the text the anchor was made in.

        Cutting the text into tokens once serves every anchor of it (no tokenizing per anchor).
        The anchor's prefix, quote and suffix must stand at its offsets in that text. Returns
        the pattern (in the text's offsets) and the index of its first token in ``text``; None
        where ``of`` must decide (a quote of whitespace, or one inside a word that runs past
        its context).
        """
        base = anchor.start - len(anchor.prefix)
        end = anchor.end + len(anchor.suffix)
        starts, ends = text.starts, text.ends
        # The tokens wholly inside prefix + quote + suffix: tokenizing that string alone gives
        # these, and at each edge perhaps a piece of a word cut off, which ``of`` then drops.
        low, high = bisect.bisect_left(starts, base), bisect.bisect_right(ends, end)
        first = bisect.bisect_right(ends, anchor.start)
        stop = bisect.bisect_left(starts, anchor.end)
        if not low <= first < stop <= high:
            return None  # whitespace, or a quote inside a word longer than its context
        cut_left = low > 0 and ends[low - 1] > base  # a word running into the prefix's start
        cut_right = high < len(ends) and starts[high] < end
        if first > low and not cut_left and _cut(anchor.prefix, 0):
            low += 1
        if stop < high and not cut_right and _cut(anchor.suffix, -1):
            high -= 1
        pattern = cls(
            text.keys[low:high],
            starts[low:high],
            ends[low:high],
            first - low,
            stop - low,
            anchor.start,
            anchor.end,
        )
        return pattern, low


def _cut(context: str, edge: int) -> bool:
    """Whether a context was cut at full width with a token at its outer ``edge``."""
    return len(context) >= CONTEXT_CHARS and not context[edge].isspace()
