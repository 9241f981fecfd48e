"""How strongly a highlight colour is drawn on a given background, under text and beside it.

A highlight lies under text, so its fill must leave the text at 4.5:1 (WCAG 1.4.3); the bar
beside it in the margin is a mark, so it must stand 3:1 from the background (WCAG 1.4.11).
Both are worked out from the palette, so they hold in a light and in a dark theme alike.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QColor

from serge_desktop.core.contrast import TEXT_CONTRAST, contrast_ratio, legible_colour
from serge_desktop.ui.common.palette import blend, note_colour

# How much of the colour covers the background: a highlight, one lying on another, the note
# being edited. Lowered where the text on it would fall below 4.5:1.
PLAIN_SHARE = 0.45
NESTED_SHARE = 0.6
ACTIVE_SHARE = 0.8


def highlight_fill(name: str | None, share: float, text: QColor, base: QColor) -> QColor:
    """The opaque fill of a highlight on ``base``, weak enough for ``text`` to stay at 4.5:1."""
    return QColor(_fill(note_colour(name).name(), share, text.name(), base.name()))


def margin_mark_colour(name: str | None, base: QColor) -> QColor:
    """The colour of a note's bar in the margin: its hue, at 3:1 from ``base``."""
    return QColor(_mark(note_colour(name).darker(125).name(), base.name()))


@cache
def _mark(colour: str, base: str) -> str:
    return legible_colour(colour, base)


@cache
def _fill(colour: str, share: float, text: str, base: str) -> str:
    # Step the share down until the text reads at 4.5:1 on the blend (a dark theme needs it).
    step = share
    while step > 0:
        fill = blend(QColor(colour), QColor(base), step).name()
        if contrast_ratio(text, fill) >= TEXT_CONTRAST:
            return fill
        step = round(step - 0.05, 2)
    return base
