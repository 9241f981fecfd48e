"""The chart at every size: every lane, the axis and the legend on screen; labels that cannot fit
collapse to markers and show on hover and focus; drawn whole at a pixel ratio of 2."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from serge_desktop.services.changes import Changes
from serge_desktop.services.workspace import Workspace
from serge_desktop.ui.timeline.pane import TimelinePane
from serge_desktop.ui.timeline.view import TimelineView

ROOT = Path(__file__).resolve().parents[3]


def seed_pane(qtbot: QtBot, workspace: Workspace, width: int, height: int) -> TimelinePane:
    """The bundled article's timeline (23 events) in a pane of this size, as the window has it."""
    pane = TimelinePane(service=workspace.timeline, categories=workspace.categories)
    qtbot.addWidget(pane)
    article = workspace.library.list_articles()[0]
    pane.set_article(article.id)
    pane.resize(width, height)
    pane.show()
    qtbot.waitExposed(pane)
    qtbot.waitUntil(lambda: pane.view.width() == width)
    pane.grab()
    return pane


def on_screen(pane: TimelinePane, rect: QRectF) -> bool:
    """Whether a rectangle of the chart lies wholly within what the pane shows."""
    view = pane.view
    top_left = view.mapTo(pane, rect.topLeft().toPoint())
    bottom_right = view.mapTo(pane, rect.bottomRight().toPoint())
    visible = view.visibleRegion().boundingRect()
    return (
        pane.rect().contains(top_left)
        and pane.rect().contains(bottom_right)
        and visible.contains(rect.toAlignedRect())
    )


def hover(view: TimelineView, point: QPointF) -> None:
    move = QMouseEvent(
        QMouseEvent.Type.MouseMove,
        point,
        view.mapToGlobal(point),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(view, move)


def test_the_seed_opens_with_every_label_the_axis_and_the_legend(
    qtbot: QtBot, workspace: Workspace
) -> None:
    pane = seed_pane(qtbot, workspace, 1400, 300)  # the pane at the window's first size
    view = pane.view
    events = view.events()
    assert len(events) == 23
    labels = view.event_rects()
    assert set(labels) == {e.id for e in events}
    deported = next(e for e in events if e.label == "Deported to Orenburg")
    assert on_screen(pane, labels[deported.id])
    assert all(on_screen(pane, rect) for rect in labels.values())
    layout = view.frame().layout
    assert layout.captions  # room enough for the dates too
    assert on_screen(pane, QRectF(layout.axis_x0, layout.axis_y - 1, 10, 2))
    assert all(on_screen(pane, QRectF(b.x, b.y, b.w, b.h)) for b in layout.legend)
    assert all(on_screen(pane, rect) for _, rect in view.tick_label_rects())


def test_fit_all_fits_time_and_height(qtbot: QtBot, workspace: Workspace) -> None:
    pane = seed_pane(qtbot, workspace, 1400, 250)
    view = pane.view
    view.zoom_by(3.0)
    view.pan_by(5.0)
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Home)
    assert view.is_fit()
    assert set(view.event_rects()) == {e.id for e in view.events()}
    assert all(on_screen(pane, rect) for rect in view.event_rects().values())


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen tooltips
def test_a_short_chart_shrinks_labels_then_collapses_them_to_markers(
    qtbot: QtBot, workspace: Workspace
) -> None:
    pane = seed_pane(qtbot, workspace, 1000, 190)  # a 1024×700 window
    view = pane.view
    layout = view.frame().layout
    labels = view.event_rects()
    markers = view.marker_rects()
    assert set(markers) == {e.id for e in view.events()}  # every event still has its marker
    assert not layout.captions  # the labels dropped their dates first
    assert 0 < len(labels) < len(markers)  # then the rest collapsed
    assert all(on_screen(pane, rect) for rect in labels.values())
    assert all(on_screen(pane, rect) for rect in markers.values())
    assert on_screen(pane, QRectF(layout.axis_x0, layout.axis_y - 1, 10, 2))
    assert all(on_screen(pane, QRectF(b.x, b.y, b.w, b.h)) for b in layout.legend)
    hidden = next(  # a collapsed label whose marker no other marker touches
        i
        for i, rect in markers.items()
        if i not in labels
        and not any(r.intersects(rect.adjusted(-4, -4, 4, 4)) for j, r in markers.items() if j != i)
    )
    assert view.callout_rects() == {}
    hover(view, markers[hidden].center())  # the pointer on its marker shows its label
    shown = view.callout_rects()
    assert list(shown) == [hidden] and on_screen(pane, shown[hidden])
    hover(view, QPointF(2, 2))
    assert view.callout_rects() == {}
    view.setFocus()
    view.select_by_user(hidden)  # so does focus, from the keyboard
    assert list(view.callout_rects()) == [hidden]
    QTest.keyClick(view, Qt.Key.Key_Right)
    assert hidden not in view.callout_rects()
    view.grab()


def test_a_narrow_chart_never_grows_past_its_pane(qtbot: QtBot, workspace: Workspace) -> None:
    pane = seed_pane(qtbot, workspace, 420, 260)
    view = pane.view
    assert view.height() <= pane.height()
    assert all(on_screen(pane, rect) for rect in view.event_rects().values())
    assert view.minimumSizeHint().height() <= 200  # the splitter may make it this short


SCALED_CHART = textwrap.dedent(
    """
    import json, sys
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QApplication
    from serge_desktop.ui.timeline.pane import TimelinePane
    from tests.ui.timeline.test_timeline_view import serge_life

    app = QApplication([])
    pane = TimelinePane()
    pane.view.set_events(serge_life())
    pane.resize(900, 320)
    pane.show()
    app.processEvents()
    view = pane.view
    image = view.grab().toImage()
    ratio = image.devicePixelRatio()
    layout = view.frame().layout
    base = view.palette().base().color()

    def dark_pixels(y0, y1):
        count = 0
        for y in range(round(y0 * ratio), round(y1 * ratio)):
            for x in range(0, image.width(), 2):
                if QColor(image.pixel(x, y)).lightness() < base.lightness() - 60:
                    count += 1
        return count

    legend_top = min(b.y for b in layout.legend)
    print(json.dumps({
        "ratio": ratio,
        "axis": dark_pixels(layout.axis_y - 1, layout.axis_y + 2),
        "years": dark_pixels(layout.axis_y + 8, legend_top),
        "legend": dark_pixels(legend_top, legend_top + layout.legend[0].h),
    }))
    """
)


def test_axis_years_and_legend_are_drawn_at_twice_the_pixels() -> None:
    env = {**os.environ, "QT_SCALE_FACTOR": "2", "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", SCALED_CHART],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    drawn = json.loads(done.stdout.strip().splitlines()[-1])
    assert drawn["ratio"] == 2
    assert drawn["axis"] > 500  # the axis line spans the chart
    assert drawn["years"] > 50 and drawn["legend"] > 50


def test_the_legend_follows_the_library_categories(qtbot: QtBot, workspace: Workspace) -> None:
    pane = seed_pane(qtbot, workspace, 1400, 300)
    view = pane.view
    names = [text for text, _ in view.scene.legend]
    assert names[:4] == ["Life", "Politics", "Writing", "Exile"]
    life = next(c for c in workspace.categories.list_categories() if c.name == "life")
    workspace.categories.rename_category(category_id=life.id, name="Biography")
    workspace.categories.recolor_category(category_id=life.id, color="#7a3e9d")
    pane.on_changed(Changes(categories=True))
    legend = dict(view.scene.legend)
    assert "Life" not in legend and legend["Biography"] == QColor("#7a3e9d")
    born = next(e for e in view.events() if e.label == "Born in Brussels")
    drawn = next(d for d in view.frame().drawn if d.event.id == born.id)
    assert drawn.colour.name() == "#7a3e9d"
