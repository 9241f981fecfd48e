"""How strongly a highlight colour is drawn on a given background, under text and beside it.

A highlight lies under text, so its fill must leave the text at 4.5:1 (WCAG 1.4.3); the bar
beside it in the margin is a mark, so it must stand 3:1 from the background (WCAG 1.4.11).
Both are worked out from the palette, so they hold in a light and in a dark theme alike.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from PySide6.QtGui import QColor, QPalette

from serge_desktop.core.contrast import (
    TEXT_CONTRAST,
    contrast_ratio,
    legible_colour,
    relative_luminance,
    text_contrast_goal,
)
from serge_desktop.ui.common.palette import blend, note_colour

# How much of the colour covers the background: a highlight, one lying on another, the note
# being edited. Lowered where the text on it would fall below 4.5:1.
PLAIN_SHARE = 0.45
NESTED_SHARE = 0.6
ACTIVE_SHARE = 0.8


def highlight_fill(
    name: str | None, share: float, foregrounds: Sequence[QColor], base: QColor
) -> QColor:
    """The opaque fill of a highlight on ``base``, weak enough for every foreground to read.

    Where the strongest share would be too deep (light text on a dark page), every share is
    scaled down alike, so a highlight, one on another and the note being edited stay distinct.
    """
    colour = note_colour(name)
    names = tuple(sorted(c.name() for c in foregrounds))
    deepest = _deepest_share(colour.name(), ACTIVE_SHARE, names, base.name())
    return tint_under_text(colour, share * deepest / ACTIVE_SHARE, foregrounds, base)


def tint_under_text(
    colour: QColor, share: float, foregrounds: Sequence[QColor], base: QColor
) -> QColor:
    """``share`` of ``colour`` over ``base``, opaque, lowered until text reads on it at 4.5:1.

    ``foregrounds`` are the text colours that may lie on the tint (the body's, a quotation's):
    a dark theme's light text needs a fainter tint than the same colour on white.
    """
    names = tuple(sorted(c.name() for c in foregrounds))
    return QColor(_tint(colour.name(), round(share, 3), names, base.name()))


def margin_mark_colour(name: str | None, base: QColor) -> QColor:
    """The colour of a note's bar in the margin: its hue, at 3:1 from ``base``."""
    return QColor(_mark(note_colour(name).darker(125).name(), base.name()))


@cache
def _mark(colour: str, base: str) -> str:
    return legible_colour(colour, base)


@cache
def _tint(colour: str, share: float, foregrounds: tuple[str, ...], base: str) -> str:
    step = _deepest_share(colour, share, foregrounds, base)
    return blend(QColor(colour), QColor(base), step).name()


@cache
def _deepest_share(colour: str, share: float, foregrounds: tuple[str, ...], base: str) -> float:
    """The largest share up to ``share`` at which every foreground reads at 4.5:1 (or 7:1)."""
    # 7:1 where the page is high contrast (its body text, the first, on it), else 4.5:1.
    goal = max(text_contrast_goal(text, base) for text in foregrounds) if foregrounds else 0.0
    step = share
    while step > 0:
        tint = blend(QColor(colour), QColor(base), step).name()
        if all(contrast_ratio(text, tint) >= goal for text in foregrounds):
            return step
        step = round(step - 0.02, 3)
    return 0.0


def readable_selection(palette: QPalette) -> QPalette:
    """``palette`` with its selection colour deepened (or lightened) for 4.5:1 selected text."""
    readable = QPalette(palette)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        selection = palette.color(group, QPalette.ColorRole.Highlight).name()
        text = palette.color(group, QPalette.ColorRole.HighlightedText).name()
        readable.setColor(group, QPalette.ColorRole.Highlight, QColor(_behind(selection, text)))
    return readable


@cache
def _behind(colour: str, text: str) -> str:
    # Towards black under light text, towards white under dark text, until it reads.
    towards = QColor("#000000" if relative_luminance(text) > 0.5 else "#ffffff")
    for step in range(101):
        candidate = blend(towards, QColor(colour), step / 100).name()
        if contrast_ratio(text, candidate) >= TEXT_CONTRAST:
            return candidate
    return towards.name()
