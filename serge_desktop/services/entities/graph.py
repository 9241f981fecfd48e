"""Who appears with whom: people and organisations named in the same paragraph.

Laid out by core.force_layout, with the shared passages of every edge.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from itertools import combinations

import peewee as pw

from serge_desktop.core import force_layout
from serge_desktop.core.entities.names import EntityKind
from serge_desktop.services.entities.views import Passage

# A drawing of more than a few hundred names is unreadable, and the layout visits every pair of
# nodes: the most mentioned are kept.
MAX_NODES = force_layout.MAX_NODES
DEFAULT_KINDS = (EntityKind.PERSON, EntityKind.ORGANISATION)

_SQL = """
SELECT e.id, e.name, e.kind, m.article_id, a.slug, a.headline, m.revision_id, m.paragraph,
       p.start, p."end"
FROM entity_mention AS m
JOIN entity_alias AS al ON al.key = m.key
JOIN entity AS e ON e.id = al.entity_id
JOIN article AS a ON a.id = m.article_id
JOIN paragraph AS p ON p.revision_id = m.revision_id AND p.position = m.paragraph
WHERE e.kind IN (SELECT value FROM json_each(?)) AND a.deleted_at IS NULL {article}
"""


@dataclass(frozen=True, slots=True)
class GraphNode:
    """An entity, placed in the unit square (x and y from 0 to 1)."""

    entity_id: int
    name: str
    kind: EntityKind
    mentions: int
    x: float
    y: float


@dataclass(frozen=True, slots=True)
class GraphEdge:
    """Two entities named in the same paragraphs; ``passages`` are those paragraphs."""

    source: int
    target: int
    passages: tuple[Passage, ...]

    @property
    def weight(self) -> int:
        return len(self.passages)


@dataclass(frozen=True, slots=True)
class EntityGraph:
    nodes: tuple[GraphNode, ...]
    edges: tuple[GraphEdge, ...]


def cooccurrence_graph(
    db: pw.SqliteDatabase,
    *,
    article_id: int | None = None,
    kinds: Sequence[EntityKind] = DEFAULT_KINDS,
    max_nodes: int = MAX_NODES,
    seed: int = 1,
    layout: bool = True,
) -> EntityGraph:
    """The graph of the library (or one article); the same data gives the same drawing.

    Without ``layout`` every node waits in the middle: ``laid_out`` places them later, on a
    worker thread (it reads no database), so the window stays responsive meanwhile.
    """
    import json

    params: list[object] = [json.dumps([kind.value for kind in kinds])]
    article = ""
    if article_id is not None:
        article, params = "AND m.article_id = ?", [*params, article_id]
    rows = db.execute_sql(_SQL.format(article=article), params).fetchall()  # type: ignore[no-untyped-call]
    names: dict[int, tuple[str, EntityKind]] = {}
    mentions: dict[int, int] = defaultdict(int)
    paragraphs: dict[tuple[int, int], set[int]] = defaultdict(set)
    passages: dict[tuple[int, int], Passage] = {}
    for entity_id, name, kind, art, slug, headline, revision, position, start, end in rows:
        names[entity_id] = (name, EntityKind(kind))
        mentions[entity_id] += 1
        paragraphs[(revision, position)].add(entity_id)
        passages[(revision, position)] = Passage(
            art, slug, headline, revision, position, start, end
        )
    limit = min(max_nodes, force_layout.MAX_NODES)
    kept = set(sorted(names, key=lambda i: (-mentions[i], i))[:limit])
    shared: dict[tuple[int, int], list[Passage]] = defaultdict(list)
    for place in sorted(paragraphs, key=lambda p: (passages[p].article_id, passages[p].start)):
        for pair in combinations(sorted(paragraphs[place] & kept), 2):
            shared[pair].append(passages[place])
    nodes = tuple(
        GraphNode(i, names[i][0], names[i][1], mentions[i], 0.5, 0.5) for i in sorted(kept)
    )
    edges = tuple(GraphEdge(a, b, tuple(found)) for (a, b), found in sorted(shared.items()))
    graph = EntityGraph(nodes, edges)
    return laid_out(graph, seed) if layout else graph


def laid_out(
    graph: EntityGraph, seed: int = 1, between: Callable[[int, int], bool] | None = None
) -> EntityGraph:
    """The same graph with its nodes placed; pure computation, safe on a worker thread.

    ``between`` is ``force_layout``'s: called after each step, False stops (``LayoutStoppedError``).
    """
    index = {node.entity_id: position for position, node in enumerate(graph.nodes)}
    links = [
        force_layout.Edge(index[e.source], index[e.target], float(e.weight)) for e in graph.edges
    ]
    placed = force_layout.force_layout(len(graph.nodes), links, seed=seed, between=between)
    nodes = tuple(replace(node, x=x, y=y) for node, (x, y) in zip(graph.nodes, placed, strict=True))
    return EntityGraph(nodes, graph.edges)
