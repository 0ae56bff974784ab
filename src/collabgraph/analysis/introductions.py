"""Suggested introductions: people who work with the same people but not with each other.

Read on a collaboration graph (`collaboration_graph(G)`): two people with no
direct tie who share collaborators are ranked by how many they share, then by
how strong those shared ties are. Counting is a sparse matrix product taken in
row blocks, so the whole graph is ranked without a loop over pairs and without
holding every candidate pair at once.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass
from typing import Any

import networkx as nx
import numpy as np
import scipy.sparse as sp

from collabgraph.analysis.graph import describe, name_order, simple_graph
from collabgraph.analysis.sparse import adjacency, row_blocks
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
    if len(nodes) < 3 or H.number_of_edges() == 0 or limit <= 0:
        return []
    W = adjacency(H, nodes, weight=weight)
    A = adjacency(H, nodes)
    if for_id is None:
        blocks = row_blocks(A)
    else:
        i = nodes.index(for_id)
        blocks = iter([(i, i + 1)])

    best = _Candidates.empty()
    for start, stop in blocks:
        shared = (A[start:stop] @ A).tocoo()
        rows, cols, common = shared.row + start, shared.col, shared.data
        # Each unordered pair once (a before b in name order), unless one end is fixed.
        keep = (common >= min_common) & (cols != rows if for_id is not None else cols > rows)
        rows, cols, common = rows[keep], cols[keep], common[keep]
        keep = _lookup(A, rows, cols) == 0
        rows, cols, common = rows[keep], cols[keep], common[keep]
        strength = _lookup(W[start:stop] @ W, rows - start, cols)
        best = best.merge(_Candidates(rows, cols, common, strength), limit)

    found = []
    for r, c, n, s in zip(best.rows, best.cols, best.common, best.strength, strict=True):
        a, b = nodes[r], nodes[c]
        shared = _shared(H, a, b, weight)
        found.append(
            {
                "a": describe(H, a),
                "b": describe(H, b),
                "common_count": int(n),
                "strength": float(s),
                "common": [describe(H, m) for m in shared],
                "reason": _reason(H, shared),
            }
        )
    return found


@dataclass
class _Candidates:
    """Pairs (as node indices in name order) with their shared count and strength."""

    rows: np.ndarray
    cols: np.ndarray
    common: np.ndarray
    strength: np.ndarray

    @classmethod
    def empty(cls) -> _Candidates:
        return cls(*(np.zeros(0, dtype=t) for t in (np.int64, np.int64, float, float)))

    def merge(self, other: _Candidates, limit: int) -> _Candidates:
        """The best `limit` of both: most shared, then strongest, then names."""
        rows, cols, common, strength = (
            np.concatenate([a, b]) for a, b in zip(self.fields(), other.fields(), strict=True)
        )
        # lexsort's last key is the primary one; index order is name order.
        order = np.lexsort((cols, rows, -strength, -common))[:limit]
        return _Candidates(rows[order], cols[order], common[order], strength[order])

    def fields(self) -> tuple[np.ndarray, ...]:
        return (self.rows, self.cols, self.common, self.strength)


def _lookup(M: sp.csr_array, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
    """Values of a sparse matrix at (rows[i], cols[i]), 0 where nothing is stored."""
    if len(rows) == 0:
        return np.zeros(0)
    return np.asarray(sp.csr_array(M)[rows, cols]).ravel().astype(float)


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
