"""The graph of who appears with whom: a node opens its page, an edge lists its passages."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QAccessible, QColor, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget
from typing_extensions import override

from serge_desktop.core.entities.names import EntityKind
from serge_desktop.services.entities.graph import EntityGraph, GraphEdge, GraphNode
from serge_desktop.ui.common.accessible_roles import register_accessible_role
from serge_desktop.ui.features.names.kind_words import KindWords

MARGIN = 60.0
HIT_PIXELS = 6.0  # how near a click must fall to an edge to choose it
LABELLED = 40  # only the most mentioned names are written beside their dots
_KIND_COLOURS = {
    EntityKind.PERSON: QColor("#3b6ea8"),
    EntityKind.ORGANISATION: QColor("#b5651d"),
    EntityKind.PLACE: QColor("#4e8a3e"),
    EntityKind.WORK: QColor("#7a4f9a"),
}


class GraphCanvas(QWidget):
    """Draws an ``EntityGraph`` whose nodes are placed in the unit square.

    Signals:
        node_chosen(int): the entity clicked.
        edge_chosen(object): the ``GraphEdge`` clicked.
    """

    node_chosen = Signal(int)
    edge_chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        register_accessible_role(GraphCanvas, QAccessible.Role.Chart)  # not a bare "filler"
        super().__init__(parent)
        self.graph: EntityGraph | None = None
        self.message = ""
        self.chosen_edge: GraphEdge | None = None
        self.words = KindWords(self)
        # Small enough for a 1440×900 screen at 200 % (the window then has 418 pixels of height).
        self.setMinimumSize(320, 120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Graph of who appears with whom"))

    def show_message(self, text: str) -> None:
        """No graph yet: say why (laying out, nothing to draw)."""
        self.graph, self.message, self.chosen_edge = None, text, None
        self.update()

    def set_graph(self, graph: EntityGraph) -> None:
        self.graph, self.message, self.chosen_edge = graph, "", None
        if not graph.nodes:
            self.message = self.tr("No people or organisations are named together yet.")
        self.update()

    def point(self, node: GraphNode) -> QPointF:
        width = max(self.width() - 2 * MARGIN, 1.0)
        height = max(self.height() - 2 * MARGIN, 1.0)
        return QPointF(MARGIN + node.x * width, MARGIN + node.y * height)

    def radius(self, node: GraphNode) -> float:
        return 4.0 + 2.5 * math.sqrt(node.mentions)

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.base())
        if self.graph is None or not self.graph.nodes:
            painter.setPen(palette.placeholderText().color())
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.message)
            return
        where = {node.entity_id: node for node in self.graph.nodes}
        line = palette.text().color()
        line.setAlpha(70)
        for edge in self.graph.edges:
            pen = QPen(line, min(1.0 + edge.weight / 2, 6.0))
            if edge is self.chosen_edge:
                pen = QPen(palette.highlight().color(), 3.0)
            painter.setPen(pen)
            painter.drawLine(self.point(where[edge.source]), self.point(where[edge.target]))
        labelled = {
            n.entity_id for n in sorted(self.graph.nodes, key=lambda n: -n.mentions)[:LABELLED]
        }
        for node in self.graph.nodes:
            centre, r = self.point(node), self.radius(node)
            painter.setPen(QPen(palette.base().color(), 1.0))
            painter.setBrush(_KIND_COLOURS[node.kind])
            painter.drawEllipse(centre, r, r)
            if node.entity_id in labelled:
                painter.setPen(palette.text().color())
                width = painter.fontMetrics().horizontalAdvance(node.name)
                right = centre.x() + r + 3 + width <= self.width()  # else on the left
                offset = QPointF(r + 3, 4) if right else QPointF(-r - 3 - width, 4)
                painter.drawText(centre + offset, node.name)
        self._paint_legend(painter)

    def _paint_legend(self, painter: QPainter) -> None:
        """Which colour is which kind, at the bottom left."""
        assert self.graph is not None
        kinds = [kind for kind in _KIND_COLOURS if any(n.kind is kind for n in self.graph.nodes)]
        x, y = 12.0, self.height() - 14.0
        for kind in kinds:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(_KIND_COLOURS[kind])
            painter.drawEllipse(QPointF(x + 5, y - 4), 5, 5)
            painter.setPen(self.palette().text().color())
            label = self.words.singular(kind)
            painter.drawText(QPointF(x + 14, y), label)
            x += 30 + painter.fontMetrics().horizontalAdvance(label)

    @override
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.graph is None or event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        at = event.position()
        node = self.node_at(at)
        if node is not None:
            self.node_chosen.emit(node.entity_id)
            return
        edge = self.edge_at(at)
        if edge is not None:
            self.chosen_edge = edge
            self.update()
            self.edge_chosen.emit(edge)

    def node_at(self, at: QPointF) -> GraphNode | None:
        if self.graph is None:
            return None
        for node in self.graph.nodes:
            centre, r = self.point(node), self.radius(node)
            if QRectF(centre.x() - r, centre.y() - r, 2 * r, 2 * r).contains(at):
                return node
        return None

    def edge_at(self, at: QPointF) -> GraphEdge | None:
        if self.graph is None:
            return None
        where = {node.entity_id: node for node in self.graph.nodes}
        best: tuple[float, GraphEdge] | None = None
        for edge in self.graph.edges:
            distance = _distance(at, self.point(where[edge.source]), self.point(where[edge.target]))
            if distance <= HIT_PIXELS and (best is None or distance < best[0]):
                best = (distance, edge)
        return best[1] if best else None


def _distance(p: QPointF, a: QPointF, b: QPointF) -> float:
    """From ``p`` to the segment ``ab``."""
    dx, dy = b.x() - a.x(), b.y() - a.y()
    length = dx * dx + dy * dy
    t = (
        0.0
        if length == 0
        else max(0.0, min(1.0, ((p.x() - a.x()) * dx + (p.y() - a.y()) * dy) / length))
    )
    return math.hypot(p.x() - (a.x() + t * dx), p.y() - (a.y() + t * dy))
