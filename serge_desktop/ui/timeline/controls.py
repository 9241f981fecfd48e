"""The row above the timeline: zoom buttons, the dates in view in words, and Chart/Table toggles."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QSize, Qt, SignalInstance
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QWidget,
)
from typing_extensions import override

from serge_desktop.ui.timeline.captions import range_words
from serge_desktop.ui.timeline.geometry.scale import MIN_SPAN, Window, date_of

LAST_MOMENT = 1e-9  # a window ends just after its last day: say the day before the end


class ZoomableChart(Protocol):
    """What the controls drive: an article's chart (TimelineView) or a series' (SeriesChart)."""

    @property
    def visible_range_changed(self) -> SignalInstance: ...
    @property
    def selection_changed(self) -> SignalInstance: ...
    def zoom_in(self) -> None: ...
    def zoom_out(self) -> None: ...
    def fit_all(self) -> None: ...
    def zoom_to_selection(self) -> None: ...
    def visible_window(self) -> Window: ...
    def is_fit(self) -> bool: ...
    def selected_event_id(self) -> int | None: ...
    def has_events(self) -> bool: ...


class TimelineControls(QWidget):
    """Buttons for the view's zoom actions, its visible range, and the views to switch between.

    The actions' shortcuts work while the chart has focus (the view takes those keys itself);
    the same actions go in the window's Timeline menu.
    """

    def __init__(self, view: ZoomableChart, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._view = view
        self._chart_shown = True
        self._title: QLabel | None = None
        self.setAccessibleName(self.tr("Timeline controls"))
        self.zoom_in = self._action(self.tr("Zoom &In Timeline"), self.tr("+"), view.zoom_in)
        self.zoom_in.setShortcuts([QKeySequence("+"), QKeySequence("=")])
        self.zoom_out = self._action(self.tr("Zoom &Out Timeline"), self.tr("−"), view.zoom_out)
        self.zoom_out.setShortcuts([QKeySequence("-")])
        self.fit_all = self._action(self.tr("&Fit All"), self.tr("Fit all"), view.fit_all)
        self.fit_all.setShortcut(QKeySequence("Home"))
        self.zoom_to_selection = self._action(
            self.tr("Zoom to &Selection"), self.tr("Zoom to selection"), view.zoom_to_selection
        )
        self.zoom_to_selection.setShortcut(QKeySequence("Z"))
        for action, tip in (
            (self.zoom_in, self.tr("Zoom in (+ or Ctrl+= on the timeline; Ctrl+wheel)")),
            (self.zoom_out, self.tr("Zoom out (− or Ctrl+− on the timeline; Ctrl+wheel)")),
            (self.fit_all, self.tr("Show the whole timeline (Home)")),
            (self.zoom_to_selection, self.tr("Make the selected event fill the view (Z)")),
        ):
            action.setToolTip(tip)
            action.setStatusTip(tip)
        self._row = layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 2)
        layout.setSpacing(4)
        self.buttons: list[QToolButton] = []
        for action in (self.zoom_out, self.zoom_in, self.fit_all, self.zoom_to_selection):
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setAccessibleName(action.text().replace("&", ""))
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.setAutoRaise(True)
            layout.addWidget(button)
            self.buttons.append(button)
        self.range_label = QLabel(self)
        self.range_label.setObjectName("timelineRange")
        self.range_label.setAccessibleName(self.tr("Dates in view"))
        self.range_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.range_label.setContentsMargins(8, 0, 8, 0)
        layout.addWidget(self.range_label)
        layout.addStretch(1)
        self._toggles = QButtonGroup(self)
        self._toggles.setExclusive(True)
        self._toggle_row = QHBoxLayout()
        self._toggle_row.setSpacing(0)
        layout.addLayout(self._toggle_row)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        view.visible_range_changed.connect(self._update)
        view.selection_changed.connect(self.refresh)
        self._update(view.visible_window())

    def _action(self, text: str, short: str, slot: object) -> QAction:
        action = QAction(text, self)
        action.setIconText(short)  # what the button says; the menu says `text`
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        return action

    def actions_for_menu(self) -> list[QAction]:
        return [self.zoom_in, self.zoom_out, self.fit_all, self.zoom_to_selection]

    def add_toggle(self, label: str) -> QToolButton:
        """A checkable button that shows one of the pane's views; the caller connects it."""
        button = QToolButton(self)
        button.setText(label)
        button.setAccessibleName(self.tr("Show the timeline as %1").replace("%1", label))
        button.setToolTip(button.accessibleName())
        button.setCheckable(True)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._toggles.addButton(button)
        self._toggle_row.addWidget(button)
        return button

    def set_title(self, title: QLabel) -> None:
        """Head the row with the pane's title, so the title takes no row of its own.

        A row too narrow for it (a window at 200 %) leaves it out rather than make the window
        wider than the screen; the pane's accessible name still says what the pane is.
        """
        self._title = title
        title.setProperty("inRow", True)  # the style sheet sets it level with the buttons' words
        self._row.insertWidget(0, title)
        self._fit_title()

    @override
    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        if self._title is not None and not self._title.isHidden():
            # The title leaves a row too narrow for it: the row asks no width for it.
            hint.setWidth(
                hint.width() - self._title.minimumSizeHint().width() - self._row.spacing()
            )
        return hint

    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_title()

    def _fit_title(self) -> None:
        if self._title is not None:
            room = self.width() - self.minimumSizeHint().width() - self._row.spacing()
            self._title.setVisible(room >= self._title.sizeHint().width())

    def refresh(self) -> None:
        self._update(self._view.visible_window())

    def set_chart_shown(self, shown: bool) -> None:
        self._chart_shown = shown
        self.refresh()

    def _update(self, window: Window) -> None:
        view = self._view
        chart = self._chart_shown
        has_events = view.has_events()
        self.zoom_in.setEnabled(chart and has_events and window.span > MIN_SPAN * 1.001)
        self.zoom_out.setEnabled(chart and has_events and not view.is_fit())
        self.fit_all.setEnabled(chart and has_events and not view.is_fit())
        self.zoom_to_selection.setEnabled(chart and view.selected_event_id() is not None)
        start, end = window.start, window.end
        if window.span >= 2:  # in years, a year counts when more than half of it shows
            start, end = round(start), round(end)
        words = range_words(date_of(start), date_of(end - LAST_MOMENT))
        self.range_label.setText(words if has_events else "")
        self.range_label.setToolTip(self.tr("Dates in view: %1").replace("%1", words))
