"""Colour contrast as WCAG 2 measures it, for the colours a reader picks for the timeline.

WCAG's non-text contrast (1.4.11) asks 3:1 for marks and icons against what is behind them,
and 4.5:1 for text (1.4.3). The timeline draws each category's marks in its colour on the
chart's light background, so a category colour must reach 3:1 against it.
"""

from __future__ import annotations

import re

TIMELINE_BACKGROUND = "#ffffff"  # the chart's background in the light theme, where marks are drawn
MARK_CONTRAST = 3.0  # WCAG 1.4.11, non-text contrast
TEXT_CONTRAST = 4.5  # WCAG 1.4.3, normal text
AAA_TEXT_CONTRAST = 7.0  # WCAG 1.4.6, enhanced contrast: what a high-contrast theme keeps
# A theme whose text reaches this against its page (white on black, black on white) is a
# high-contrast one: every text derived from it (secondary text, text on highlights) keeps 7:1.
HIGH_CONTRAST_PAGE = 18.0
HIGH_CONTRAST_WINDOW = 19.5  # and its window's text this against the window
_HEX = re.compile(r"^#(?P<rgb>[0-9a-fA-F]{6})$")


class ColourFormatError(ValueError):
    """Not a colour written as #rrggbb."""


def normal_colour(colour: str) -> str:
    """``colour`` as stored: "#rrggbb" in lower case; ColourFormatError for anything else."""
    match = _HEX.match(colour.strip())
    if match is None:
        raise ColourFormatError(f"{colour!r} is not a colour written as #rrggbb")
    return f"#{match['rgb'].lower()}"


def relative_luminance(colour: str) -> float:
    """WCAG's relative luminance of an sRGB colour: 0 for black, 1 for white."""
    rgb = normal_colour(colour)[1:]
    channels = [int(rgb[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(first: str, second: str) -> float:
    """From 1 (the same) to 21 (black on white), whichever of the two is lighter."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def text_contrast_goal(
    text: str, base: str, window_text: str | None = None, window: str | None = None
) -> float:
    """The least contrast derived text must keep on a page of ``text`` on ``base``.

    4.5:1 (AA) in an ordinary theme; 7:1 (AAA) where the page itself is high contrast (and the
    window around it, when given: an ordinary light theme's black on white page sits in a grey
    window), so a reader who chose high contrast never meets a grey caption that gives it up.
    """
    high = contrast_ratio(text, base) >= HIGH_CONTRAST_PAGE
    if window_text is not None and window is not None:
        high = high and contrast_ratio(window_text, window) >= HIGH_CONTRAST_WINDOW
    return AAA_TEXT_CONTRAST if high else TEXT_CONTRAST


def legible_colour(colour: str, background: str = TIMELINE_BACKGROUND) -> str:
    """The nearest colour of the same hue whose marks reach 3:1 on ``background``.

    ``colour`` is darkened (or, on a dark background, lightened) in small steps until it does.
    """
    start = normal_colour(colour)
    towards = 0 if relative_luminance(background) > 0.5 else 255
    channels = [int(start[i : i + 2], 16) for i in (1, 3, 5)]
    for step in range(101):
        share = step / 100
        mixed = [round(c + (towards - c) * share) for c in channels]
        candidate = "#" + "".join(f"{c:02x}" for c in mixed)
        if contrast_ratio(candidate, background) >= MARK_CONTRAST:
            return candidate
    return "#000000" if towards == 0 else "#ffffff"
