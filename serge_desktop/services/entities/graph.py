"""Who appears with whom: people and organisations named in the same paragraph.

Laid out by networkx's force-directed layout, with the shared passages of every edge.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations

import peewee as pw

from serge_desktop.core.entities.names import EntityKind
from serge_desktop.services.entities.views import Passage

# networkx lays out fewer than 500 nodes with numpy alone (more would need scipy), and a
# drawing of more than a few hundred names is unreadable anyway: the most mentioned are kept.
MAX_NODES = 300
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
) -> EntityGraph:
    """The graph of the library (or one article); the same data gives the same drawing."""
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
    kept = set(sorted(names, key=lambda i: (-mentions[i], i))[:max_nodes])
    shared: dict[tuple[int, int], list[Passage]] = defaultdict(list)
    for place in sorted(paragraphs, key=lambda p: (passages[p].article_id, passages[p].start)):
        for pair in combinations(sorted(paragraphs[place] & kept), 2):
            shared[pair].append(passages[place])
    positions = _layout(sorted(kept), shared, seed)
    nodes = tuple(
        GraphNode(i, names[i][0], names[i][1], mentions[i], *positions[i]) for i in sorted(kept)
    )
    edges = tuple(GraphEdge(a, b, tuple(found)) for (a, b), found in sorted(shared.items()))
    return EntityGraph(nodes, edges)


def _layout(
    nodes: list[int], edges: dict[tuple[int, int], list[Passage]], seed: int
) -> dict[int, tuple[float, float]]:
    if not nodes:
        return {}
    import networkx as nx

    graph = nx.Graph()
    graph.add_nodes_from(nodes)
    graph.add_weighted_edges_from((a, b, len(found)) for (a, b), found in edges.items())
    raw = nx.spring_layout(graph, weight="weight", seed=seed, method="force")
    xs = [float(raw[n][0]) for n in nodes]
    ys = [float(raw[n][1]) for n in nodes]
    span_x, span_y = (max(xs) - min(xs)) or 1.0, (max(ys) - min(ys)) or 1.0
    return {
        n: ((x - min(xs)) / span_x if len(nodes) > 1 else 0.5,
            (y - min(ys)) / span_y if len(nodes) > 1 else 0.5)
        for n, x, y in zip(nodes, xs, ys, strict=True)
    }  # fmt: skip
