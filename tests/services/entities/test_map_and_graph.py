"""The map's places and the co-occurrence graph, from the seed's index."""

from __future__ import annotations

import pytest

from serge_desktop.core.entities.names import EntityKind
from serge_desktop.core.entities.world_map import world_map
from serge_desktop.services.workspace import Workspace
from tests.services.entities.conftest import SEED_SLUG


def test_places_on_the_map(indexed: Workspace) -> None:
    found = indexed.entities.place_map()
    by_name = {place.name: place for place in found.places}
    assert {"Paris", "Brussels", "Petrograd", "Mexico", "Russia", "France"} <= by_name.keys()
    assert by_name["Russia"].is_country and by_name["Russia"].mentions == 3
    assert not by_name["Paris"].is_country
    x1, y1, x2, y2 = world_map().boxes["FR"]
    assert x1 <= by_name["Paris"].x <= x2 and y1 <= by_name["Paris"].y <= y2
    assert found.places[0].mentions >= found.places[-1].mentions
    assert found.svg_path.read_text(encoding="utf-8").startswith("<svg")
    # Europe is a continent: no point of its own, listed apart rather than drawn wrong.
    assert [p.name for p in found.unplaced] == ["Europe"]


def test_a_place_without_a_known_location_is_listed_apart(indexed: Workspace) -> None:
    made = indexed.entities.confirm(names=["Atlantis"], kind="place")
    names = [p.name for p in indexed.entities.place_map().unplaced]
    assert made.name in names


def test_who_appears_with_whom(indexed: Workspace) -> None:
    graph = indexed.entities.graph()
    names = {node.entity_id: node.name for node in graph.nodes}
    assert set(names.values()) == {
        "Victor Serge", "Leon Trotsky", "Joseph Stalin", "Left Opposition", "Communist Party"
    }  # fmt: skip
    assert all(node.kind in (EntityKind.PERSON, EntityKind.ORGANISATION) for node in graph.nodes)
    assert all(0 <= node.x <= 1 and 0 <= node.y <= 1 for node in graph.nodes)
    edges = {frozenset((names[e.source], names[e.target])): e for e in graph.edges}
    trotsky_stalin = edges[frozenset(("Leon Trotsky", "Joseph Stalin"))]
    body = indexed.library.article_view(SEED_SLUG).body
    (passage,) = trotsky_stalin.passages
    text = body[passage.start : passage.end]
    assert "Stalin" in text and "Trotsky" in text
    assert frozenset(("Leon Trotsky", "Communist Party")) not in edges
    assert indexed.entities.graph() == graph  # the same data, the same drawing


def test_the_graph_keeps_the_most_mentioned(indexed: Workspace) -> None:
    graph = indexed.entities.graph(max_nodes=2)
    assert [n.name for n in graph.nodes] == ["Victor Serge", "Joseph Stalin"]
    places = indexed.entities.graph(kinds=[EntityKind.PLACE])
    assert "Russia" in {n.name for n in places.nodes}


@pytest.mark.parametrize("kinds", [[EntityKind.WORK], []])
def test_a_graph_can_be_small_or_empty(indexed: Workspace, kinds: list[EntityKind]) -> None:
    graph = indexed.entities.graph(kinds=kinds)
    assert len(graph.nodes) == (2 if kinds else 0)


def test_search_finds_entities_by_any_name(indexed: Workspace) -> None:
    results = indexed.search.search("kibalch")
    assert [hit.name for hit in results.entities] == ["Victor Serge"]
    assert results.entities[0].kind == "person"
    assert "Kibalchich" in results.entities[0].snippet.text
    assert [h.name for h in indexed.search.search("bruxelles").entities] == ["Brussels"]
    made = indexed.entities.confirm(names=["Nazis"], kind="organisation")
    indexed.entities.merge(names=["National Socialists"], into=made.id)
    assert [h.entity_id for h in indexed.search.search("national soc").entities] == [made.id]
    indexed.entities.delete(entity_id=made.id)
    assert indexed.search.search("nazis").entities == ()
    assert indexed.search.search('AND OR "').entities == ()
