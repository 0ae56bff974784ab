"""How two entities are connected, hop by hop, and who is around one entity.

Paths run over the undirected view of the entity graph: a relation joins its two
ends whichever way it points, and each hop says which way it actually points.
Of several shortest paths the first in order of entity ids is given, so every
caller (the CLI, the API, an analysis of the whole graph) gives the same one.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterator
from itertools import islice, pairwise
from typing import Any

import networkx as nx

from collabgraph.analysis.graph import describe, filter_graph, record_order, relation_record
from collabgraph.analysis.periods import Window, relation_period
from collabgraph.errors import EntityNotFound, NoPath, PathBeyondLimit
from collabgraph.model.vocabulary import RELATIONS

_DIRECTIONS = ("forward", "symmetric", "backward")

# Longer than the paths of real networks (18 hops in a national boards network,
# about 20 across They Rule 2004's directors and companies); a search stopped by
# the limit says so, and the caller can raise it.
DEFAULT_MAX_HOPS = 50
# The most a caller may ask for (the API and the CLI refuse more).
MAX_HOPS_LIMIT = 1000
MAX_PATHS = 20


def shortest_path(
    G: nx.MultiDiGraph,
    a: Hashable,
    b: Hashable,
    *,
    max_hops: int = DEFAULT_MAX_HOPS,
    paths: int = 1,
    since: str | None = None,
    until: str | None = None,
) -> dict[str, Any]:
    """Return a shortest chain of relations from `a` to `b` (direction ignored), every
    hop explained, and up to `paths - 1` more shortest chains on request.

    `{"source": {"id", "name", "type"}, "target": {...}, "length": hops,
    "max_hops": int, "nodes": [{"id", "name", "type"}], "hops": [{"from", "to",
    "relations": [...]}], "alternatives": [{"nodes", "hops"}, ...], "window":
    {"since", "until", "timeless"}}`. With `since`/`until` only relations that held
    in that window are walked (`filter_graph`); `window.timeless` counts the
    relations without any date among those shown. Of all the
    shortest paths, the first is the one whose entity ids, read from `a`, come
    first in order, and `alternatives` the next ones in that order, so the answer
    does not depend on how the graph was loaded. Each relation of a hop is a
    relation record (`relation_record`) with `direction`: "forward" (it points from
    the hop's `from` to its `to`), "backward" or "symmetric"; and `text`, like
    "Henry Kippin WORKS_FOR Collaborate CIC (Chief Executive)". Every relation
    joining the two ends of a hop is listed, forward ones first.

    Raises EntityNotFound if either end is not in the graph, PathBeyondLimit (a
    NoPath) if the shortest path is longer than `max_hops`, NoPath if nothing
    connects them, ValueError if `max_hops` < 0 or `paths` < 1.
    """
    if max_hops < 0 or paths < 1:
        raise ValueError("max_hops must be 0 or more and paths 1 or more")
    for end in (a, b):
        if end not in G:
            raise EntityNotFound(str(end))
    window = Window(since, until)
    if not window.open:
        G = filter_graph(G, since=since, until=until)
        for end in (a, b):
            if end not in G:
                raise NoPath(f"{_name(G, end)!r} is dated outside {since or '…'}..{until or '…'}")
    to_b = _distances_to(G, b, a)
    if a not in to_b:
        raise NoPath(f"nothing connects {_name(G, a)!r} and {_name(G, b)!r}")
    length = to_b[a]
    if length > max_hops:
        raise PathBeyondLimit(_name(G, a), _name(G, b), max_hops, length)
    found = [_explained(G, nodes) for nodes in islice(_in_order(G, a, to_b), paths)]
    shown = {r["id"]: r for path in found for hop in path["hops"] for r in hop["relations"]}
    timeless = sum(
        relation_period(r, G.nodes[r["source"]].get("date"), G.nodes[r["target"]].get("date"))
        is None
        for r in shown.values()
    )
    first, *others = found
    return {
        "source": describe(G, a),
        "target": describe(G, b),
        "length": length,
        "max_hops": max_hops,
        **first,
        "alternatives": others,
        "window": window.describe(timeless),
    }


def _distances_to(G: nx.Graph, b: Hashable, a: Hashable) -> dict[Hashable, int]:
    """Hops from each node to `b`, breadth first from `b`, up to the layer holding `a`."""
    seen = {b: 0}
    frontier = [b]
    depth = 0
    while frontier and a not in seen:
        depth += 1
        nxt = []
        for n in frontier:
            for m in _neighbours(G, n):
                if m not in seen:
                    seen[m] = depth
                    nxt.append(m)
        frontier = nxt
    return seen


def _in_order(G: nx.Graph, a: Hashable, to_b: dict[Hashable, int]) -> Iterator[list[Hashable]]:
    """Every shortest path from `a` to the node `to_b` measures from, in the order
    of their node ids, depth first."""
    stack = [[a]]
    while stack:
        path = stack.pop()
        here = path[-1]
        left = to_b[here]
        if left == 0:
            yield path
            continue
        closer = {m for m in _neighbours(G, here) if to_b.get(m) == left - 1}
        for m in sorted(closer, key=str, reverse=True):
            stack.append([*path, m])


def _explained(G: nx.MultiDiGraph, nodes: list[Hashable]) -> dict[str, Any]:
    return {
        "nodes": [describe(G, n) for n in nodes],
        "hops": [
            {"from": describe(G, x), "to": describe(G, y), "relations": _relations_between(G, x, y)}
            for x, y in pairwise(nodes)
        ],
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


def _neighbours(G: nx.Graph, n: Hashable) -> Iterator[Hashable]:
    if G.is_directed():
        yield from G._succ[n]
        yield from G._pred[n]
    else:
        yield from G._adj[n]


def _relations_between(G: nx.MultiDiGraph, x: Hashable, y: Hashable) -> list[dict[str, Any]]:
    found = []
    ends = ((x, y), (y, x)) if G.is_directed() else ((x, y),)
    for source, target in ends:
        data = G.get_edge_data(source, target)
        if data is None:
            continue
        keyed = data.items() if G.is_multigraph() else [(data.get("type"), data)]
        for key, d in keyed:
            found.append(_explain(G, source, target, x, {"type": key, **d}))
    found.sort(key=lambda r: (_DIRECTIONS.index(r["direction"]), *record_order(r)))
    return found


def _explain(
    G: nx.MultiDiGraph, source: Hashable, target: Hashable, start: Hashable, d: dict[str, Any]
) -> dict[str, Any]:
    rel = d["type"]
    rule = RELATIONS.get(rel)
    if rule is not None and rule.symmetric:
        direction = "symmetric"
    else:
        direction = "forward" if source == start else "backward"
    role = d.get("role")
    text = f"{_name(G, source)} {rel} {_name(G, target)}" + (f" ({role})" if role else "")
    return {**relation_record(G, source, target, d), "direction": direction, "text": text}


def _name(G: nx.Graph, n: Hashable) -> str:
    return str(G.nodes[n].get("name") or n)
