"""The whole graph in numbers: counts, components, clustering, triangles.

Structural figures are read on the simple undirected view of a graph (no
direction, no parallel edges, no self-loops), which is how SNAP and networkx
report clustering and triangles. Triangles and clustering come from sparse
matrix products (see `collabgraph.analysis.sparse`) rather than a loop over nodes.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection
from typing import Any

import networkx as nx
import numpy as np
import scipy.sparse as sp
from scipy.sparse.csgraph import connected_components

from collabgraph.analysis.collaboration import collaboration_matrix
from collabgraph.analysis.graph import simple_graph
from collabgraph.analysis.sparse import adjacency, triangles_per_node


def network_stats(G: nx.Graph) -> dict[str, Any]:
    """Return structural figures of a graph's simple undirected view.

    `{"nodes", "edges", "density", "components", "largest_component",
    "largest_component_edges", "isolated", "average_clustering", "triangles"}`:
    `average_clustering` is networkx's `average_clustering` (every node counted,
    0 for degree < 2) and `triangles` the number of distinct triangles.
    """
    return _structure(adjacency(simple_graph(G)))


def _structure(A: sp.csr_array) -> dict[str, Any]:
    """`network_stats` of a binary symmetric adjacency matrix without self-loops."""
    n = A.shape[0]
    m = int(A.nnz // 2)
    if n == 0:
        return {
            "nodes": 0,
            "edges": 0,
            "density": 0.0,
            "components": 0,
            "largest_component": 0,
            "largest_component_edges": 0,
            "isolated": 0,
            "average_clustering": 0.0,
            "triangles": 0,
        }
    deg = np.diff(A.indptr)
    at_node = triangles_per_node(A)
    possible = deg * (deg - 1) / 2
    clustering = np.divide(at_node, possible, out=np.zeros(n), where=possible > 0)
    count, labels = connected_components(A, directed=False)
    sizes = np.bincount(labels)
    largest = int(np.argmax(sizes))
    in_largest = labels == largest
    return {
        "nodes": n,
        "edges": m,
        "density": 2 * m / (n * (n - 1)) if n > 1 else 0.0,
        "components": int(count),
        "largest_component": int(sizes[largest]),
        "largest_component_edges": int(deg[in_largest].sum() // 2),
        "isolated": int((deg == 0).sum()),
        "average_clustering": float(clustering.mean()),
        "triangles": round(float(at_node.sum()) / 3),
    }


def summary(
    G: nx.MultiDiGraph,
    *,
    kinds: Collection[str] = ("Person",),
    max_context_size: int | None = None,
) -> dict[str, Any]:
    """Return the figures of an entity graph shaped like `to_networkx`'s.

    `{"entities": int, "relations": int, "sources": int,
    "entity_types": {type: count}, "relation_types": {type: count},
    "graph": network_stats(entity graph),
    "collaboration": network_stats(collaboration_graph(G, kinds=...,
    max_context_size=...)),
    "interlocks": network_stats(organisation_interlocks(G, max_context_size=...))}`.
    Type counts are sorted by type name. The projections are counted as sparse
    matrices, never built as networkx graphs.
    """
    entity_types = Counter(d.get("type") for _, d in G.nodes(data=True))
    relation_types = Counter(d.get("type", k) for _, _, k, d in G.edges(keys=True, data=True))
    sources = {s for _, d in G.nodes(data=True) for s in d.get("sources") or ()}
    sources |= {s for _, _, d in G.edges(data=True) for s in d.get("sources") or ()}
    collaboration = collaboration_matrix(G, kinds=kinds, max_context_size=max_context_size)
    interlocks = collaboration_matrix(G, interlocks_only=True, max_context_size=max_context_size)
    return {
        "entities": G.number_of_nodes(),
        "relations": G.number_of_edges(),
        "sources": len(sources),
        "entity_types": {t: entity_types[t] for t in sorted(entity_types, key=str)},
        "relation_types": {t: relation_types[t] for t in sorted(relation_types, key=str)},
        "graph": network_stats(G),
        "collaboration": _structure(collaboration),
        "interlocks": _structure(interlocks),
    }
