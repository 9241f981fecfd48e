"""A visible focus ring around the control that has the keyboard (a reader, a list, a button).

A text view under the keyboard shows no more than a thin caret; the ring says at a glance
which pane Page Down or the arrows will move. It is four thin strips laid over the viewport's
edges rather than drawn by the viewport: scrolling (which moves the viewport's pixels) never
drags it along, and since the strips cover only the edges, the viewport still scrolls by
moving pixels and painting the strip uncovered, not the whole screen. It costs nothing while
the area does not have the focus. Its colour is the palette's highlight, brought to 3:1
against the base where the theme's is fainter.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QToolButton,
    QWidget,
)
from typing_extensions import override

from serge_desktop.core.contrast import legible_colour

RING_WIDTH = 2


def focus_ring_colour(palette: QPalette) -> QColor:
    """The highlight colour at 3:1 or more against the base it is drawn on."""
    highlight = palette.color(QPalette.ColorRole.Highlight).name()
    return QColor(legible_colour(highlight, palette.color(QPalette.ColorRole.Base).name()))


class _Edge(QWidget):
    """One side of the ring."""

    def __init__(self, area: QWidget) -> None:
        super().__init__(area)
        self._area = area
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hide()

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), focus_ring_colour(self._area.palette()))
        painter.end()


class FocusRing(QObject):
    """Shows a ring inside ``area``'s edges (a scroll area's viewport's) while it has the focus."""

    def __init__(self, area: QWidget) -> None:
        super().__init__(area)
        self._area = area
        self._edges = [_Edge(area) for _ in range(4)]
        area.installEventFilter(self)
        if isinstance(area, QAbstractScrollArea):
            # The viewport's own resize comes once the area has laid it out anew.
            area.viewport().installEventFilter(self)

    def is_shown(self) -> bool:
        return all(edge.isVisible() for edge in self._edges)

    def bounds(self) -> QRect:
        """The rectangle the ring outlines, in the area's coordinates."""
        bounds = QRect()
        for edge in self._edges:
            bounds = bounds.united(edge.geometry())
        return bounds

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A dialog Python owns is deleted with its wrapper already invalid, and QWidget's
        # destructor still sends its list a FocusOut: touching the area then raises inside Qt's
        # destructor, which kills the process. A deleted area has no ring to follow.
        if event.type() in (
            QEvent.Type.FocusIn,
            QEvent.Type.FocusOut,
            QEvent.Type.Resize,
            QEvent.Type.Move,
            QEvent.Type.Show,
            QEvent.Type.PaletteChange,
        ) and shiboken6.isValid(self._area):
            self._follow()
        return False

    def _follow(self) -> None:
        area = self._area
        inner = area.viewport().geometry() if isinstance(area, QAbstractScrollArea) else area.rect()
        w = RING_WIDTH
        sides = (
            QRect(inner.left(), inner.top(), inner.width(), w),
            QRect(inner.left(), inner.bottom() - w + 1, inner.width(), w),
            QRect(inner.left(), inner.top() + w, w, max(inner.height() - 2 * w, 0)),
            QRect(inner.right() - w + 1, inner.top() + w, w, max(inner.height() - 2 * w, 0)),
        )
        shown = self._area.hasFocus()
        for edge, side in zip(self._edges, sides, strict=True):
            edge.setGeometry(side)
            edge.setVisible(shown)
            if shown:
                edge.raise_()
                edge.update()


RING_PROPERTY = "_serge_focus_ring"


class FocusRings(QObject):
    """Rings for the controls the style marks too faintly or not at all when they get the focus.

    Fusion shows nothing on a focused tool button, and a list only greys its selection when it
    loses the focus; every list and tool button of the application gets a ring the first time
    the keyboard reaches it (views that draw their own, the reader and the chart, have theirs).
    """

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        app.focusChanged.connect(self._on_focus_changed)

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if not isinstance(new, QAbstractItemView | QToolButton):
            return
        if new.property(RING_PROPERTY):
            return
        new.setProperty(RING_PROPERTY, True)
        FocusRing(new)._follow()  # the focus came before the ring: show it now


def install_focus_rings(app: QApplication) -> None:
    """Once per application (again, it does nothing)."""
    if not app.findChild(FocusRings):
        FocusRings(app)
