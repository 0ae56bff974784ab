"""Who is central: degree, betweenness, PageRank, and one influence score for maps.

Every function reads the simple undirected view of its graph (see
`simple_graph`), so it accepts a collaboration graph, an interlock graph or the
entity graph itself. Edge `weight` is a strength (more shared contexts = a
stronger tie): PageRank and strength use it; betweenness counts hops and
ignores it, since a strong tie is not a longer one.
"""

from __future__ import annotations

import random
from collections.abc import Hashable
from typing import Any

import networkx as nx
import numpy as np

from collabgraph.analysis.graph import describe, simple_graph
from collabgraph.analysis.sparse import adjacency, betweenness_from

# Above this many nodes, betweenness is estimated from `k` sampled sources.
EXACT_BETWEENNESS_LIMIT = 2000
BETWEENNESS_SAMPLES = 256


def degree(G: nx.Graph, *, weight: str = "weight") -> dict[Hashable, dict[str, float]]:
    """Return `{node: {"degree": distinct neighbours, "strength": summed edge weight}}`."""
    H = simple_graph(G, weight=weight)
    strength = dict(H.degree(weight=weight))
    return {n: {"degree": d, "strength": strength[n]} for n, d in H.degree()}


def betweenness(
    G: nx.Graph,
    *,
    exact_limit: int = EXACT_BETWEENNESS_LIMIT,
    k: int = BETWEENNESS_SAMPLES,
    seed: int = 0,
) -> dict[str, Any]:
    """Return normalised betweenness centrality and how it was computed.

    Exact when the graph has at most `exact_limit` nodes; otherwise estimated from
    `k` source nodes sampled with `seed`, so the same graph gives the same values.
    The values are networkx's `betweenness_centrality(G, k=..., seed=...)` (same
    sampled sources, same scaling), computed with sparse matrix products.
    Returns `{"values": {node: float}, "exact": bool, "k": int | None,
    "seed": int | None}` (`k` and `seed` are None when exact).
    """
    H = simple_graph(G)
    nodes = list(H)
    n = len(nodes)
    exact = n <= exact_limit or k >= n
    sampled = nodes if exact else random.Random(seed).sample(nodes, k)
    index = {v: i for i, v in enumerate(nodes)}
    raw = betweenness_from(adjacency(H, nodes), np.array([index[v] for v in sampled], dtype=int))
    if n > 2:
        # networkx's scaling: ordered pairs (s, t) with v neither, per sampled source.
        if exact:
            raw /= (n - 1) * (n - 2)
        else:
            is_source = np.zeros(n, dtype=bool)
            is_source[[index[v] for v in sampled]] = True
            raw /= np.where(is_source, (k - 1) * (n - 2), k * (n - 2))
    values = dict(zip(nodes, raw.tolist(), strict=True))
    if exact:
        return {"values": values, "exact": True, "k": None, "seed": None}
    return {"values": values, "exact": False, "k": k, "seed": seed}


def pagerank(G: nx.Graph, *, weight: str = "weight", alpha: float = 0.85) -> dict[Hashable, float]:
    """Return weighted PageRank of each node (values sum to 1; empty graph gives {})."""
    H = simple_graph(G, weight=weight)
    if H.number_of_nodes() == 0:
        return {}
    return nx.pagerank(H, alpha=alpha, weight=weight)


def influence(G: nx.Graph, *, weight: str = "weight") -> dict[Hashable, float]:
    """Return one score per node in [0, 1] for sizing a map: PageRank scaled so the
    most influential node scores 1. A graph with no edges scores every node 1."""
    ranks = pagerank(G, weight=weight)
    top = max(ranks.values(), default=0.0)
    return {n: (r / top if top else 0.0) for n, r in ranks.items()}


def centrality(
    G: nx.Graph,
    *,
    limit: int | None = None,
    exact_limit: int = EXACT_BETWEENNESS_LIMIT,
    k: int = BETWEENNESS_SAMPLES,
    seed: int = 0,
) -> dict[str, Any]:
    """Return every centrality measure per node, most influential first.

    `{"betweenness": {"exact", "k", "seed"}, "nodes": [{"id", "name", "type",
    "degree", "strength", "betweenness", "pagerank", "influence"}, ...]}`, sorted by
    influence (highest first), then name; `limit` keeps only the first so many.
    """
    H = simple_graph(G)
    degrees = degree(H)
    between = betweenness(H, exact_limit=exact_limit, k=k, seed=seed)
    ranks = pagerank(H)
    top = max(ranks.values(), default=0.0)
    rows = [
        {
            **describe(H, n),
            **degrees[n],
            "betweenness": between["values"][n],
            "pagerank": ranks[n],
            "influence": ranks[n] / top if top else 0.0,
        }
        for n in H
    ]
    rows.sort(key=lambda r: (-r["influence"], str(r["name"]).casefold(), str(r["id"])))
    return {
        "betweenness": {key: between[key] for key in ("exact", "k", "seed")},
        "nodes": rows[:limit] if limit is not None else rows,
    }
