"""Text anchors in the W3C style: a quote, its surrounding context and its last known offsets."""

from __future__ import annotations

from dataclasses import dataclass

# Enough context to tell repeated phrases apart, short enough to survive nearby edits.
CONTEXT_CHARS = 32


@dataclass(frozen=True, slots=True)
class TextAnchor:
    """A passage of a text: the quoted words, up to CONTEXT_CHARS either side, and where it was."""

    quote: str
    prefix: str
    suffix: str
    start: int
    end: int


def make_anchor(text: str, start: int, end: int) -> TextAnchor:
    """Anchor ``text[start:end]``; raise ValueError for an empty or out-of-range span."""
    if not 0 <= start < end <= len(text):
        raise ValueError(
            f"span {start}..{end} is empty or outside a text of {len(text)} characters"
        )
    return TextAnchor(
        quote=text[start:end],
        prefix=text[max(0, start - CONTEXT_CHARS) : start],
        suffix=text[end : end + CONTEXT_CHARS],
        start=start,
        end=end,
    )


def find_sentence(text: str, sentence: str) -> tuple[int, int] | None:
    """Offsets of the first exact occurrence of ``sentence`` in ``text``, or None."""
    if not sentence:
        return None  # an empty string "occurs" everywhere, which would anchor nothing
    start = text.find(sentence)
    return None if start < 0 else (start, start + len(sentence))


def locate_anchor(text: str, anchor: TextAnchor) -> tuple[int, int] | None:
    """Find the anchored passage in ``text``, which may have changed since the anchor was made.

    The stored offsets win when they still hold the quote. Otherwise the best of
    ``rank_occurrences`` wins. None if the quote is gone (approximate matching of an edited
    quote is ``core.reanchoring``'s job).
    """
    if not anchor.quote:
        return None
    if anchor.start >= 0 and text[anchor.start : anchor.end] == anchor.quote:
        return (anchor.start, anchor.end)
    ranked = rank_occurrences(text, anchor)
    return ranked[0] if ranked else None


def rank_occurrences(text: str, anchor: TextAnchor) -> list[tuple[int, int]]:
    """Every exact occurrence of the quote in ``text``, the likeliest first.

    Each is scored by how many characters of its stored prefix and suffix still surround it;
    ties go to the occurrence nearest the old offset, then to the earlier one.
    """
    quote = anchor.quote
    if not quote:
        return []
    scored: list[tuple[int, int, int]] = []
    found = text.find(quote)
    while found >= 0:
        end = found + len(quote)
        # Slices bounded by the context lengths keep each comparison short on long texts.
        before = text[max(0, found - len(anchor.prefix)) : found]
        after = text[end : end + len(anchor.suffix)]
        score = _common_suffix_len(before, anchor.prefix) + _common_prefix_len(after, anchor.suffix)
        scored.append((-score, abs(found - anchor.start), found))
        found = text.find(quote, found + 1)  # step by one so overlapping repeats count too
    scored.sort()  # the found offset last in the key: equal scores keep the earlier match
    return [(found, found + len(quote)) for _score, _distance, found in scored]


def _common_prefix_len(text: str, wanted: str) -> int:
    # How many leading characters of ``wanted`` the text still starts with.
    count = 0
    for have, want in zip(text, wanted, strict=False):
        if have != want:
            break
        count += 1
    return count


def _common_suffix_len(text: str, wanted: str) -> int:
    # How many trailing characters of ``wanted`` the text still ends with, read backwards.
    count = 0
    for have, want in zip(reversed(text), reversed(wanted), strict=False):
        if have != want:
            break
        count += 1
    return count
