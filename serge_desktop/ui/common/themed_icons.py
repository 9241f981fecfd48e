"""The toolbar's and menus' icons in the theme's ink, so an enabled icon never looks disabled.

Our icons are drawn with one dark ink (``ICON_INK``), which all but vanishes on a dark toolbar.
Each is recoloured for the palette: its ink becomes the window's text colour (3:1 or more from the
window, WCAG 1.4.11), its white paper the page's colour, and its disabled form the palette's
disabled text. An action given its icon by name (``set_themed_icon``) is recoloured by
``refresh_themed_icons`` when the theme changes.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from PySide6.QtGui import QAction, QIcon, QPalette, QPixmap

from serge_desktop.core.contrast import legible_colour
from serge_desktop.ui.common.resources import resource_dir

ICON_INK = "#3b3f45"  # the stroke every icon in resources/icons is drawn with
ICON_PAPER = "#fff"  # the white inside some (the search lens)
ICON_SIZES = (16, 24, 32, 48)
_ICON_PROPERTY = "themedIcon"  # the icon's name on an action, so a new theme can redraw it


def icon_inks(palette: QPalette) -> tuple[str, str, str]:
    """(ink, disabled ink, paper) for ``palette``: the window's text at 3:1 or more."""
    window = palette.color(QPalette.ColorRole.Window).name()
    ink = legible_colour(palette.color(QPalette.ColorRole.WindowText).name(), window)
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText).name()
    return ink, disabled, palette.color(QPalette.ColorRole.Base).name()


def themed_icon(name: str, palette: QPalette) -> QIcon:
    """The icon ``name`` (resources/icons/<name>.svg) drawn in the palette's inks."""
    ink, disabled, paper = icon_inks(palette)
    return _icon(name, ink, disabled, paper)


def set_themed_icon(action: QAction, name: str, palette: QPalette) -> None:
    action.setProperty(_ICON_PROPERTY, name)
    action.setIcon(themed_icon(name, palette))


def refresh_themed_icons(actions: Iterable[QAction], palette: QPalette) -> int:
    """Redraw the icon of every action given one by name; how many were redrawn."""
    count = 0
    for action in actions:
        name = action.property(_ICON_PROPERTY)
        if isinstance(name, str) and name:
            action.setIcon(themed_icon(name, palette))
            count += 1
    return count


@cache
def _icon(name: str, ink: str, disabled: str, paper: str) -> QIcon:
    svg = (resource_dir("icons") / f"{name}.svg").read_text(encoding="utf-8")
    icon = QIcon()
    for mode, colour in ((QIcon.Mode.Normal, ink), (QIcon.Mode.Disabled, disabled)):
        drawn = svg.replace(ICON_INK, colour).replace(f'fill="{ICON_PAPER}"', f'fill="{paper}"')
        for size in ICON_SIZES:
            sized = drawn.replace('width="24" height="24"', f'width="{size}" height="{size}"', 1)
            pixmap = QPixmap()
            pixmap.loadFromData(sized.encode("utf-8"), "SVG")
            icon.addPixmap(pixmap, mode)
    return icon
