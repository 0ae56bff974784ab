"""The igraph view of a networkx graph, behind the whole-graph measures.

Centrality and communities run in python-igraph's C code, behind
`collabgraph.analysis`'s networkx-shaped functions (a networkx graph in, plain
data out). The view is the graph's simple undirected form (as `simple_graph`:
parallel and opposite edges merged, weights summed, self-loops dropped), nodes
in the graph's own order. It is built once per graph and kept in the graph's
`__networkx_cache__`, where networkx keeps its own backend conversions and which
it empties whenever the graph is changed through its methods; a projection made
by `collaboration_graph` leaves its weight matrix there, so its view costs one
pass over arrays rather than over Python dicts.
"""

from __future__ import annotations

import random
import threading
from collections.abc import Hashable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import igraph as ig
import networkx as nx
import numpy as np
import scipy.sparse as sp

_CACHE_KEY = "collabgraph.igraph"
MATRIX_KEY = "collabgraph.weights"  # (nodes, upper-triangular coo weights) from a projection


@dataclass(frozen=True)
class View:
    """A graph as igraph holds it: `graph` (undirected, edge attribute "weight"),
    and `nodes[i]`, the networkx node of igraph vertex i."""

    graph: ig.Graph
    nodes: list[Hashable]

    def values(self, found: list[float] | np.ndarray) -> dict[Hashable, float]:
        """Per-vertex results as `{node: float}`."""
        return dict(zip(self.nodes, np.asarray(found, dtype=float).tolist(), strict=True))


def igraph_view(G: nx.Graph, *, weight: str = "weight") -> View:
    """The simple undirected view of `G` in igraph, built once per graph.

    Edge weights are the sums of the merged edges' `weight` attributes (1 for an
    edge without one), as in `simple_graph`.
    """
    cache = getattr(G, "__networkx_cache__", None)
    key = (_CACHE_KEY, weight)
    if cache is not None and key in cache:
        return cache[key]
    stored = cache.get(MATRIX_KEY) if cache is not None and weight == "weight" else None
    if stored is not None and len(stored[0]) == G.number_of_nodes():
        nodes, upper = stored
    else:
        nodes, upper = list(G), _upper_weights(G, weight)
    ends = list(zip(upper.row.tolist(), upper.col.tolist(), strict=True))
    g = ig.Graph(n=len(nodes), edges=ends)
    g.es["weight"] = upper.data.astype(float).tolist()
    view = View(g, nodes)
    if cache is not None:
        cache[key] = view
    return view


def remember_weights(G: nx.Graph, nodes: list[Hashable], upper: sp.coo_array) -> None:
    """Keep a projection's weight matrix (upper triangle, over `nodes`) with the graph,
    so that `igraph_view` need not read it back out of the adjacency dicts."""
    cache = getattr(G, "__networkx_cache__", None)
    if cache is not None:
        cache[MATRIX_KEY] = (nodes, upper)


def _upper_weights(G: nx.Graph, weight: str) -> sp.coo_array:
    index = {n: i for i, n in enumerate(G)}
    rows, cols, data = [], [], []
    for u, v, d in G.edges(data=True):
        if u != v:
            rows.append(index[u])
            cols.append(index[v])
            data.append(d.get(weight, 1))
    r, c = np.array(rows, dtype=np.int64), np.array(cols, dtype=np.int64)
    low, high = np.minimum(r, c), np.maximum(r, c)
    n = len(index)
    summed = sp.coo_array((np.array(data, dtype=float), (low, high)), shape=(n, n)).tocsr()
    summed.sum_duplicates()
    return summed.tocoo()


_RNG_LOCK = threading.Lock()


@contextmanager
def seeded(seed: int) -> Iterator[None]:
    """Run igraph's randomised algorithms with their own seeded generator.

    igraph draws from one process-wide generator; this holds a lock while it is
    swapped for `random.Random(seed)`, so the same graph and seed always give the
    same answer, whatever runs beside it.
    """
    with _RNG_LOCK:
        ig.set_random_number_generator(random.Random(seed))
        try:
            yield
        finally:
            ig.set_random_number_generator(random)
