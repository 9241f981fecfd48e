"""A visible focus ring around a scroll area that has the keyboard (a reader, a list, a chart).

A text view under the keyboard shows no more than a thin caret; the ring says at a glance
which pane Page Down or the arrows will move. It is a small widget laid over the viewport's
edges rather than drawn by the viewport, so scrolling (which moves the viewport's pixels)
never drags it along, and it costs nothing while the area does not have the focus. Its colour
is the palette's highlight, brought to 3:1 against the base where the theme's is fainter.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QAbstractScrollArea, QWidget
from typing_extensions import override

from serge_desktop.core.contrast import legible_colour

RING_WIDTH = 2.0


def focus_ring_colour(palette: QPalette) -> QColor:
    """The highlight colour at 3:1 or more against the base it is drawn on."""
    highlight = palette.color(QPalette.ColorRole.Highlight).name()
    return QColor(legible_colour(highlight, palette.color(QPalette.ColorRole.Base).name()))


class FocusRing(QWidget):
    """Draws a ring inside ``area``'s viewport edges while ``area`` has the keyboard focus."""

    def __init__(self, area: QAbstractScrollArea) -> None:
        super().__init__(area)
        self._area = area
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hide()
        area.installEventFilter(self)
        # The viewport's own resize comes once the area has laid it out anew.
        area.viewport().installEventFilter(self)

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (
            QEvent.Type.FocusIn,
            QEvent.Type.FocusOut,
            QEvent.Type.Resize,
            QEvent.Type.Move,
            QEvent.Type.Show,
        ):
            self._follow()
        return False

    def _follow(self) -> None:
        self.setGeometry(self._area.viewport().geometry())
        self.setVisible(self._area.hasFocus())
        self.raise_()

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        pen = QPen(focus_ring_colour(self._area.palette()), RING_WIDTH)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        inset = RING_WIDTH / 2
        painter.drawRect(QRectF(self.rect()).adjusted(inset, inset, -inset, -inset))
        painter.end()
