"""How two entities are connected, hop by hop, and who is around one entity.

Paths run over the undirected view of the entity graph: a relation joins its two
ends whichever way it points, and each hop says which way it actually points.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterator
from itertools import pairwise
from typing import Any

import networkx as nx

from collabgraph.analysis.graph import describe
from collabgraph.errors import EntityNotFound, NoPath
from collabgraph.model.vocabulary import RELATIONS

_DIRECTIONS = ("forward", "symmetric", "backward")


def shortest_path(G: nx.MultiDiGraph, a: Hashable, b: Hashable) -> dict[str, Any]:
    """Return a shortest chain of relations from `a` to `b`, every hop explained.

    `{"source": a, "target": b, "length": hops, "nodes": [{"id", "name", "type"}],
    "hops": [{"from", "to", "relations": [...]}]}`; each relation is
    `{"type", "source", "target", "direction", "role", "since", "until", "date",
    "confidence", "evidence", "sources", "text"}` where `direction` is "forward"
    (it points from the hop's `from` to its `to`), "backward", or "symmetric", and
    `text` reads like "Henry Kippin WORKS_FOR Collaborate CIC (Chief Executive)".
    Every relation joining the two ends of a hop is listed, forward ones first.

    Raises EntityNotFound if either end is not in the graph, NoPath if nothing
    connects them.
    """
    for end in (a, b):
        if end not in G:
            raise EntityNotFound(str(end))
    try:
        nodes = nx.bidirectional_shortest_path(_undirected(G), a, b)
    except nx.NetworkXNoPath:
        raise NoPath(f"nothing connects {_name(G, a)!r} and {_name(G, b)!r}") from None
    hops = [
        {"from": x, "to": y, "relations": list(_relations_between(G, x, y))}
        for x, y in pairwise(nodes)
    ]
    return {
        "source": a,
        "target": b,
        "length": len(hops),
        "nodes": [describe(G, n) for n in nodes],
        "hops": hops,
    }


def ego_network(G: nx.Graph, entity_id: Hashable, *, depth: int = 1) -> nx.Graph:
    """Return the subgraph of everything within `depth` hops of an entity.

    Hops ignore direction. The result is a new graph of the same class holding
    those entities and every relation among them; `depth=0` is the entity alone.
    Raises EntityNotFound if the entity is not in the graph, ValueError if depth < 0.
    """
    if entity_id not in G:
        raise EntityNotFound(str(entity_id))
    if depth < 0:
        raise ValueError("depth must be 0 or more")
    seen = {entity_id}
    frontier = [entity_id]
    for _ in range(depth):
        nxt = []
        for n in frontier:
            for m in _neighbours(G, n):
                if m not in seen:
                    seen.add(m)
                    nxt.append(m)
        if not nxt:
            break
        frontier = nxt
    return G.subgraph(seen).copy()


def _undirected(G: nx.Graph) -> nx.Graph:
    return G.to_undirected(as_view=True) if G.is_directed() else G


def _neighbours(G: nx.Graph, n: Hashable) -> Iterator[Hashable]:
    if G.is_directed():
        yield from G._succ[n]
        yield from G._pred[n]
    else:
        yield from G._adj[n]


def _relations_between(G: nx.MultiDiGraph, x: Hashable, y: Hashable) -> Iterator[dict[str, Any]]:
    found = []
    ends = ((x, y), (y, x)) if G.is_directed() else ((x, y),)
    for source, target in ends:
        data = G.get_edge_data(source, target)
        if data is None:
            continue
        keyed = data.items() if G.is_multigraph() else [(data.get("type"), data)]
        for key, d in keyed:
            found.append(_explain(G, source, target, x, key, d))
    found.sort(key=lambda r: (_DIRECTIONS.index(r["direction"]), r["type"]))
    yield from found


def _explain(
    G: nx.MultiDiGraph,
    source: Hashable,
    target: Hashable,
    start: Hashable,
    key: Any,
    d: dict[str, Any],
) -> dict[str, Any]:
    rel = d.get("type", key)
    rule = RELATIONS.get(rel)
    if rule is not None and rule.symmetric:
        direction = "symmetric"
    else:
        direction = "forward" if source == start else "backward"
    role = d.get("role")
    text = f"{_name(G, source)} {rel} {_name(G, target)}" + (f" ({role})" if role else "")
    return {
        "type": rel,
        "source": source,
        "target": target,
        "direction": direction,
        "role": role,
        "since": d.get("since"),
        "until": d.get("until"),
        "date": d.get("date"),
        "confidence": d.get("confidence"),
        "evidence": [s for s in d.get("evidence") or () if s],
        "sources": list(d.get("sources") or ()),
        "text": text,
    }


def _name(G: nx.Graph, n: Hashable) -> str:
    return str(G.nodes[n].get("name") or n)
