"""Study statistics: painted charts with data, said in words, legible in light and dark."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage, QPalette
from pytestqt.qtbot import QtBot

from serge_desktop.core.cards_scheduling import Grade
from serge_desktop.core.contrast import contrast_ratio
from serge_desktop.services.changes import Changes
from serge_desktop.ui.features.study.chart_colours import StudyChartColours
from serge_desktop.ui.features.study.statistics_dialog import StatisticsDialog
from serge_desktop.ui.shell.main_window import MainWindow
from tests.ui.features.study.conftest import study
from tests.ui.timeline.test_timeline_eyes import dark_palette


def grade_some(window: MainWindow, grades: list[Grade]) -> None:
    service = window.workspace.study
    for grade in grades:
        card = service.next_card()
        assert card is not None
        service.grade(card_id=card.card_id, grade=grade)


def test_the_charts_paint_the_reviews_and_the_days_ahead(window: MainWindow, qtbot: QtBot) -> None:
    grade_some(window, [Grade.GOOD, Grade.AGAIN, Grade.EASY, Grade.EASY])
    feature = study(window)
    feature.statistics_action.trigger()
    dialog = feature.statistics
    assert isinstance(dialog, StatisticsDialog)
    qtbot.waitExposed(dialog)
    image = dialog.reviews.grab().toImage()
    forecast = dialog.forecast.grab().toImage()
    assert dialog.reviews.painted == 1  # today's bar
    assert dialog.forecast.painted >= 1  # the cards graded come back in the next days
    assert dialog.reviews.bars[-1].value == 4 and dialog.reviews.bars[-1].part == 1
    assert dialog.reviews.accessibleDescription() == (
        "4 reviews in the last 30 days; 1 review graded Again"
    )
    assert dialog.forecast.accessibleDescription().startswith("4 cards due in the next 30 days")
    colours = StudyChartColours.of(dialog.reviews.palette())
    assert colours.bar.rgb() in painted_colours(image)
    assert colours.again.rgb() in painted_colours(image)
    assert colours.bar.rgb() in painted_colours(forecast)
    assert "No card in review was graded" in dialog.retention_text.text()
    # A grade given while it is open is counted at once.
    grade_some(window, [Grade.GOOD])
    window.bus.announce(Changes(cards=True))
    assert dialog.reviews.bars[-1].value == 5


def painted_colours(image: QImage) -> set[int]:
    return {
        image.pixel(x, y) for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)
    }


@pytest.mark.parametrize("dark", [False, True])
def test_every_colour_of_the_charts_is_legible(dark: bool) -> None:
    palette = dark_palette() if dark else QPalette()
    if not dark:
        palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
        palette.setColor(QPalette.ColorRole.Text, QColor("#000000"))
    for name, colour, background, needed in StudyChartColours.of(palette).contrast_pairs():
        assert contrast_ratio(colour.name(), background.name()) >= needed, name
