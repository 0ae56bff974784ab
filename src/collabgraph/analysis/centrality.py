"""Who is central: degree, betweenness, PageRank, harmonic centrality, and influence.

Every measure reads the simple undirected view of its graph (see `simple_graph`)
and runs in python-igraph (`collabgraph.analysis.igraph_view`), so it accepts a
collaboration graph, an interlock graph or the entity graph itself. Edge
`weight` is a strength (more shared contexts = a stronger tie): PageRank and
strength use it; betweenness and harmonic centrality count hops and ignore it,
since a strong tie is not a longer one.

**Influence**, the one ranking of the home page, the maps and
`/analysis/centrality`, is harmonic centrality (the sum, over everyone else, of
one over the number of hops to them: Marchiori & Latora 2000) scaled so that
the top node scores 1. Unlike PageRank it meets the size axiom of Boldi &
Vigna, "Axioms for Centrality" (2014): a node tied into a big network outranks
one in a small isolated group, so a pair with one collaborator each never
outranks someone with five in the main network. (PageRank gives each member of
an isolated pair 1/n, more than many well-connected people get.)

Betweenness and harmonic centrality need a breadth-first search from every
node: they are exact while that fits `WORK_BUDGET` (sources × edges), and
beyond it estimated from `k = WORK_BUDGET // edges` sources drawn with `seed`,
which the answer states.
"""

from __future__ import annotations

import random
from collections.abc import Hashable
from typing import Any

import networkx as nx
import numpy as np

from collabgraph.analysis.graph import describe
from collabgraph.analysis.igraph_view import View, igraph_view

# Sources × edges a betweenness or harmonic centrality may visit: about 5 s of
# igraph on the 2-core development machine. ca-GrQc (5,242 authors, 14,484 ties)
# and They Rule 2004 are exact; 70,000 people with a million ties get 191 sources.
WORK_BUDGET = 200_000_000
# Sources per batch of distances read back from igraph (one row of n per source).
DISTANCE_BATCH = 32
MEASURES: tuple[str, ...] = (
    "influence",
    "harmonic",
    "pagerank",
    "betweenness",
    "degree",
    "strength",
)
SORTS: tuple[str, ...] = (*MEASURES, "name")


def sources(G: nx.Graph, *, budget: int = WORK_BUDGET, seed: int = 0) -> dict[str, Any]:
    """Which nodes the path-counting measures start from: `{"exact": True, "k": None,
    "seed": None, "sources": None}` when every node fits the budget, else `{"exact":
    False, "k", "seed", "sources": [k nodes]}` drawn as networkx draws them
    (`random.Random(seed).sample(list(G), k)`)."""
    view = igraph_view(G)
    n, m = view.graph.vcount(), view.graph.ecount()
    if n * m <= budget or n <= 2:
        return {"exact": True, "k": None, "seed": None, "sources": None}
    k = max(2, min(n, budget // max(m, 1)))
    if k >= n:
        return {"exact": True, "k": None, "seed": None, "sources": None}
    return {
        "exact": False,
        "k": k,
        "seed": seed,
        "sources": random.Random(seed).sample(view.nodes, k),
    }


def degree(G: nx.Graph, *, weight: str = "weight") -> dict[Hashable, dict[str, float]]:
    """Return `{node: {"degree": distinct neighbours, "strength": summed edge weight}}`."""
    view = igraph_view(G, weight=weight)
    g = view.graph
    strength = g.strength(weights="weight") if g.ecount() else [0.0] * g.vcount()
    return {
        n: {"degree": d, "strength": s}
        for n, d, s in zip(view.nodes, g.degree(), strength, strict=True)
    }


def betweenness(
    G: nx.Graph, *, budget: int = WORK_BUDGET, seed: int = 0, chosen: dict | None = None
) -> dict[str, Any]:
    """Return normalised betweenness centrality and how it was computed.

    `{"values": {node: float}, "exact": bool, "k": int | None, "seed": int | None}`:
    networkx's `betweenness_centrality(G)` when exact (within `budget`), else
    `betweenness_centrality(G, k=k, seed=seed)` (the same sampled sources, the same
    scaling). Computed by igraph. `chosen` reuses the answer of `sources`.
    """
    view = igraph_view(G)
    chosen = chosen if chosen is not None else sources(G, budget=budget, seed=seed)
    g, n = view.graph, view.graph.vcount()
    if g.ecount() == 0 or n <= 2:
        raw = np.zeros(n)
    elif chosen["exact"]:
        # igraph counts each unordered pair once; networkx normalises ordered pairs.
        raw = 2 * np.asarray(g.betweenness(directed=False)) / ((n - 1) * (n - 2))
    else:
        index = {v: i for i, v in enumerate(view.nodes)}
        picked = [index[v] for v in chosen["sources"]]
        raw = 2 * np.asarray(g.betweenness(directed=False, sources=picked))
        k = chosen["k"]
        is_source = np.zeros(n, dtype=bool)
        is_source[picked] = True
        raw /= np.where(is_source, (k - 1) * (n - 2), k * (n - 2))
    return {
        "values": view.values(raw),
        **{key: chosen[key] for key in ("exact", "k", "seed")},
    }


def harmonic(
    G: nx.Graph, *, budget: int = WORK_BUDGET, seed: int = 0, chosen: dict | None = None
) -> dict[str, Any]:
    """Return harmonic centrality (sum over other nodes of 1 / hops; unreachable adds 0).

    `{"values": {node: float}, "exact", "k", "seed"}`: networkx's
    `harmonic_centrality(G)` when exact, else the estimate from k sampled sources
    (the sum over them, times n / k). `chosen` reuses the answer of `sources`.
    """
    view = igraph_view(G)
    chosen = chosen if chosen is not None else sources(G, budget=budget, seed=seed)
    g, n = view.graph, view.graph.vcount()
    if chosen["exact"]:
        found = np.asarray(g.harmonic_centrality(mode="all", normalized=False)) if n else []
    else:
        index = {v: i for i, v in enumerate(view.nodes)}
        picked = [index[v] for v in chosen["sources"]]
        found = np.zeros(n)
        for first in range(0, len(picked), DISTANCE_BATCH):
            hops = np.asarray(g.distances(source=picked[first : first + DISTANCE_BATCH]))
            with np.errstate(divide="ignore"):
                found += np.where(hops > 0, 1.0 / hops, 0.0).sum(axis=0)
        found *= n / chosen["k"]
    return {"values": view.values(found), **{key: chosen[key] for key in ("exact", "k", "seed")}}


def pagerank(G: nx.Graph, *, weight: str = "weight", alpha: float = 0.85) -> dict[Hashable, float]:
    """Return weighted PageRank of each node (values sum to 1; empty graph gives {}).

    Solved exactly by igraph's PRPACK, so it equals networkx's `pagerank` run to
    convergence (networkx's default tolerance grows with the graph: on large
    graphs it stops early).
    """
    view = igraph_view(G, weight=weight)
    g = view.graph
    if g.vcount() == 0:
        return {}
    weights = "weight" if g.ecount() else None
    return view.values(g.pagerank(weights=weights, damping=alpha, implementation="prpack"))


def influence(G: nx.Graph, *, budget: int = WORK_BUDGET, seed: int = 0) -> dict[Hashable, float]:
    """Return one score per node in [0, 1]: harmonic centrality scaled so the top node
    scores 1 (see the module's note). A graph with no edges scores every node 0."""
    values = harmonic(G, budget=budget, seed=seed)["values"]
    top = max(values.values(), default=0.0)
    return {n: (h / top if top else 0.0) for n, h in values.items()}


def centrality(
    G: nx.Graph,
    *,
    sort: str = "influence",
    types: set[str] | None = None,
    offset: int = 0,
    limit: int | None = None,
    budget: int = WORK_BUDGET,
    seed: int = 0,
) -> dict[str, Any]:
    """Return every centrality measure per node, sorted by one of them.

    `{"method": {"exact", "k", "seed", "budget"}, "sort", "total", "offset",
    "next_offset", "nodes": [{"id", "name", "type", "degree", "strength",
    "betweenness", "harmonic", "pagerank", "influence"}, ...]}`: `ranked(measures(G))`.
    `method` says whether betweenness and harmonic centrality are exact or come
    from `k` sampled sources. Raises ValueError for an unknown `sort`.
    """
    found = measures(G, budget=budget, seed=seed)
    return ranked(found, sort=sort, types=types, offset=offset, limit=limit)


def measures(G: nx.Graph, *, budget: int = WORK_BUDGET, seed: int = 0) -> dict[str, Any]:
    """Every measure of every node, in graph order: `{"method", "nodes": [rows]}` as in
    `centrality`, unsorted. The costly part of `centrality`, worth caching."""
    view: View = igraph_view(G)
    chosen = sources(G, budget=budget, seed=seed)
    degrees = degree(G)
    between = betweenness(G, chosen=chosen)["values"]
    near = harmonic(G, chosen=chosen)["values"]
    ranks = pagerank(G)
    top = max(near.values(), default=0.0)
    nodes = [
        {
            **describe(G, n),
            **degrees[n],
            "betweenness": between[n],
            "harmonic": near[n],
            "pagerank": ranks[n],
            "influence": near[n] / top if top else 0.0,
        }
        for n in view.nodes
    ]
    method = {key: chosen[key] for key in ("exact", "k", "seed")}
    return {"method": {**method, "budget": budget}, "nodes": nodes}


def ranked(
    found: dict[str, Any],
    *,
    sort: str = "influence",
    types: set[str] | None = None,
    offset: int = 0,
    limit: int | None = None,
) -> dict[str, Any]:
    """One page of `measures`' rows, as `centrality` gives it.

    `sort` is one of `SORTS` (highest first; "name" alphabetical), ties by name
    then id. `types` keeps only nodes of those entity types (measured on the
    whole graph); `offset` and `limit` page through the sorted rows (`total`
    counts them all; `next_offset` is None on the last page). Raises ValueError
    for an unknown `sort`.
    """
    if sort not in SORTS:
        raise ValueError(f"unknown sort {sort!r}: one of {', '.join(SORTS)}")
    rows = [r for r in found["nodes"] if types is None or r["type"] in types]
    if sort == "name":
        rows.sort(key=lambda r: (str(r["name"]).casefold(), str(r["id"])))
    else:
        rows.sort(key=lambda r: (-r[sort], str(r["name"]).casefold(), str(r["id"])))
    end = offset + limit if limit is not None else len(rows)
    return {
        "method": found["method"],
        "sort": sort,
        "total": len(rows),
        "offset": offset,
        "next_offset": end if end < len(rows) else None,
        "nodes": rows[offset:end],
    }
