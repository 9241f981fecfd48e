"""The world map of places: the shipped SVG of today's countries, a dot per place."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QAccessible, QColor, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget
from typing_extensions import override

from serge_desktop.services.entities.places_map import MapPlace, PlaceMap
from serge_desktop.ui.common.accessible_roles import register_accessible_role

DOT = QColor(200, 40, 40, 190)
LABELLED = 30  # more names than this crowd each other out


class MapCanvas(QWidget):
    """Paints a ``PlaceMap``; clicking a dot chooses its place.

    Signals:
        place_chosen(int): the place's entity id.
    """

    place_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        register_accessible_role(MapCanvas, QAccessible.Role.Chart)  # not a bare "filler"
        super().__init__(parent)
        self.places: PlaceMap | None = None
        self._renderer: QSvgRenderer | None = None
        self.setMinimumSize(320, 120)  # fits a 1440×900 screen at 200 %, as the graph does
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("World map of places"))
        self.setMouseTracking(True)

    def set_map(self, places: PlaceMap) -> None:
        if self._renderer is None or self.places is None or self.places.svg_path != places.svg_path:
            self._renderer = QSvgRenderer(str(places.svg_path), self)
        self.places = places
        self.update()

    def frame(self) -> QRectF:
        """Where the map is drawn: the widget, less margins, at the map's own proportions."""
        if self.places is None:
            return QRectF(self.rect())
        _, _, width, height = self.places.view_box
        scale = min(self.width() / width, self.height() / height)
        w, h = width * scale, height * scale
        return QRectF((self.width() - w) / 2, (self.height() - h) / 2, w, h)

    def point(self, place: MapPlace) -> QPointF:
        assert self.places is not None
        x0, y0, width, height = self.places.view_box
        frame = self.frame()
        return QPointF(
            frame.x() + (place.x - x0) / width * frame.width(),
            frame.y() + (place.y - y0) / height * frame.height(),
        )

    def radius(self, place: MapPlace) -> float:
        return 3.0 + 2.0 * math.sqrt(place.mentions)

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        if self.places is None or self._renderer is None:
            return
        self._renderer.render(painter, self.frame())
        # Largest first, so a small place near a big one stays clickable on top.
        for place in sorted(self.places.places, key=lambda p: -p.mentions):
            centre, r = self.point(place), self.radius(place)
            painter.setPen(QPen(QColor("white"), 1.0))
            painter.setBrush(DOT)
            painter.drawEllipse(centre, r, r)
        painter.setPen(self.palette().text().color())
        metrics = painter.fontMetrics()
        taken: list[QRectF] = []
        for place in self.places.places[:LABELLED]:  # the most mentioned come first
            centre, r = self.point(place), self.radius(place)
            box = QRectF(metrics.boundingRect(place.name)).translated(centre + QPointF(r + 2, 4))
            if any(box.intersects(other) for other in taken):
                continue  # a crowded corner: the tooltip and the page still name it
            taken.append(box)
            painter.drawText(centre + QPointF(r + 2, 4), place.name)

    def place_at(self, at: QPointF) -> MapPlace | None:
        if self.places is None:
            return None
        best: tuple[float, MapPlace] | None = None
        for place in self.places.places:
            distance = math.dist((at.x(), at.y()), (self.point(place).x(), self.point(place).y()))
            if distance <= self.radius(place) + 2 and (best is None or distance < best[0]):
                best = (distance, place)
        return best[1] if best else None

    @override
    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        place = self.place_at(event.position())
        self.setToolTip(
            self.tr("%1: %n mention(s)", "", place.mentions).replace("%1", place.name)
            if place
            else ""
        )
        super().mouseMoveEvent(event)

    @override
    def mousePressEvent(self, event: QMouseEvent) -> None:
        place = self.place_at(event.position())
        if place is not None and event.button() == Qt.MouseButton.LeftButton:
            self.place_chosen.emit(place.entity_id)
            return
        super().mousePressEvent(event)
