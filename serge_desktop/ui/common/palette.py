"""The window's colours: highlights, event categories, and blending for custom-drawn parts."""

from __future__ import annotations

from PySide6.QtGui import QColor, QIcon, QPixmap

from serge_desktop.core.contrast import contrast_ratio

# The five highlight colours (services.notes.NOTE_COLORS), chosen to stay readable under black text
# and apart from each other for readers with protanopia or deuteranopia (tests/ui/common/
# test_themes.py measures them): blue and purple differ in lightness as well as hue.
HIGHLIGHT_COLOURS = {
    "yellow": QColor(255, 214, 64),
    "green": QColor(126, 214, 140),
    "blue": QColor("#66bfff"),
    "pink": QColor(255, 160, 205),
    "purple": QColor("#d966ff"),
}
DEFAULT_COLOUR = "yellow"

OTHER_COLOUR = "#808080"  # an event whose category the library no longer has


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


def category_icon(colour: str | None, size: int = 12) -> QIcon:
    """A square of a category's colour (`CategoryView.color`, an event's `category_color`)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(colour or OTHER_COLOUR))
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


CONTRAST_MARGIN = 0.05  # over a minimum, so rounding to 8-bit channels never falls short


def towards(colour: QColor, target: QColor, background: QColor, minimum: float) -> QColor:
    """``colour`` moved towards ``target`` until it reaches ``minimum`` on ``background``.

    In twentieths; ``target`` itself if even it falls short.
    """
    for step in range(21):
        candidate = blend(target, colour, step / 20)
        if contrast_ratio(candidate.name(), background.name()) >= minimum + CONTRAST_MARGIN:
            return candidate
    return QColor(target)
