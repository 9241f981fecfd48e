"""A visible focus ring around a scroll area that has the keyboard (a reader, a list, a chart).

A text view under the keyboard shows no more than a thin caret; the ring says at a glance
which pane Page Down or the arrows will move. It is four thin strips laid over the viewport's
edges rather than drawn by the viewport: scrolling (which moves the viewport's pixels) never
drags it along, and since the strips cover only the edges, the viewport still scrolls by
moving pixels and painting the strip uncovered, not the whole screen. It costs nothing while
the area does not have the focus. Its colour is the palette's highlight, brought to 3:1
against the base where the theme's is fainter.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QAbstractScrollArea, QWidget
from typing_extensions import override

from serge_desktop.core.contrast import legible_colour

RING_WIDTH = 2


def focus_ring_colour(palette: QPalette) -> QColor:
    """The highlight colour at 3:1 or more against the base it is drawn on."""
    highlight = palette.color(QPalette.ColorRole.Highlight).name()
    return QColor(legible_colour(highlight, palette.color(QPalette.ColorRole.Base).name()))


class _Edge(QWidget):
    """One side of the ring."""

    def __init__(self, area: QAbstractScrollArea) -> None:
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
    """Shows a ring inside ``area``'s viewport edges while ``area`` has the keyboard focus."""

    def __init__(self, area: QAbstractScrollArea) -> None:
        super().__init__(area)
        self._area = area
        self._edges = [_Edge(area) for _ in range(4)]
        area.installEventFilter(self)
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
        if event.type() in (
            QEvent.Type.FocusIn,
            QEvent.Type.FocusOut,
            QEvent.Type.Resize,
            QEvent.Type.Move,
            QEvent.Type.Show,
            QEvent.Type.PaletteChange,
        ):
            self._follow()
        return False

    def _follow(self) -> None:
        inner = self._area.viewport().geometry()
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
