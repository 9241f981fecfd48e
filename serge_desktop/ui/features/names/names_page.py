"""The Names page of the central area: an entity's page, the graph of names, the map of places."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from serge_desktop.services.entities.graph import EntityGraph, GraphEdge
from serge_desktop.services.entities.places_map import PlaceMap
from serge_desktop.services.entities.views import Passage
from serge_desktop.ui.features.names.entity_view import EntityView
from serge_desktop.ui.features.names.graph_view import GraphCanvas
from serge_desktop.ui.features.names.map_view import MapCanvas

DATA = Qt.ItemDataRole.UserRole


class NamesPage(QWidget):
    """Three tabs; passages listed under the graph and the map open in the study panes.

    Signals:
        passage_chosen(str, int, int): slug, start and end of a passage to show.
    """

    passage_chosen = Signal(str, int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entity = EntityView(self)
        self.graph = GraphCanvas(self)
        self.shared = self._passages(self.tr("Passages naming both"))
        self.shared_heading = QLabel(
            self.tr("Click a line between two names to list the passages that name both."), self
        )
        self.shared_heading.setWordWrap(True)
        self.map = MapCanvas(self)
        self.caption = QLabel(
            self.tr(
                "Borders are today's, not those of the articles' time. A dot's size is its number "
                "of mentions; click one to open its page."
            ),
            self,
        )
        self.caption.setWordWrap(True)
        self.unplaced = QLabel(self)
        self.unplaced.setWordWrap(True)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Name, graph and map"))  # else a bare "filler"
        self.tabs.addTab(self.entity, self.tr("Name"))
        self.tabs.addTab(self._graph_tab(), self.tr("Who Appears with Whom"))
        self.tabs.addTab(self._map_tab(), self.tr("Map of Places"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.graph.edge_chosen.connect(self.show_edge)
        self.shared.itemActivated.connect(self._passage_chosen)
        self.entity.passage_chosen.connect(self.passage_chosen)

    def _passages(self, name: str) -> QTreeWidget:
        tree = QTreeWidget(self)
        tree.setHeaderLabels([self.tr("Article"), self.tr("Paragraph")])
        tree.setRootIsDecorated(False)
        tree.setAccessibleName(name)
        return tree

    def _graph_tab(self) -> QWidget:
        below = QWidget(self)
        layout = QVBoxLayout(below)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.shared_heading)
        layout.addWidget(self.shared, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.graph)
        splitter.addWidget(below)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        return splitter

    def _map_tab(self) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.addWidget(self.map, 1)
        layout.addWidget(self.caption)
        layout.addWidget(self.unplaced)
        return box

    def show_graph(self, graph: EntityGraph, names: dict[int, str]) -> None:
        self._names = names
        self.graph.set_graph(graph)
        self.shared.clear()

    def show_map(self, places: PlaceMap) -> None:
        self.map.set_map(places)
        names = [place.name for place in places.unplaced]
        self.unplaced.setText(
            self.tr("Not on the map (no point known for them): %1").replace("%1", ", ".join(names))
            if names
            else ""
        )
        self.unplaced.setVisible(bool(names))

    def show_edge(self, edge: GraphEdge) -> None:
        names = getattr(self, "_names", {})
        self.shared_heading.setText(
            self.tr("%n passage(s) name both %1 and %2", "", edge.weight)
            .replace("%1", names.get(edge.source, "?"))
            .replace("%2", names.get(edge.target, "?"))
        )
        self._fill_passages(edge.passages)

    def _fill_passages(self, passages: Sequence[Passage]) -> None:
        self.shared.clear()
        for passage in passages:
            item = QTreeWidgetItem([passage.headline, f"¶{passage.paragraph + 1}"])
            item.setData(0, DATA, (passage.slug, passage.start, passage.end))
            self.shared.addTopLevelItem(item)
        self.shared.resizeColumnToContents(0)

    def _passage_chosen(self, item: QTreeWidgetItem) -> None:
        slug, start, end = item.data(0, DATA)
        self.passage_chosen.emit(slug, start, end)
