"""The theme in force: the reader's choice, kept per data folder, and putting it on the application.

The choice is the key ``preferences/theme`` of the data folder's ``preferences.ini``, beside the
reader's other preferences (the interface language among them); absent means "follow the
system". An administrator may lock it (``locked_settings: {"theme": "high_contrast"}``), and the
lock wins over what is stored. A theme applies at once: the application's palette changes, every
widget gets a ``PaletteChange`` and works out its colours again, and the style sheet is set anew
so its ``palette(...)`` colours follow.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from serge_desktop.services.policy import THEME, THEMES, Policy
from serge_desktop.ui.common.app_style import app_style_name, set_app_style
from serge_desktop.ui.common.item_painting import theme_goal
from serge_desktop.ui.common.palette import blend, towards
from serge_desktop.ui.common.resources import resource_dir
from serge_desktop.ui.common.themes import SYSTEM_THEME, THEME_COLOURS, theme_palette

THEME_KEY = "preferences/theme"
PREFERENCES_FILENAME = "preferences.ini"  # the reader's preferences (ui.reader.settings)
THEMED_STYLE = "fusion"  # a style that draws with the palette it is given, on every desktop
_SYSTEM_STYLE = "_serge_system_style"  # app property: the desktop's style, before any theme
_CURRENT = "_serge_theme"  # app property: the theme applied last

# What a high-contrast theme adds to the style sheet: edges drawn in the text's colour, so fields,
# lists, check boxes and tooltips stand out from a window as black as they are (the style's own
# frames are a shade of the window's colour, which on black is black).
HIGH_CONTRAST_SHEET = """
QLineEdit, QTextEdit, QPlainTextEdit, QAbstractItemView, QComboBox {
    border: 1px solid palette(window-text);
}
QCheckBox::indicator {
    width: 12px; height: 12px; border: 1px solid palette(window-text);
}
QCheckBox::indicator:checked { background: palette(highlight); }
QToolTip { border: 1px solid palette(window-text); }
QMenu { border: 1px solid palette(window-text); }
QMenu::separator { height: 1px; background: palette(window-text); margin: 3px 6px; }
"""


def chosen_theme(data_dir: Path | None, policy: Policy) -> str:
    """The administrator's theme if locked, else the reader's, else "system"."""
    if policy.is_locked(THEME):
        locked = policy.locked_value(THEME, SYSTEM_THEME)
        return locked if isinstance(locked, str) and locked in THEMES else SYSTEM_THEME
    if data_dir is None:
        return SYSTEM_THEME
    stored = _settings(data_dir).value(THEME_KEY, SYSTEM_THEME)
    return stored if isinstance(stored, str) and stored in THEMES else SYSTEM_THEME


def set_chosen_theme(data_dir: Path, policy: Policy, theme: str) -> None:
    """Keep the reader's choice; nothing changes while the administrator locks the theme."""
    if theme not in THEMES:
        raise ValueError(f"not a theme: {theme!r}")
    if policy.is_locked(THEME):
        return
    settings = _settings(data_dir)
    settings.setValue(THEME_KEY, theme)
    settings.sync()


def applied_theme(app: QApplication) -> str:
    """The theme on the application now ("system" until one is applied)."""
    current = app.property(_CURRENT)
    return current if isinstance(current, str) else SYSTEM_THEME


def apply_theme(app: QApplication, theme: str) -> None:
    """Put ``theme`` on the whole application, live; "system" gives back the desktop's look."""
    if theme not in THEMES:
        raise ValueError(f"not a theme: {theme!r}")
    if theme == applied_theme(app):
        return
    if app.property(_SYSTEM_STYLE) is None:
        app.setProperty(_SYSTEM_STYLE, app_style_name(app))
    colours = THEME_COLOURS.get(theme)
    style = THEMED_STYLE if colours is not None else str(app.property(_SYSTEM_STYLE))
    if app_style_name(app).lower() != style.lower():
        set_app_style(app, style)  # the style, its tabs' accents kept (ui.common.app_style)
    # An empty palette gives the application back the desktop's, which it then follows.
    app.setPalette(QPalette() if colours is None else theme_palette(colours))
    app.setProperty(_CURRENT, theme)
    app.setStyleSheet(style_sheet(theme))


def style_sheet(theme: str, palette: QPalette | None = None) -> str:
    """The application's style sheet for ``theme`` on ``palette`` (the application's)."""
    path = resource_dir("styles") / "app.qss"
    sheet = path.read_text(encoding="utf-8") if path.is_file() else ""
    sheet += legible_hints(palette if palette is not None else QApplication.palette())
    return sheet + HIGH_CONTRAST_SHEET if theme == "high_contrast" else sheet


def legible_hints(palette: QPalette) -> str:
    """A rule that keeps the quiet hint labels at 4.5:1 (7:1 in high contrast) on the window.

    The themes' placeholder colour reads already; a desktop's may not (Qt's own is the text at
    half strength: 3.9:1 on its grey window), and then the hints are drawn darker.
    """
    role = QPalette.ColorRole
    window = palette.color(role.Window)
    placeholder = palette.color(role.PlaceholderText)
    seen = blend(placeholder, window, placeholder.alphaF())  # as drawn on the window
    legible = towards(seen, palette.color(role.WindowText), window, theme_goal(palette))
    if legible.name() == seen.name() and placeholder.alpha() == 255:
        return ""  # the style sheet's palette(placeholder-text) follows the palette live
    return f"QLabel#hint {{ color: {legible.name()}; }}\n"


def _settings(data_dir: Path) -> QSettings:
    return QSettings(str(data_dir / PREFERENCES_FILENAME), QSettings.Format.IniFormat)
