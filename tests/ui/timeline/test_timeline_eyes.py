"""Keyboard and eyes on the chart: visible focus rings, and every text and mark legible."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage, QPalette
from pytestqt.qtbot import QtBot

from serge_desktop.core.contrast import MARK_CONTRAST, TEXT_CONTRAST
from serge_desktop.services.workspace import Workspace
from serge_desktop.ui.timeline.chart_colours import ChartColours, ratio
from serge_desktop.ui.timeline.view import TimelineView
from tests.ui.timeline.test_timeline_fit import seed_pane


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Base, "#1e1e1e"),
        (QPalette.ColorRole.Window, "#2b2b2b"),
        (QPalette.ColorRole.Text, "#e8e8e8"),
        (QPalette.ColorRole.WindowText, "#e8e8e8"),
        (QPalette.ColorRole.Highlight, "#3daee9"),
        (QPalette.ColorRole.HighlightedText, "#ffffff"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


def pixel(image: QImage, view: TimelineView, x: float, y: float) -> QColor:
    scale = image.devicePixelRatio()
    return QColor(image.pixel(round(x * scale), round(y * scale)))


@pytest.mark.parametrize("dark", [False, True])
def test_every_text_and_mark_reaches_its_contrast(
    qtbot: QtBot, workspace: Workspace, dark: bool
) -> None:
    pane = seed_pane(qtbot, workspace, 1400, 300)
    view = pane.view
    if dark:
        view.setPalette(dark_palette())
    view.grab()
    colours = view.scene.colours
    drawn = {d.colour.name(): d.colour for d in view.frame().drawn}
    swatches = {c.name(): c for _, c in view.scene.legend if c is not None}
    assert drawn.keys() == swatches.keys() and len(drawn) == 4
    pairs = colours.contrast_pairs(drawn.values())
    failing = [
        (what, round(ratio(fg, bg), 2), least)
        for what, fg, bg, least in pairs
        if ratio(fg, bg) < least
    ]
    assert not failing
    assert {least for *_, least in pairs} == {colours.goal, MARK_CONTRAST}
    assert colours.goal == TEXT_CONTRAST  # Qt's light palette is no high-contrast theme
    # The palette's own highlight and the old secondary grey did not reach these.
    highlight = view.palette().color(QPalette.ColorRole.Highlight)
    on_highlight = view.palette().color(QPalette.ColorRole.HighlightedText)
    if not dark:
        assert ratio(on_highlight, highlight) < TEXT_CONTRAST
        assert ratio(colours.on_selected, colours.selected_fill) >= TEXT_CONTRAST


def test_a_faint_library_colour_is_drawn_legibly(qtbot: QtBot) -> None:
    colours = ChartColours.of(dark_palette())
    faint = colours.category("#3a3a3a")  # a dark grey on the dark chart
    assert ratio(faint, colours.base) >= MARK_CONTRAST
    assert ratio(colours.on_category(faint), faint) >= TEXT_CONTRAST


def test_focus_rings_on_the_chart_and_on_the_focused_event(
    qtbot: QtBot, workspace: Workspace
) -> None:
    pane = seed_pane(qtbot, workspace, 1400, 300)
    view = pane.view
    ring = view.scene.colours.ring
    base = view.scene.colours.base
    chosen = next(e for e in view.events() if e.label == "Goes to Paris")
    view.select_event(chosen.id)
    label = view.event_rects()[chosen.id]
    unfocused = view.grab().toImage()
    edge = (1, view.height() / 2)
    assert pixel(unfocused, view, *edge) == base
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    focused = view.grab().toImage()
    assert pixel(focused, view, *edge) == ring  # the chart's own ring, with an event selected
    around = (label.center().x(), label.top() - 2.5)  # the ring around the focused event
    assert ratio(pixel(focused, view, *around), base) >= MARK_CONTRAST
    assert ratio(pixel(unfocused, view, *around), base) < MARK_CONTRAST
