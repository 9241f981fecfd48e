"""Every theme reads: each text on its background at 4.5:1 (7:1 in high contrast), marks at 3:1.

Measured on the colours the views really derive from each theme's palette: the window's own
(``contrast_pairs``), the reader's text roles, the highlights under text and their bars in the
margin, the selection, the focus ring, the timeline chart's every pair, the toolbar's icons. The
highlight colours must also stay apart for readers with protanopia or deuteranopia.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette

from serge_desktop.core.colour_vision import closest_pair, distance
from serge_desktop.core.contrast import (
    AAA_TEXT_CONTRAST,
    MARK_CONTRAST,
    TEXT_CONTRAST,
    contrast_ratio,
    text_contrast_goal,
)
from serge_desktop.services.category_rows import NEW_COLOURS
from serge_desktop.services.policy import THEMES
from serge_desktop.ui.common.focus_ring import focus_ring_colour
from serge_desktop.ui.common.highlight_colours import (
    ACTIVE_SHARE,
    NESTED_SHARE,
    PLAIN_SHARE,
    highlight_fill,
    margin_mark_colour,
    readable_selection,
)
from serge_desktop.ui.common.palette import HIGHLIGHT_COLOURS
from serge_desktop.ui.common.themed_icons import icon_inks
from serge_desktop.ui.common.themes import THEME_COLOURS, contrast_pairs, theme_palette
from serge_desktop.ui.reader.typesetting import ReaderColours
from serge_desktop.ui.timeline.chart_colours import ChartColours

# ΔE (CIE76) the highlights keep between any two colours, for every reader: the bars in the
# margin, drawn at full strength, at a glance; the pale fills under text at least noticeably.
MARK_DISTANCE = 7.0
FILL_DISTANCE = 2.3
DEFICIENCIES = ("normal", "protanopia", "deuteranopia")


def palette_of(theme: str) -> QPalette:
    return theme_palette(THEME_COLOURS[theme])


def goal_of(theme: str) -> float:
    return AAA_TEXT_CONTRAST if theme == "high_contrast" else TEXT_CONTRAST


def test_every_theme_but_the_system_has_colours() -> None:
    assert set(THEME_COLOURS) == set(THEMES) - {"system"}
    for theme, colours in THEME_COLOURS.items():
        assert text_contrast_goal(colours.text, colours.base) == goal_of(theme), theme


@pytest.mark.parametrize("theme", sorted(THEME_COLOURS))
def test_the_window_colours_of_a_theme_read(theme: str) -> None:
    pairs = contrast_pairs(THEME_COLOURS[theme])
    assert len(pairs) >= 15
    short = [
        f"{what}: {contrast_ratio(fg, bg):.2f} < {least}"
        for what, fg, bg, least in pairs
        if contrast_ratio(fg, bg) < least
    ]
    assert not short, short
    texts = [least for _what, _fg, _bg, least in pairs if least >= TEXT_CONTRAST]
    assert min(texts) == goal_of(theme)


@pytest.mark.parametrize("theme", sorted(THEME_COLOURS))
def test_the_reader_and_its_highlights_read_in_every_theme(qapp: object, theme: str) -> None:
    palette = palette_of(theme)
    colours = ReaderColours.from_palette(palette)
    goal = goal_of(theme)
    base = colours.base.name()
    for role in (colours.text, colours.muted, colours.accent):
        assert contrast_ratio(role.name(), base) >= goal, (role.name(), base)
    assert contrast_ratio(colours.rule.name(), base) >= MARK_CONTRAST
    for name in HIGHLIGHT_COLOURS:
        for share in (PLAIN_SHARE, NESTED_SHARE, ACTIVE_SHARE):
            fill = highlight_fill(name, share, colours.foregrounds, colours.base).name()
            for text in colours.foregrounds:
                assert contrast_ratio(text.name(), fill) >= goal, (name, share, text.name(), fill)
        assert contrast_ratio(margin_mark_colour(name, colours.base).name(), base) >= MARK_CONTRAST
    readable = readable_selection(palette)
    selected = readable.color(QPalette.ColorRole.HighlightedText).name()
    assert contrast_ratio(selected, readable.color(QPalette.ColorRole.Highlight).name()) >= goal
    assert contrast_ratio(focus_ring_colour(palette).name(), base) >= MARK_CONTRAST


@pytest.mark.parametrize("theme", sorted(THEME_COLOURS))
def test_the_timeline_chart_reads_in_every_theme(qapp: object, theme: str) -> None:
    chart = ChartColours.of(palette_of(theme))
    assert chart.goal == goal_of(theme)
    categories = [chart.category(colour) for colour in NEW_COLOURS]
    short = [
        f"{what}: {contrast_ratio(fg.name(), bg.name()):.2f} < {least}"
        for what, fg, bg, least in chart.contrast_pairs(categories)
        if contrast_ratio(fg.name(), bg.name()) < least
    ]
    assert not short, short


@pytest.mark.parametrize("theme", sorted(THEME_COLOURS))
def test_icons_are_drawn_in_an_ink_that_stands_out(qapp: object, theme: str) -> None:
    palette = palette_of(theme)
    ink, disabled, _paper = icon_inks(palette)
    window = palette.color(QPalette.ColorRole.Window).name()
    assert contrast_ratio(ink, window) >= MARK_CONTRAST
    # Enabled and disabled icons must not be confused: the enabled ink stands further out.
    assert contrast_ratio(ink, window) > contrast_ratio(disabled, window)


@pytest.mark.parametrize("theme", sorted(THEME_COLOURS))
@pytest.mark.parametrize("deficiency", DEFICIENCIES)
def test_highlight_colours_stay_apart_for_colour_blind_readers(
    qapp: object, theme: str, deficiency: str
) -> None:
    colours = ReaderColours.from_palette(palette_of(theme))
    marks = [margin_mark_colour(name, colours.base).name() for name in HIGHLIGHT_COLOURS]
    fills = [
        highlight_fill(name, PLAIN_SHARE, colours.foregrounds, colours.base).name()
        for name in HIGHLIGHT_COLOURS
    ]
    assert closest_pair(marks, deficiency)[0] >= MARK_DISTANCE, closest_pair(marks, deficiency)
    assert closest_pair(fills, deficiency)[0] >= FILL_DISTANCE, closest_pair(fills, deficiency)


def test_the_simulation_sees_what_a_red_green_deficiency_hides() -> None:
    red, green = "#d62728", "#2ca02c"
    assert distance(red, green) > 60
    # Red and green collapse towards one another; blue and yellow stay apart.
    assert distance(red, green, "deuteranopia") < distance(red, green) / 2
    assert distance(red, green, "protanopia") < distance(red, green) / 2
    assert distance("#1f77b4", "#ffdd00", "deuteranopia") > 60
    assert QColor(red).isValid()
