"""A scroll bar for time under a chart: where the view is in the whole span, and moving it."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtWidgets import QScrollBar, QWidget

from serge_desktop.ui.timeline.geometry.scale import Window

TIME_STEPS = 10_000  # the bar's resolution across the whole span


class ChartInTime(Protocol):
    @property
    def visible_range_changed(self) -> SignalInstance: ...
    def visible_window(self) -> Window: ...
    def whole_window(self) -> Window: ...
    def is_fit(self) -> bool: ...
    def set_visible_window(self, window: Window | None) -> None: ...


class TimeBar(QScrollBar):
    """Follows the chart's stretch of time and moves it; hidden (its room kept) at Fit all."""

    def __init__(self, chart: ChartInTime, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self._chart = chart
        self.setAccessibleName(self.tr("Move in time"))
        self.setToolTip(self.tr("Move in time (also the wheel, or drag the timeline)"))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the chart's keys do this
        # Its room is kept while it is hidden (at Fit all), so that zooming in does not make the
        # chart shorter, which would lay it out twice and move every label.
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.setSizePolicy(policy)
        self.hide()
        chart.visible_range_changed.connect(self.follow)
        self.valueChanged.connect(self._on_moved)

    def follow(self, window: Window) -> None:
        whole = self._chart.whole_window()
        page = round(TIME_STEPS * window.span / whole.span)
        self.blockSignals(True)
        self.setRange(0, max(0, TIME_STEPS - page))
        self.setPageStep(page)
        self.setSingleStep(max(1, page // 8))
        self.setValue(round(TIME_STEPS * (window.start - whole.start) / whole.span))
        self.blockSignals(False)
        self.setVisible(not self._chart.is_fit())

    def _on_moved(self, value: int) -> None:
        whole = self._chart.whole_window()
        span = self._chart.visible_window().span
        start = whole.start + value / TIME_STEPS * whole.span
        if value >= self.maximum():  # the end, whatever the rounding of the steps
            start = whole.end - span
        self._chart.set_visible_window(Window(start, start + span))
