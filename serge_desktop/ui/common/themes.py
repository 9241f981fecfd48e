"""The window's themes: light, sepia, dark and high contrast, as palettes every view draws from.

Each theme is a handful of colours chosen for reading (``ThemeColours``); ``theme_palette``
turns them into a ``QPalette``. The reader, the notes list, the timeline and the highlights
derive their own colours from the palette (``ReaderColours``, ``ChartColours``,
``highlight_colours``), so a theme is only this. "system" has no colours of its own: it is the
desktop's palette. ``contrast_pairs`` lists every text and mark on its background with the
least contrast it must keep, for the test that measures them all.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette

from serge_desktop.core.contrast import MARK_CONTRAST, text_contrast_goal

SYSTEM_THEME = "system"  # the desktop's own palette; the default (services.policy.THEMES)

# Greyed-out text is exempt from WCAG's 4.5:1 (1.4.3 "inactive user interface components"), but
# it must still be read to know what is unavailable.
DISABLED_CONTRAST = 3.0


@dataclass(frozen=True, slots=True)
class ThemeColours:
    """A theme's colours, each "#rrggbb"."""

    window: str  # the window's chrome: menus, toolbars, pane titles
    window_text: str
    base: str  # where text is read and written: the reader, lists, fields, the chart
    alternate_base: str
    text: str
    button: str
    button_text: str
    highlight: str  # the selection
    highlighted_text: str
    link: str
    link_visited: str
    placeholder: str  # hints in empty fields and quiet labels
    disabled_text: str
    tooltip_base: str
    tooltip_text: str
    frame: str  # borders of fields, buttons and panes


THEME_COLOURS: dict[str, ThemeColours] = {
    "light": ThemeColours(
        window="#f2f2f2",
        window_text="#1f1f1f",
        base="#ffffff",
        alternate_base="#f6f6f6",
        text="#1f1f1f",
        button="#e9e9e9",
        button_text="#1f1f1f",
        highlight="#2a62b8",
        highlighted_text="#ffffff",
        link="#1a56a8",
        link_visited="#6a3d9a",
        placeholder="#5c5c5c",
        disabled_text="#8a8a8a",
        tooltip_base="#fffbe6",
        tooltip_text="#1f1f1f",
        frame="#858585",
    ),
    "sepia": ThemeColours(
        window="#ece2cc",
        window_text="#3a2e1f",
        base="#f8f1e1",
        alternate_base="#f2e9d5",
        text="#3a2e1f",
        button="#e3d7bd",
        button_text="#3a2e1f",
        highlight="#8a4b14",
        highlighted_text="#fffaf0",
        link="#7a3a0c",
        link_visited="#6b3470",
        placeholder="#66553f",
        disabled_text="#857559",
        tooltip_base="#fbf6ea",
        tooltip_text="#3a2e1f",
        frame="#85734f",
    ),
    "dark": ThemeColours(
        window="#232427",
        window_text="#e6e4e0",
        base="#18191b",
        alternate_base="#1f2023",
        text="#e6e4e0",
        button="#2f3135",
        button_text="#e6e4e0",
        highlight="#8ab4f8",
        highlighted_text="#111418",
        link="#8ab4f8",
        link_visited="#c9a0f5",
        placeholder="#a3a19c",
        disabled_text="#7a7975",
        tooltip_base="#2f3135",
        tooltip_text="#e6e4e0",
        frame="#74767b",
    ),
    "high_contrast": ThemeColours(
        window="#000000",
        window_text="#ffffff",
        base="#000000",
        alternate_base="#000000",
        text="#ffffff",
        button="#000000",
        button_text="#ffffff",
        highlight="#ffff00",
        highlighted_text="#000000",
        link="#80d8ff",
        link_visited="#ffa8ff",
        placeholder="#e0e0e0",
        disabled_text="#a8a8a8",
        tooltip_base="#000000",
        tooltip_text="#ffffff",
        frame="#ffffff",
    ),
}


def theme_palette(colours: ThemeColours) -> QPalette:
    """The palette of a theme, the same whether the window is active or not."""
    role = QPalette.ColorRole
    roles = {
        role.Window: colours.window,
        role.WindowText: colours.window_text,
        role.Base: colours.base,
        role.AlternateBase: colours.alternate_base,
        role.Text: colours.text,
        role.Button: colours.button,
        role.ButtonText: colours.button_text,
        role.BrightText: colours.highlighted_text,
        role.Highlight: colours.highlight,
        role.HighlightedText: colours.highlighted_text,
        role.Link: colours.link,
        role.LinkVisited: colours.link_visited,
        role.PlaceholderText: colours.placeholder,
        role.ToolTipBase: colours.tooltip_base,
        role.ToolTipText: colours.tooltip_text,
        # Fusion draws bevels and frames from these: the frame colour keeps edges visible.
        role.Light: colours.base,
        role.Midlight: colours.alternate_base,
        role.Mid: colours.frame,
        role.Dark: colours.frame,
        role.Shadow: colours.frame,
        role.Accent: colours.highlight,
    }
    palette = QPalette()
    for colour_role, colour in roles.items():
        palette.setColor(colour_role, QColor(colour))
    disabled = QPalette.ColorGroup.Disabled
    for colour_role in (role.WindowText, role.Text, role.ButtonText, role.PlaceholderText):
        palette.setColor(disabled, colour_role, QColor(colours.disabled_text))
    palette.setColor(disabled, role.Highlight, QColor(colours.frame))
    return palette


def contrast_pairs(colours: ThemeColours) -> list[tuple[str, str, str, float]]:
    """(what, colour, background, least ratio) for everything a theme itself puts on screen."""
    text = text_contrast_goal(colours.text, colours.base)
    return [
        ("text", colours.text, colours.base, text),
        ("text on alternate rows", colours.text, colours.alternate_base, text),
        ("window text", colours.window_text, colours.window, text),
        ("button text", colours.button_text, colours.button, text),
        ("selected text", colours.highlighted_text, colours.highlight, text),
        ("link", colours.link, colours.base, text),
        ("visited link", colours.link_visited, colours.base, text),
        ("placeholder on a field", colours.placeholder, colours.base, text),
        ("quiet label on the window", colours.placeholder, colours.window, text),
        ("tooltip", colours.tooltip_text, colours.tooltip_base, text),
        ("disabled text", colours.disabled_text, colours.window, DISABLED_CONTRAST),
        ("disabled text in a field", colours.disabled_text, colours.base, DISABLED_CONTRAST),
        ("frames on the window", colours.frame, colours.window, MARK_CONTRAST),
        ("frames on a field", colours.frame, colours.base, MARK_CONTRAST),
        ("selection on the page", colours.highlight, colours.base, MARK_CONTRAST),
    ]
