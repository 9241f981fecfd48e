"""F6 and Shift+F6: the keyboard goes from one study pane to the next, as in most desktop apps.

Tab walks every control of a pane (the notes' filters, the timeline's zoom buttons) before it
reaches the next one; a reader working by keyboard or with a screen reader wants to jump
straight to the article, the notes list or the timeline, wherever the focus is now.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import pairwise

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QWidget


class PaneFocus(QObject):
    """Moves the keyboard focus round the visible study panes, in reading order."""

    def __init__(
        self,
        panes: Sequence[tuple[QWidget, Callable[[], None]]],
        study_shown: Callable[[], bool],
        show_study: Callable[[], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        # Each pane with what gives it the keyboard (the reader's caret, the notes list…).
        self._panes = list(panes)
        self._study_shown = study_shown
        self._show_study = show_study

    def next_pane(self) -> None:
        self._move(+1)

    def previous_pane(self) -> None:
        self._move(-1)

    def _move(self, step: int) -> None:
        # From another page (the Library…), the keyboard comes back to the first or last pane.
        arriving = not self._study_shown()
        self._show_study()
        visible = [(pane, focus) for pane, focus in self._panes if not pane.isHidden()]
        if not visible:
            return
        here = None if arriving else self._pane_with_focus(visible)
        if here is None:
            target = 0 if step > 0 else len(visible) - 1
        else:
            target = (here + step) % len(visible)
        visible[target][1]()

    @staticmethod
    def _pane_with_focus(visible: list[tuple[QWidget, Callable[[], None]]]) -> int | None:
        focused = QApplication.focusWidget()
        for index, (pane, _focus) in enumerate(visible):
            if focused is not None and (focused is pane or pane.isAncestorOf(focused)):
                return index
        return None


def focus_widget(widget: QWidget) -> Callable[[], None]:
    """What gives ``widget`` (or its focus proxy) the keyboard, as a pane's focus step."""
    return lambda: widget.setFocus(Qt.FocusReason.ShortcutFocusReason)


def order_tabs(regions: Sequence[QWidget | None]) -> None:
    """Make Tab go through ``regions`` in this order, each with every control inside it.

    Qt's Tab order is the order widgets were made in; the window's parts are made in the order
    they depend on each other, and features add theirs (a hint's buttons, the chart's Table
    button) later still, so without this Tab jumped from the chart to the toolbar and back.
    """
    present = [region for region in regions if region is not None]
    if not present:
        return
    top = present[0].window()
    chain: list[QWidget] = []
    widget = top.nextInFocusChain()
    while widget is not None and widget is not top:
        chain.append(widget)
        widget = widget.nextInFocusChain()
    # Qt orders only widgets that take the focus: each region's own, in their present order.
    tabbing = [
        widget
        for region in present
        for widget in chain
        if (widget is region or region.isAncestorOf(widget))
        and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]
    for first, second in pairwise(tabbing):
        QWidget.setTabOrder(first, second)
