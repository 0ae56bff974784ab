"""Suggested introductions: two who work with the same people but not yet together.

A pair qualifies when the two are of the same kind (two people, or two
organisations), are not tied in any way in the collaboration network (no
direct tie, no shared context, so not colleagues at their own organisation,
and in the network of everyone not a person and their own organisation), and
share at least `min_common` collaborators. Pairs are ranked by how many
collaborators they share, then by the contexts behind those ties. For one
entity, a two-step walk; for the whole network, a sparse matrix product taken
in row blocks, so pairs are ranked without a Python loop over them and without
holding every candidate at once. The whole-network ranking costs the sum of
squared degrees: seconds for tens of thousands of ties, minutes for millions.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass
from typing import Any

import networkx as nx
import numpy as np
import scipy.sparse as sp

from collabgraph.analysis.collaboration import collaboration_network, network_kinds
from collabgraph.analysis.collaborators import ties_of
from collabgraph.analysis.graph import describe, filter_graph, name_order
from collabgraph.analysis.periods import Window, timeless_relations
from collabgraph.analysis.sectors import sectors_of
from collabgraph.analysis.sparse import adjacency, row_blocks
from collabgraph.errors import EntityNotFound, NotInNetwork


def introductions(
    G: nx.MultiDiGraph,
    *,
    network: str = "people",
    for_id: Hashable | None = None,
    limit: int = 20,
    min_common: int = 2,
    since: str | None = None,
    until: str | None = None,
    projection: nx.Graph | None = None,
) -> dict[str, Any]:
    """Return pairs worth introducing, best first, each with its reason and evidence.

    `G` is an entity graph (as `to_networkx` gives); `network` is "people",
    "organisations" or "everyone" (see `collaboration_network`). Answer:
    `{"window": {"since", "until", "timeless"}, "introductions": [{"a": {"id",
    "name", "type", "sectors"}, "b": {...}, "common_count", "contexts", "common":
    [{"id", "name", "type"}], "reason", "cross_sector", "path": [{"from", "to",
    "contexts": [...]}, {...}]}]}` where `common` lists the shared collaborators
    strongest first, `contexts` counts the contexts of the ties from a and b to
    them, `path` is the evidence: a's tie to the strongest shared collaborator
    and that collaborator's tie to b, each with its contexts as in
    `collaborators_of`, and `cross_sector` says the two are in different sectors
    (public, voluntary, private; `collabgraph.analysis.sectors`) and so the
    introduction would bridge them. Ranked by `common_count`, then `contexts`,
    then names. With `for_id`, only pairs with that entity, it being `a`.

    `projection` may hand over `collaboration_network(G, network)` (of the
    windowed graph) already built. Raises EntityNotFound if `for_id` is not in the
    graph, NotInNetwork if it is of a kind the network does not hold (an event; a
    person in the organisations network), ValueError for an unknown network or a
    bad window.
    """
    kinds = network_kinds(network)
    window = Window(since, until)
    if not window.open:
        G = filter_graph(G, since=since, until=until)
    H = projection if projection is not None else collaboration_network(G, network)
    if for_id is not None and for_id not in H:
        if for_id in G:
            node = G.nodes[for_id]
            raise NotInNetwork(
                f"{node.get('name', for_id)} ({node.get('type')}) is not in the {network}"
                f" network: its introductions are between {' or '.join(kinds)} entities"
            )
        raise EntityNotFound(str(for_id))
    found: list[dict[str, Any]] = []
    if limit > 0:
        if for_id is None:
            pairs = _best_pairs(H, min_common=min_common, limit=limit)
        else:
            pairs = _best_pairs_for(H, for_id, min_common=min_common, limit=limit)
        ties: dict[Hashable, dict[Hashable, list]] = {}
        for a, b, count, contexts in pairs:
            found.append(_introduction(G, H, kinds, ties, a, b, count, contexts))
    timeless = timeless_relations(G) if not window.open else 0
    return {"window": window.describe(timeless), "introductions": found}


def _introduction(
    G: nx.MultiDiGraph,
    H: nx.Graph,
    kinds: tuple[str, ...],
    ties: dict[Hashable, dict[Hashable, list]],
    a: Hashable,
    b: Hashable,
    count: int,
    contexts: int,
) -> dict[str, Any]:
    shared = _shared(H, a, b)
    via = shared[0]
    for end in (a, via):
        if end not in ties:
            found = ties_of(G, end, kinds=kinds)["collaborators"]
            ties[end] = {c["id"]: c["contexts"] for c in found}
    sectors = {n: sectors_of(G, n) for n in (a, b)}
    return {
        "a": {**describe(H, a), "sectors": sectors[a]},
        "b": {**describe(H, b), "sectors": sectors[b]},
        "common_count": count,
        "contexts": contexts,
        "common": [describe(H, m) for m in shared],
        "reason": _reason(H, shared),
        "cross_sector": bool(sectors[a] and sectors[b] and set(sectors[a]).isdisjoint(sectors[b])),
        "path": [
            {"from": describe(H, a), "to": describe(H, via), "contexts": ties[a].get(via, [])},
            {"from": describe(H, via), "to": describe(H, b), "contexts": ties[via].get(b, [])},
        ],
    }


def _kind(H: nx.Graph, n: Hashable) -> Any:
    return H.nodes[n].get("type")


def _best_pairs_for(
    H: nx.Graph, a: Hashable, *, min_common: int, limit: int
) -> list[tuple[Hashable, Hashable, int, int]]:
    """Walk two steps out from `a`: cheap for one entity even on a big graph."""
    adj = H._adj
    common: dict[Hashable, int] = {}
    contexts: dict[Hashable, int] = {}
    for m, d in adj[a].items():
        wa = d.get("weight", 1)
        for b, e in adj[m].items():
            if b == a or b in adj[a] or _kind(H, b) != _kind(H, a):
                continue
            common[b] = common.get(b, 0) + 1
            contexts[b] = contexts.get(b, 0) + wa + e.get("weight", 1)
    found = [b for b, count in common.items() if count >= min_common]
    found.sort(key=lambda b: (-common[b], -contexts[b], *_name_key(H, b)))
    return [(a, b, common[b], int(contexts[b])) for b in found[:limit]]


def _best_pairs(
    H: nx.Graph, *, min_common: int, limit: int
) -> list[tuple[Hashable, Hashable, int, int]]:
    """Count shared neighbours of every pair as A·A, and their contexts as W·A + A·W,
    block by block of rows."""
    if H.number_of_edges() == 0:
        return []
    nodes = name_order(H, H)
    codes: dict[Any, int] = {}
    kind = np.array([codes.setdefault(_kind(H, n), len(codes)) for n in nodes])
    W = adjacency(H, nodes, weight="weight")
    A = W.copy()
    A.data[:] = 1.0
    best = _Candidates.empty()
    for start, stop in row_blocks(A):
        shared = (A[start:stop] @ A).tocoo()
        rows, cols, common = shared.row + start, shared.col, shared.data
        # Each unordered pair once (a before b in name order), of one kind, not yet tied.
        keep = (common >= min_common) & (cols > rows) & (kind[rows] == kind[cols])
        rows, cols, common = rows[keep], cols[keep], common[keep]
        keep = _lookup(A, rows, cols) == 0
        rows, cols, common = rows[keep], cols[keep], common[keep]
        both = W[start:stop] @ A + A[start:stop] @ W
        contexts = _lookup(both, rows - start, cols)
        best = best.merge(_Candidates(rows, cols, common, contexts), limit)
    return [
        (nodes[r], nodes[c], int(n), round(s))
        for r, c, n, s in zip(best.rows, best.cols, best.common, best.contexts, strict=True)
    ]


@dataclass
class _Candidates:
    """Pairs (as node indices in name order) with their shared count and contexts."""

    rows: np.ndarray
    cols: np.ndarray
    common: np.ndarray
    contexts: np.ndarray

    @classmethod
    def empty(cls) -> _Candidates:
        return cls(*(np.zeros(0, dtype=t) for t in (np.int64, np.int64, float, float)))

    def merge(self, other: _Candidates, limit: int) -> _Candidates:
        """The best `limit` of both: most shared, then most contexts, then names."""
        rows, cols, common, contexts = (
            np.concatenate([a, b]) for a, b in zip(self.fields(), other.fields(), strict=True)
        )
        # lexsort's last key is the primary one; index order is name order.
        order = np.lexsort((cols, rows, -contexts, -common))[:limit]
        return _Candidates(rows[order], cols[order], common[order], contexts[order])

    def fields(self) -> tuple[np.ndarray, ...]:
        return (self.rows, self.cols, self.common, self.contexts)


def _lookup(M: sp.csr_array, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
    """Values of a sparse matrix at (rows[i], cols[i]), 0 where nothing is stored."""
    if len(rows) == 0:
        return np.zeros(0)
    return np.asarray(sp.csr_array(M)[rows, cols]).ravel().astype(float)


def _shared(H: nx.Graph, a: Hashable, b: Hashable) -> list[Hashable]:
    """Shared neighbours, strongest (most contexts to both) first, then by name."""
    adj = H._adj
    ordered = name_order(H, set(adj[a]) & set(adj[b]))
    return sorted(
        ordered,
        key=lambda n: -(adj[a][n].get("weight", 1) + adj[b][n].get("weight", 1)),
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


def _name_key(H: nx.Graph, n: Hashable) -> tuple[str, str]:
    return (str(H.nodes[n].get("name") or n).casefold(), str(n))
