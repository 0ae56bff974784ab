"""Sparse-matrix kernels behind the whole-graph figures.

Collaboration graphs of 100k people can have millions of ties, where a loop
over nodes in Python takes minutes; these kernels do the same counting as
sparse products, in row blocks so that memory stays bounded.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterator, Sequence

import networkx as nx
import numpy as np
import scipy.sparse as sp

# Stored entries one block of a sparse product may hold (~12 bytes each).
BLOCK_ENTRIES = 8_000_000


def adjacency(
    G: nx.Graph, nodes: Sequence[Hashable] | None = None, *, weight: str | None = None
) -> sp.csr_array:
    """The adjacency matrix of a simple undirected graph in `nodes` order
    (float; 1 per edge when `weight` is None)."""
    if G.number_of_nodes() == 0:
        return sp.csr_array((0, 0), dtype=float)
    return nx.to_scipy_sparse_array(G, nodelist=nodes, weight=weight, format="csr", dtype=float)


def row_blocks(A: sp.csr_array, *, budget: int | None = None) -> Iterator[tuple[int, int]]:
    """Yield `(start, stop)` row ranges whose product `A[start:stop] @ A` stays near
    `budget` (default `BLOCK_ENTRIES`) stored entries, estimated by the walks of
    length two from each row."""
    budget = BLOCK_ENTRIES if budget is None else budget
    n = A.shape[0]
    degrees = np.diff(A.indptr)
    work = np.cumsum(A.astype(bool).astype(np.int64) @ degrees)
    start = 0
    while start < n:
        done = work[start - 1] if start else 0
        stop = int(np.searchsorted(work, done + budget, side="right"))
        stop = min(max(stop, start + 1), n)
        yield start, stop
        start = stop


def triangles_per_node(A: sp.csr_array) -> np.ndarray:
    """Number of triangles through each node of a binary symmetric adjacency matrix."""
    found = np.zeros(A.shape[0])
    for start, stop in row_blocks(A):
        rows = A[start:stop]
        found[start:stop] = np.asarray((rows @ A).multiply(rows).sum(axis=1)).ravel() / 2
    return found
