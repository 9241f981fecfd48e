"""Moving on the series chart: along a band, to the band above or below, and the wheel.

The keys are an article chart's (TimelineNavigation), with Up and Down going to the nearest event
in time in the band above or below; the wheel scrolls the bands, Shift+wheel moves in time and
Ctrl+wheel zooms.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QWheelEvent
from typing_extensions import override

from serge_desktop.ui.timeline.navigation import TimelineNavigation
from serge_desktop.ui.timeline.series.series_scene import SeriesScene

if TYPE_CHECKING:
    from serge_desktop.ui.timeline.series.series_chart import SeriesChart

NOTCH = 120
SCROLL_STEP = 60  # pixels of bands per wheel notch


class SeriesNavigation(TimelineNavigation):
    """An article chart's navigation, with Up and Down between bands and a wheel that scrolls."""

    def __init__(self, chart: SeriesChart) -> None:
        super().__init__(chart)
        self._chart = chart

    @override
    def key(self, e: QKeyEvent) -> bool:
        key, mods = e.key(), e.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not mods:
            self._chart.step_band(1 if key == Qt.Key.Key_Down else -1)
            return True
        return super().key(e)

    @override
    def wheel(self, e: QWheelEvent) -> None:
        mods = e.modifiers()
        if mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier):
            super().wheel(e)  # Ctrl zooms; Shift moves in time
            return
        angle, pixels = e.angleDelta(), e.pixelDelta()
        if angle.x() and not angle.y():  # a sideways wheel or swipe moves in time
            super().wheel(e)
            return
        step = pixels.y() if not pixels.isNull() else angle.y() / NOTCH * SCROLL_STEP
        self._chart.set_scroll(self._chart.scroll_position() - round(step))
        e.accept()


def _order(scene: SeriesScene, band: int) -> list[int]:
    return scene.bands[band].order if 0 <= band < len(scene.bands) else []


def along_band(scene: SeriesScene, selected: int, step: int) -> int | None:
    """The event `step` places on from `selected` in time, in its band (kept at the ends)."""
    band = scene.band_of(selected)
    order = _order(scene, band) if band is not None else []
    if selected not in order:
        return None
    return order[min(max(order.index(selected) + step, 0), len(order) - 1)]


def across_bands(scene: SeriesScene, selected: int | None, step: int, moment: float) -> int | None:
    """The event nearest in time to `selected` (or to `moment`) in the next band with events.

    `step` is +1 for the band below, -1 for the one above; from no selection, the first band
    with events from the top (or the bottom).
    """
    scene.metrics()
    bands = len(scene.bands)
    current = scene.band_of(selected) if selected is not None else None
    anchor = scene.anchor(selected) if selected is not None else None
    target = anchor if anchor is not None else moment
    band = (-1 if step > 0 else bands) if current is None else current
    while 0 <= band + step < bands:
        band += step
        order = _order(scene, band)
        if order:
            return min(order, key=lambda key: abs((scene.anchor(key) or 0.0) - target))
    return None


def band_edge(scene: SeriesScene, selected: int | None, last: bool) -> int | None:
    """The first (or last) event of the selected event's band, or of the first band with any."""
    scene.metrics()
    band = scene.band_of(selected) if selected is not None else None
    for index in [band] if band is not None else range(len(scene.bands)):
        order = _order(scene, index)
        if order:
            return order[-1] if last else order[0]
    return None
