"""French typography for display: narrow no-break spaces before « » ; : ? ! and after «.

The stored text never changes, and neither do the offsets that notes anchor to. ``french_spacing``
keeps every character where it was: a space already standing before the mark becomes a narrow
no-break space (one character for one), and where there is none it names the character after
which the reader draws a narrow gap (Qt: letter spacing on that one character), so document
positions and body offsets still map one to one. ``with_inserted_spaces`` is for text that is
printed rather than anchored (an export): it inserts the spaces and says where each character
of the original went, both ways.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

NARROW_NO_BREAK_SPACE = "\u202f"
_SPACES = " \u00a0\u2009\u202f"  # what may already stand before the mark
_HIGH = ";:?!"  # the marks French sets apart from the word before them
_NO_GAP_AFTER = _HIGH + "«([{/'’\"“"  # "Quoi ?!" is one gap; "(!)" none


@dataclass(frozen=True, slots=True)
class FrenchSpacing:
    """The display text (as long as the source) and where narrow gaps are to be drawn."""

    text: str
    # Offsets of the characters after which the reader draws a narrow no-break gap.
    gaps: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class InsertedSpaces:
    """Text with the narrow spaces inserted, and the way back to the source's offsets."""

    text: str
    # Where each source character (and the end, at len(source)) now stands in ``text``.
    positions: tuple[int, ...]

    def to_display(self, offset: int) -> int:
        return self.positions[offset]

    def to_source(self, index: int) -> int:
        """The source offset of ``text[index]``; an inserted space belongs to the next one."""
        return bisect.bisect_left(self.positions, index)


def french_spacing(text: str) -> FrenchSpacing:
    """Narrow no-break spaces replacing spaces, and gaps where the source has no space."""
    characters = list(text)
    gaps: list[int] = []
    for index, char in enumerate(text):
        if char == "«" and index + 1 < len(text):
            if text[index + 1] in _SPACES:
                characters[index + 1] = NARROW_NO_BREAK_SPACE
            else:
                gaps.append(index)
        elif _wants_space_before(text, index):
            if text[index - 1] in _SPACES:
                characters[index - 1] = NARROW_NO_BREAK_SPACE
            elif text[index - 1] not in _NO_GAP_AFTER and text[index - 1] != "«":
                gaps.append(index - 1)
    return FrenchSpacing("".join(characters), tuple(sorted(set(gaps))))


def with_inserted_spaces(text: str) -> InsertedSpaces:
    """The display text with a narrow no-break space inserted at every gap."""
    spacing = french_spacing(text)
    gaps = set(spacing.gaps)
    parts: list[str] = []
    positions: list[int] = []
    length = 0
    for index, char in enumerate(spacing.text):
        positions.append(length)
        parts.append(char)
        length += 1
        if index in gaps:
            parts.append(NARROW_NO_BREAK_SPACE)
            length += 1
    positions.append(length)
    return InsertedSpaces("".join(parts), tuple(positions))


def _wants_space_before(text: str, index: int) -> bool:
    """Whether the mark at ``index`` is set apart from what precedes it."""
    char = text[index]
    if index == 0 or char not in _HIGH + "»":
        return False
    if char == "»":
        return text[index - 1] not in "\n"
    # "12:30", "http://", "?q=1", "3:1": a mark inside a word or a number is not punctuation.
    after = text[index + 1] if index + 1 < len(text) else " "
    return not (after.isalnum() or after in "/=_-") and text[index - 1] not in "\n"
