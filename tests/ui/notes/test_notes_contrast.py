"""The notes pane reads in every theme and on the desktop's own palette: a selected note's quote
and the quiet hints keep 4.5:1 (7:1 in high contrast), measured on the colours really used."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from serge_desktop.core.contrast import contrast_ratio, text_contrast_goal
from serge_desktop.services.policy import THEMES
from serge_desktop.ui.common.item_painting import item_colours
from serge_desktop.ui.common.theme_choice import apply_theme
from serge_desktop.ui.shell.main_window import MainWindow
from tests.ui.note_helpers import note_on

ROLE = QPalette.ColorRole


@pytest.fixture(autouse=True)
def back_to_the_system(qapp: QApplication) -> Iterator[None]:
    yield
    apply_theme(qapp, "system")


def row_option(window: MainWindow, row: int, *, selected: bool) -> QStyleOptionViewItem:
    """The style option the notes list paints ``row`` with."""
    view = window.notes.list
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    option.rect = view.visualRect(view.model().index(row, 0))
    if selected:
        option.state |= QStyle.StateFlag.State_Selected
    return option


@pytest.mark.parametrize("theme", sorted(THEMES))
def test_a_selected_notes_quote_and_the_hints_read(
    window: MainWindow, qtbot: QtBot, qapp: QApplication, theme: str
) -> None:
    apply_theme(qapp, theme)
    note_on(window, "he reached Petrograd", body="Civil war and famine")
    note_on(window, "born in Brussels", body="1890")
    view = window.notes.list
    view.selectionModel().setCurrentIndex(
        view.model().index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
    )
    palette = view.palette()
    goal = text_contrast_goal(
        *(palette.color(r).name() for r in (ROLE.Text, ROLE.Base, ROLE.WindowText, ROLE.Window))
    )
    short = []
    for row, selected in ((0, True), (1, False)):
        colours = item_colours(row_option(window, row, selected=selected))
        background = colours.panel or palette.color(ROLE.Highlight if selected else ROLE.Base)
        for what, colour in (("text", colours.text), ("quote", colours.muted)):
            ratio = contrast_ratio(colour.name(), background.name())
            if ratio < goal:
                short.append(f"{'selected' if selected else 'plain'} {what}: {ratio:.2f}")
    # The selected row is painted on the very panel measured.
    rect = view.visualRect(view.model().index(0, 0))
    image = view.viewport().grab().toImage()
    painted = image.pixelColor(rect.right() - 2, rect.bottom() - 2).name()
    panel = item_colours(row_option(window, 0, selected=True)).panel
    assert panel is not None and painted == panel.name()
    hint = window.notes.empty_hint
    hint.ensurePolished()
    ink = hint.palette().color(hint.foregroundRole()).name()
    ratio = contrast_ratio(ink, hint.palette().color(ROLE.Window).name())
    if ratio < goal:
        short.append(f"hint: {ratio:.2f}")
    assert not short, short
