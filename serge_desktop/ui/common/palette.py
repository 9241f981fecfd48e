"""The window's colours: highlights, event categories, and blending for custom-drawn parts."""

from __future__ import annotations

from PySide6.QtGui import QColor, QIcon, QPixmap

# The five highlight colours (services.notes.NOTE_COLORS), chosen to stay readable under black text.
HIGHLIGHT_COLOURS = {
    "yellow": QColor(255, 214, 64),
    "green": QColor(126, 214, 140),
    "blue": QColor(128, 190, 255),
    "pink": QColor(255, 160, 205),
    "purple": QColor(196, 160, 255),
}
DEFAULT_COLOUR = "yellow"

# The timeline's event categories. Okabe–Ito colours stay distinct under the common colour-vision
# deficiencies.
CATEGORY_COLOURS = {
    "life": "#0072B2",
    "politics": "#D55E00",
    "writing": "#009E73",
    "exile": "#CC79A7",
}
OTHER_COLOUR = "#808080"


def note_colour(name: str | None) -> QColor:
    """A note's highlight colour, opaque; the default one for no colour or an unknown one."""
    return QColor(HIGHLIGHT_COLOURS.get(name or DEFAULT_COLOUR, HIGHLIGHT_COLOURS[DEFAULT_COLOUR]))


def highlight_colour(name: str | None, *, active: bool) -> QColor:
    """The note's colour, light as a highlight; stronger for the note being edited."""
    colour = note_colour(name)
    colour.setAlpha(200 if active else 115)
    return colour


def colour_swatch(name: str) -> QIcon:
    """A small square of a highlight colour, for menus."""
    pixmap = QPixmap(16, 16)
    pixmap.fill(HIGHLIGHT_COLOURS[name])
    return QIcon(pixmap)


def category_icon(category: str, size: int = 12) -> QIcon:
    """A square of the category's timeline colour."""
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(CATEGORY_COLOURS.get(category, OTHER_COLOUR)))
    return QIcon(pixmap)


def blend(a: QColor, b: QColor, t: float) -> QColor:
    """`t` of colour a over 1 - t of colour b, opaque: faint tints that still hide what is below.

    Blending the text colour into the background gives secondary text that works in light and
    dark themes alike.
    """
    return QColor.fromRgbF(
        a.redF() * t + b.redF() * (1 - t),
        a.greenF() * t + b.greenF() * (1 - t),
        a.blueF() * t + b.blueF() * (1 - t),
    )
