"""The Series Timeline page in the window: opened by menu, key or named action, driven by hand."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from serge_desktop.services.changes import Changes
from serge_desktop.services.scope import Scope
from serge_desktop.services.workspace import Workspace
from serge_desktop.ui.features.series_timeline import PAGE_ID, SeriesTimelineFeature
from serge_desktop.ui.shell.main_window import MainWindow
from serge_desktop.ui.timeline.series.chart_data import SHARED, SeriesItem
from serge_desktop.ui.timeline.series.series_page import SeriesPage
from serge_desktop.ui.timeline.series.series_painting import claim_spans, conflict_extents
from serge_desktop.ui.window.context import PageId
from tests.ui.timeline.series.conftest import PART_1, PART_2, PART_3, article_id, series_scope


def feature_of(window: MainWindow) -> SeriesTimelineFeature:
    return next(f for f in window.features if isinstance(f, SeriesTimelineFeature))


def opened(qtbot: QtBot, window: MainWindow, *, by_key: bool = False) -> SeriesPage:
    """The page on the series of part 2, opened by Ctrl+T or from the Timeline menu."""
    window.open_article(PART_2)
    if by_key:
        window.activateWindow()
        window.setFocus()
        QTest.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    else:
        window.actions.get("timeline.series").trigger()
    page = feature_of(window).page
    qtbot.waitUntil(lambda: window.central.current_page() == PAGE_ID)
    return page


def item_named(page: SeriesPage, label: str) -> SeriesItem:
    return next(i for i in page.chart.data().items.values() if i.event.label == label)


def test_ctrl_t_shows_the_series_of_the_article_open(
    qtbot: QtBot, window: MainWindow, workspace: Workspace
) -> None:
    page = opened(qtbot, window, by_key=True)
    assert page.scope() == series_scope(workspace)
    assert page.scope_box.currentText() == "The socialists who opposed Stalin"
    bands = page.chart.band_rects()
    ids = [article_id(workspace, slug) for slug in (PART_1, PART_2, PART_3)]
    assert list(bands) == [SHARED, *ids]  # the shared band above the parts, in order
    tops = [rect.top() for rect in bands.values()]
    assert tops == sorted(tops)
    action = window.actions.get("timeline.series")
    assert action.shortcut().toString() == "Ctrl+T"
    assert action in window.actions.menu("timeline").actions()
    assert page.chart.hasFocus()


def test_another_feature_opens_a_scope_through_the_named_action(
    qtbot: QtBot, window: MainWindow
) -> None:
    action = window.actions.find("timeline.series")
    assert action is not None
    action.setData(Scope.library())
    action.trigger()
    page = feature_of(window).page
    assert page.scope() == Scope.library()
    assert page.scope_box.currentText() == "Whole library"
    assert window.central.current_page() == PAGE_ID
    assert action.data() is None  # asked for once: the menu opens on the article's series


@pytest.mark.qt_log_ignore("This plugin does not support grabbing")  # offscreen popup menus
def test_an_event_two_articles_tell_offers_both_passages(
    qtbot: QtBot, window: MainWindow, workspace: Workspace
) -> None:
    page = opened(qtbot, window)
    born = item_named(page, "Born in Brussels")
    rect = page.chart.label_rects()[born.key]
    assert sum(1 for key in page.chart.label_rects() if key == born.key) == 1
    QTest.mouseClick(page.chart, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert page.chart.selected_event_id() == born.key
    details = page.details.toPlainText()
    assert "born in Brussels in 1890, the son of Russian exiles" in details
    assert "Victor Serge was born in Brussels in 1890." in details
    assert "Part 1 · A young anarchist between Brussels and Paris" in details
    assert "Part 2 · He found the seeds of hope in Russia" in details
    QTest.mouseDClick(page.chart, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    menu = next(m for m in page.findChildren(QMenu) if m.isVisible())
    texts = [a.text() for a in menu.actions()]
    assert len(texts) == 2 and texts[0].startswith("Part 1") and texts[1].startswith("Part 2")
    menu.actions()[1].trigger()
    assert window.central.current_page() == "study"
    current = window.current_article()
    assert current is not None and current.slug == PART_2
    assert window.timeline.selected_event_id() == born.claims[1].event.id
    assert window.reader.flash.is_running()
    window.show_page(PAGE_ID)
    page.details.anchorClicked.emit(QUrl(f"claim:{born.claims[0].event.id}"))
    current = window.current_article()
    assert current is not None and current.slug == PART_1
    assert window.timeline.selected_event_id() == born.claims[0].event.id


def conflict_pixels(image: QImage, colour: QColor, left: int, top: int, right: int) -> int:
    """Pixels along a label's top edge of the conflict colour's hue (antialiasing pales it)."""

    def near(pixel: QColor) -> bool:
        return (
            pixel.saturation() > 80
            and abs(pixel.hslHue() - colour.hslHue()) < 12
            and pixel.lightness() < 200
        )

    return sum(
        1
        for x in range(left, right)
        for y in range(top - 1, top + 4)
        if near(QColor(image.pixel(x, y)))
    )


def test_conflicting_dates_are_seen_at_a_glance_with_both_claims(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = opened(qtbot, window)
    chart = page.chart
    assert page.tabs.tabText(1) == "&Conflicts (2)"
    paris = item_named(page, "Moves to Paris")
    petrograd = item_named(page, "Reaches Petrograd")
    assert paris.conflict and petrograd.conflict
    # The label is framed in the conflict colour; an agreeing event's label is not.
    image = chart.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    ratio = image.devicePixelRatio()
    colour = chart.scene.look.colours.conflict

    def framed(item: SeriesItem) -> int:
        rect = chart.label_rects()[item.key]
        return conflict_pixels(
            image, colour, round(rect.left() * ratio) + 6, round(rect.top() * ratio),
            round(rect.right() * ratio) - 6,
        )  # fmt: skip

    assert framed(paris) > 20 and framed(item_named(page, "Born in Brussels")) == 0
    # Both claims, their dates in words and EDTF, and their evidence, in the details.
    page.tabs.setCurrentIndex(1)
    page.conflicts.setFocus()
    row = next(
        r
        for r in range(page.conflicts.count())
        if "Moves to Paris" in page.conflicts.item(r).text()
    )
    page.conflicts.setCurrentRow(row)
    assert chart.selected_event_id() == paris.key
    details = page.details.toPlainText()
    assert "The articles date this event differently." in details
    assert "Date: 1909 · EDTF 1909 · the article says “In 1909”" in details
    assert "Date: 1908 · EDTF 1908 · the article says “In 1908”" in details
    assert "In 1909 he moved to Paris" in details and "In 1908 he went to Paris" in details
    label = chart.label_rects()[paris.key]
    caption = chart.scene.bands[0].captions[paris.key]
    assert caption == "1909 / 1908"
    assert "dates disagree" in chart.accessibleName() and "Moves to Paris" in chart.accessibleName()
    QTest.mouseMove(chart, label.center().toPoint())
    assert chart.item_at(label.center()) == paris.key
    assert "Feb 1919" in chart.scene.bands[0].captions[petrograd.key]


def test_the_keyboard_moves_along_a_band_and_between_bands(
    qtbot: QtBot, window: MainWindow, workspace: Workspace
) -> None:
    page = opened(qtbot, window)
    chart = page.chart
    chart.setFocus()
    QTest.keyClick(chart, Qt.Key.Key_Right)  # from nothing: the first event of the first band
    first = chart.selected_event_id()
    assert first is not None and chart.scene.band_of(first) == 0
    QTest.keyClick(chart, Qt.Key.Key_Right)
    second = chart.selected_event_id()
    assert second is not None and second != first and chart.scene.band_of(second) == 0
    QTest.keyClick(chart, Qt.Key.Key_Down)  # the nearest event in time in part 1's band
    below = chart.selected_event_id()
    assert below is not None and chart.scene.band_of(below) == 1
    item = chart.data().items[below]
    assert len(item.claims) == 1 and item.claims[0].article_id == article_id(workspace, PART_1)
    name = chart.accessibleName()
    assert item.event.label in name and "Part 1 · A young anarchist" in name
    QTest.keyClick(chart, Qt.Key.Key_Return)  # one telling: its passage opens at once
    current = window.current_article()
    assert current is not None and current.slug == PART_1
    assert window.timeline.selected_event_id() == below


def test_hidden_bands_are_remembered_for_the_series(
    qtbot: QtBot, window: MainWindow, workspace: Workspace
) -> None:
    page = opened(qtbot, window)
    part_3 = article_id(workspace, PART_3)
    row = next(
        r
        for r in range(page.bands.list.count())
        if page.bands.list.item(r).text().startswith("Part 3")
    )
    page.bands.list.item(row).setCheckState(Qt.CheckState.Unchecked)
    assert part_3 not in page.chart.band_rects()
    assert page.bands.show_all.isEnabled()
    window.close()
    again = MainWindow(workspace)
    qtbot.addWidget(again)
    again.resize(1400, 900)
    again.open_initial_article(PART_2)
    again.show()
    page = opened(qtbot, again)
    assert part_3 not in page.chart.band_rects()
    assert page.bands.hidden() == frozenset({part_3})
    QTest.mouseClick(page.bands.show_all, Qt.MouseButton.LeftButton)
    assert part_3 in page.chart.band_rects()


def test_the_series_timeline_is_saved_as_png_and_svg(
    qtbot: QtBot, window: MainWindow, tmp_path: object
) -> None:
    from pathlib import Path

    folder = Path(str(tmp_path))
    page = opened(qtbot, window)
    feature = feature_of(window)
    assert page.export_button.defaultAction() is feature.export_image
    assert feature.export_to(folder / "series.png", None)
    image = QImage(str(folder / "series.png"))
    assert image.width() == 3200 and image.height() > 600  # 1,600 pixels at twice the pixels
    assert feature.export_to(folder / "series.svg", None)
    svg = (folder / "series.svg").read_text(encoding="utf-8")
    for words in ("Moves to Paris", "1909 / 1908", "Part 3 · Exile, Marseille and Mexico"):
        assert words in svg
    assert "<title>The socialists who opposed Stalin</title>" in svg


def test_a_change_to_the_events_is_shown(
    qtbot: QtBot, window: MainWindow, workspace: Workspace
) -> None:
    page = opened(qtbot, window)
    before = page.summary.text()
    paris = item_named(page, "Moves to Paris")
    command_target = paris.claims[0].event.id
    from serge_desktop.services.changes import Changes

    workspace.timeline.delete_event(event_id=command_target)
    window.bus.announce(Changes(events=True))
    assert page.summary.text() != before
    assert "Dates disagree: 1" in page.summary.text()
    assert not any(
        i.event.label == "Moves to Paris" and i.conflict for i in page.chart.data().items.values()
    )
    assert QApplication.instance() is not None
    assert page.chart.item_at(QPointF(-5, -5)) is None


def test_each_conflict_draws_its_tellings_extents_once(qtbot: QtBot, window: MainWindow) -> None:
    page = opened(qtbot, window)
    chart = page.chart
    paris = item_named(page, "Moves to Paris")
    shared = next(i for i, b in enumerate(chart.data().bands) if b.key == SHARED)
    on_screen = chart.frame().band_on_screen(shared)
    assert on_screen is not None
    band_frame = on_screen[1]
    # Two conflicts of two tellings each: four extents, one row per telling.
    extents = band_frame.conflict_extents
    assert len(extents) == 4
    strip = band_frame.layout.strip
    paris_rows = conflict_extents(strip, [claim_spans(paris)])
    assert len({round(r.top()) for r in paris_rows}) == 2
    assert paris_rows[0].center().x() > paris_rows[1].center().x()  # 1909 right of 1908
    # The same extents again (hundreds of conflicts on a few pixels) are not listed twice.
    assert conflict_extents(strip, [claim_spans(paris)] * 2) == paris_rows


def test_opening_the_page_again_keeps_the_chart_as_laid_out(
    qtbot: QtBot, window: MainWindow, workspace: Workspace
) -> None:
    page = opened(qtbot, window)
    data, bands = page.chart.data(), page.chart.scene.bands
    window.show_page(PageId.STUDY)
    window.actions.get("timeline.series").trigger()
    qtbot.waitUntil(lambda: window.central.current_page() == PAGE_ID)
    # Nothing changed: the chart is not built and measured again (200 bands take a while).
    assert page.chart.data() is data and page.chart.scene.bands is bands
    paris = item_named(page, "Moves to Paris")
    workspace.timeline.delete_event(event_id=paris.claims[0].event.id)
    window.bus.announce(Changes(events=True))
    assert page.chart.data() is not data
