"""Suggested introductions: people who work with the same people but not with each other.

Read on a collaboration graph (`collaboration_graph(G)`): two people with no
direct tie who share collaborators are ranked by how many they share, then by
how strong those shared ties are. Counting is a sparse matrix product, so the
whole graph is ranked without a loop over pairs.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import Any

import networkx as nx
import numpy as np
import scipy.sparse as sp

from collabgraph.analysis.graph import describe, name_order, simple_graph
from collabgraph.errors import EntityNotFound


def introductions(
    G: nx.Graph,
    *,
    for_id: Hashable | None = None,
    limit: int = 20,
    min_common: int = 2,
    weight: str = "weight",
) -> list[dict[str, Any]]:
    """Return pairs worth introducing, best first.

    A pair qualifies when the two are not joined and share at least `min_common`
    neighbours (collaborators, on a collaboration graph). Each item is
    `{"a": {"id", "name", "type"}, "b": {...}, "common_count": int, "strength":
    float, "common": [{"id", "name", "type"}, ...], "reason": "both work with X
    and Y"}`, where `strength` sums, over shared collaborators, the product of
    the two tie weights, and `common` lists the shared collaborators strongest
    first. Ranked by `common_count`, then `strength` (highest first), then names.
    With `for_id`, only pairs including that node are returned, it being `a`.

    Raises EntityNotFound if `for_id` is not in the graph.
    """
    H = simple_graph(G, weight=weight)
    if for_id is not None and for_id not in H:
        raise EntityNotFound(str(for_id))
    nodes = name_order(H, H)
    if len(nodes) < 3 or H.number_of_edges() == 0:
        return []
    index = {n: i for i, n in enumerate(nodes)}
    W = nx.to_scipy_sparse_array(H, nodelist=nodes, weight=weight, format="csr").astype(float)
    A = W.copy()
    A.data[:] = 1.0

    if for_id is None:
        counts = sp.triu(A @ A, k=1).tocsr()
        strengths = sp.triu(W @ W, k=1).tocsr()
    else:
        i = index[for_id]
        counts = sp.csr_array(A[[i], :] @ A)
        strengths = sp.csr_array(W[[i], :] @ W)
    counts = counts.tocoo()
    rows, cols, common = counts.row, counts.col, counts.data
    if for_id is not None:
        rows = np.full_like(cols, index[for_id])
    keep = (common >= min_common) & (rows != cols)
    keep &= ~_joined(A, rows, cols)
    rows, cols, common = rows[keep], cols[keep], common[keep]
    strength = _lookup(strengths, rows if for_id is None else np.zeros_like(rows), cols)
    # lexsort's last key is the primary one; node index order is name order.
    order = np.lexsort((cols, rows, -strength, -common))[:limit]

    found = []
    for r in order:
        a, b = nodes[rows[r]], nodes[cols[r]]
        shared = _shared(H, a, b, weight)
        found.append(
            {
                "a": describe(H, a),
                "b": describe(H, b),
                "common_count": int(common[r]),
                "strength": float(strength[r]),
                "common": [describe(H, n) for n in shared],
                "reason": _reason(H, shared),
            }
        )
    return found


def _joined(A: sp.csr_array, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
    return _lookup(A, rows, cols) > 0


def _lookup(M: sp.csr_array, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
    """Values of a sparse matrix at (rows[i], cols[i]), 0 where nothing is stored."""
    if len(rows) == 0:
        return np.zeros(0)
    return np.asarray(M.tocsr()[rows, cols]).ravel().astype(float)


def _shared(H: nx.Graph, a: Hashable, b: Hashable, weight: str) -> list[Hashable]:
    adj = H._adj
    shared = set(adj[a]) & set(adj[b])
    ordered = name_order(H, shared)
    return sorted(
        ordered,
        key=lambda n: -(adj[a][n].get(weight, 1) * adj[b][n].get(weight, 1)),
    )


def _reason(H: nx.Graph, shared: list[Hashable], *, shown: int = 3) -> str:
    names = [str(H.nodes[n].get("name") or n) for n in shared]
    if len(names) > shown:
        rest = len(names) - shown
        others = "1 other" if rest == 1 else f"{rest} others"
        return f"both work with {', '.join(names[:shown])} and {others}"
    if len(names) == 1:
        return f"both work with {names[0]}"
    return f"both work with {', '.join(names[:-1])} and {names[-1]}"
