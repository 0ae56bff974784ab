"""Clusters and the brokers between them.

Communities come from modularity maximisation on the simple undirected view of
the graph (edge `weight` as strength), in python-igraph: Leiden (Traag, Waltman
& van Eck 2019; `Graph.community_leiden`, the default) or Louvain (Blondel et
al. 2008; `Graph.community_multilevel`), at every size, with `resolution`
honoured, seeded so the same graph gives the same clusters. A broker is someone
whose ties reach into communities other than their own: scored by their
participation coefficient (how evenly their ties spread over communities)
together with their betweenness.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterable
from typing import Any

import igraph as ig
import networkx as nx

from collabgraph.analysis.centrality import WORK_BUDGET, betweenness
from collabgraph.analysis.graph import describe, name_order, simple_graph
from collabgraph.analysis.igraph_view import igraph_view, seeded

METHODS: tuple[str, ...] = ("leiden", "louvain")
# Leiden passes over the graph: igraph's default. Two already beat Louvain's
# modularity on the benchmark graph (0.299 against 0.292) in a third of its
# time; running to a stable partition took 20 times longer there.
LEIDEN_ITERATIONS = 2
# Ties × runs: small graphs are searched from several seeds (seed, seed + 1, ...)
# and the partition scoring best is kept, since one run of either method can stop
# 0.01 or more below the best modularity there (Davis: 0.315 to 0.336 over ten
# seeds); from a million ties on, one run.
RUNS_BUDGET = 1_000_000
MAX_RUNS = 10


def communities(
    G: nx.Graph,
    *,
    method: str = "leiden",
    resolution: float = 1.0,
    seed: int = 0,
    weight: str = "weight",
) -> list[list[Hashable]]:
    """Return communities as lists of node ids, largest first.

    `method` is "leiden" (igraph's `community_leiden` maximising modularity,
    `LEIDEN_ITERATIONS` passes) or "louvain" (igraph's `community_multilevel`);
    both maximise modularity with `resolution` (higher gives more, smaller
    communities) and are seeded, so the same graph gives the same communities.
    A graph of under `RUNS_BUDGET` ties is searched from `runs(ties)` seeds
    (`seed`, `seed + 1`, ...) and the best-scoring partition kept.
    Members are in name order; communities of equal size are ordered by their
    first member's name. Every node is in exactly one community (an isolated
    node is a community of one). Raises ValueError for an unknown method or a
    resolution that is not positive.
    """
    if method not in METHODS:
        raise ValueError(f"unknown community method {method!r}: {' or '.join(METHODS)}")
    if not resolution > 0:
        raise ValueError("resolution must be above 0")
    view = igraph_view(G, weight=weight)
    g = view.graph
    if g.vcount() == 0:
        return []
    membership = _best_partition(g, method, resolution, seed)
    groups: dict[int, list[Hashable]] = {}
    for node, label in zip(view.nodes, membership, strict=True):
        groups.setdefault(label, []).append(node)
    ordered = [name_order(G, members) for members in groups.values()]
    ordered.sort(key=lambda c: (-len(c), _name_key(G, c[0])))
    return ordered


def runs(edges: int) -> int:
    """How many seeds `communities` tries on a graph with this many ties."""
    return max(1, min(MAX_RUNS, RUNS_BUDGET // max(edges, 1)))


def _best_partition(g: ig.Graph, method: str, resolution: float, seed: int) -> list[int]:
    weights = "weight" if g.ecount() else None
    best, best_score = None, float("-inf")
    for attempt in range(runs(g.ecount())):
        with seeded(seed + attempt):
            if method == "leiden":
                found = g.community_leiden(
                    objective_function="modularity",
                    weights=weights,
                    resolution=resolution,
                    n_iterations=LEIDEN_ITERATIONS,
                )
            else:
                found = g.community_multilevel(weights=weights, resolution=resolution)
        score = g.modularity(found.membership, weights=weights, resolution=resolution)
        if best is None or score > best_score:  # without ties modularity is NaN
            best, best_score = found.membership, score
    return best


def community_report(
    G: nx.Graph,
    *,
    method: str = "leiden",
    resolution: float = 1.0,
    seed: int = 0,
    top: int = 5,
    weight: str = "weight",
) -> dict[str, Any]:
    """Return `communities(G, ...)` described, and how they were found.

    `{"method", "resolution", "seed", "runs" (seeds tried), "iterations" (Leiden's
    passes; None for Louvain), "modularity", "communities": [...]}` with
    `modularity` and `communities` as in `describe_communities`.
    """
    groups = communities(G, method=method, resolution=resolution, seed=seed, weight=weight)
    return {
        "method": method,
        "resolution": resolution,
        "seed": seed,
        "runs": runs(igraph_view(G, weight=weight).graph.ecount()),
        "iterations": LEIDEN_ITERATIONS if method == "leiden" else None,
        **describe_communities(G, groups, top=top, weight=weight),
    }


def describe_communities(
    G: nx.Graph,
    groups: Iterable[Iterable[Hashable]],
    *,
    top: int = 5,
    weight: str = "weight",
) -> dict[str, Any]:
    """Return the partition as plain data.

    `{"modularity": float, "communities": [{"id": index, "size", "members": [ids],
    "top": [{"id", "name", "type", "degree"}, ...]}]}` where `top` are the `top`
    members with most ties inside the graph (then by name).
    """
    H = simple_graph(G, weight=weight)
    groups = [list(g) for g in groups]
    if H.number_of_nodes() == 0:
        return {"modularity": 0.0, "communities": []}
    modularity = modularity_of(G, groups, weight=weight)
    degrees = dict(H.degree())
    found = []
    for i, members in enumerate(groups):
        best = sorted(members, key=lambda n: (-degrees[n], _name_key(H, n)))[:top]
        found.append(
            {
                "id": i,
                "size": len(members),
                "members": members,
                "top": [{**describe(H, n), "degree": degrees[n]} for n in best],
            }
        )
    return {"modularity": modularity, "communities": found}


def modularity_of(G: nx.Graph, groups: list[list[Hashable]], *, weight: str = "weight") -> float:
    """Newman's modularity (resolution 1) of a partition, as networkx's `modularity`
    gives it (0 for a graph without edges); computed by igraph."""
    view = igraph_view(G, weight=weight)
    if view.graph.ecount() == 0:
        return 0.0
    label = {n: i for i, members in enumerate(groups) for n in members}
    membership = [label[n] for n in view.nodes]
    return float(view.graph.modularity(membership, weights="weight"))


def brokers(
    G: nx.Graph,
    groups: Iterable[Iterable[Hashable]],
    *,
    limit: int | None = 20,
    between: dict[Hashable, float] | None = None,
    budget: int = WORK_BUDGET,
    seed: int = 0,
    weight: str = "weight",
) -> list[dict[str, Any]]:
    """Return who bridges communities, best broker first.

    `groups` is a partition such as `communities(G)` gives; a community's id is its
    index there. A broker has ties into at least one community besides their own.
    Each comes back as `{"id", "name", "type", "community", "communities": [ids of
    every community they touch, their own first], "ties": [{"community", "count",
    "strength"}], "participation", "betweenness", "score"}` where `participation`
    is the weighted participation coefficient 1 - Σ_s (strength into s / strength)²
    and `score` = (participation + betweenness / highest betweenness) / 2. Sorted
    by score (highest first), then name; `limit` None returns all.

    `between` reuses betweenness values already computed (e.g. by `centrality`);
    otherwise they are computed as `betweenness(G, budget=..., seed=...)` does.
    Raises ValueError if a node is in no community.
    """
    H = simple_graph(G, weight=weight)
    groups = [list(g) for g in groups]
    membership = {n: i for i, members in enumerate(groups) for n in members}
    missing = [n for n in H if n not in membership]
    if missing:
        raise ValueError(f"{len(missing)} nodes are in no community, e.g. {missing[0]!r}")

    candidates = {}
    for n in H:
        counts: Counter[int] = Counter()
        strength: Counter[int] = Counter()
        for m, d in H._adj[n].items():
            counts[membership[m]] += 1
            strength[membership[m]] += d.get(weight, 1)
        own = membership[n]
        if not set(counts) - {own}:
            continue
        total = sum(strength.values())
        participation = 1.0 - sum((s / total) ** 2 for s in strength.values()) if total else 0.0
        candidates[n] = (own, counts, strength, participation)
    if not candidates:
        return []

    if between is None:
        between = betweenness(G, budget=budget, seed=seed)["values"]
    top_between = max((between.get(n, 0.0) for n in candidates), default=0.0)
    found = []
    for n, (own, counts, strength, participation) in candidates.items():
        b = between.get(n, 0.0)
        others = sorted(set(counts) - {own}, key=lambda c: (-counts[c], c))
        touched = [own, *others]
        found.append(
            {
                **describe(H, n),
                "community": own,
                "communities": touched,
                "ties": [
                    {"community": c, "count": counts[c], "strength": strength[c]}
                    for c in touched
                    if counts[c]
                ],
                "participation": participation,
                "betweenness": b,
                "score": (participation + (b / top_between if top_between else 0.0)) / 2,
            }
        )
    found.sort(key=lambda r: (-r["score"], str(r["name"]).casefold(), str(r["id"])))
    return found[:limit] if limit is not None else found


def _name_key(G: nx.Graph, n: Hashable) -> tuple[str, str]:
    return (str(G.nodes[n].get("name") or n).casefold(), str(n))
