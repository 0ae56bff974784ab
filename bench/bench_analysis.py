"""Analysis benchmark: centrality and communities from `collabgraph.analysis`, beside igraph.

Builds the synthetic graph of `bench_import.py` (100,000 entities, 500,000
relations) as the entity graph `to_networkx` gives, projects it onto who works
with whom (`collaboration_graph`, people: what `/analysis/centrality` and
`/analysis/communities` read by default), and times on that projection, in the
same run, each measure beside python-igraph on the same graph:

- degree and strength: `analysis.degree` vs `Graph.degree` + `Graph.strength`;
- betweenness estimated from k sampled sources (`analysis.betweenness`, k=256,
  seed 0, as the API does above 2,000 nodes) vs `Graph.betweenness(sources=)`
  from the same sources;
- PageRank (weighted, damping 0.85): `analysis.pagerank` vs `Graph.pagerank`;
- Louvain communities (weighted, resolution 1): `analysis.communities` vs
  `Graph.community_multilevel`; both partitions scored by igraph's modularity.

igraph's times leave out building its graph (given separately). Each pair of
answers is checked to agree (betweenness and PageRank values; Louvain only by
modularity, since the two explore in different orders).

    .venv/bin/python bench/bench_analysis.py
    .venv/bin/python bench/bench_analysis.py --entities 10000 --relations 50000   # quick
"""

from __future__ import annotations

import argparse
import random
import time
from collections.abc import Callable

import igraph as ig
import networkx as nx
import numpy as np
from bench_import import synthetic

from collabgraph import analysis
from collabgraph.analysis.centrality import BETWEENNESS_SAMPLES
from collabgraph.model.graph import Entity, Relation, Subgraph
from collabgraph.model.names import entity_id


def entity_graph(entities, relations) -> nx.MultiDiGraph:
    """The synthetic graph as `to_networkx(store.subgraph())` would give it after an import."""
    types = {label: etype for etype, label in entities}
    ids = {label: entity_id(etype, label) for etype, label in entities}
    return analysis.to_networkx(
        Subgraph(
            entities=[Entity(id=ids[label], type=t, name=label) for t, label in entities],
            relations=[
                Relation(type=rtype, source=ids[a], target=ids[b], role="member")
                for a, rtype, b in relations
                if a in types and b in types
            ],
        )
    )


def timed(call: Callable[[], object], repeat: int = 1) -> tuple[float, object]:
    """Best of `repeat` wall-clock times (seconds) and the last result."""
    best, result = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        result = call()
        best = min(best, time.perf_counter() - start)
    return best, result


def to_igraph(H: nx.Graph, nodes: list) -> ig.Graph:
    index = {n: i for i, n in enumerate(nodes)}
    edges = [(index[u], index[v]) for u, v in H.edges()]
    g = ig.Graph(n=len(nodes), edges=edges, directed=False)
    g.es["weight"] = [d.get("weight", 1) for _, _, d in H.edges(data=True)]
    return g


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entities", type=int, default=100_000)
    parser.add_argument("--relations", type=int, default=500_000)
    parser.add_argument("--k", type=int, default=BETWEENNESS_SAMPLES, help="sampled sources")
    parser.add_argument(
        "--repeat", type=int, default=1, help="best of so many runs of the fast ones"
    )
    args = parser.parse_args()

    entities, relations = synthetic(args.entities, args.relations)
    seconds, G = timed(lambda: entity_graph(entities, relations))
    print(
        f"synthetic graph: {len(entities):,} entities, {len(relations):,} relations"
        f" (to_networkx {seconds:.1f} s)"
    )
    seconds, C = timed(lambda: analysis.collaboration_graph(G, contexts=False))
    print(
        f"collaboration projection (people): {C.number_of_nodes():,} nodes,"
        f" {C.number_of_edges():,} ties in {seconds:.1f} s"
    )
    H = analysis.simple_graph(C)
    nodes = list(H)
    seconds, g = timed(lambda: to_igraph(H, nodes))
    print(f"igraph graph built in {seconds:.1f} s (not counted below)")

    rows = []

    ours, deg = timed(lambda: analysis.degree(H), args.repeat)
    theirs, (ig_deg, ig_strength) = timed(
        lambda: (g.degree(), g.strength(weights="weight")), args.repeat
    )
    agree = all(
        deg[n]["degree"] == ig_deg[i] and deg[n]["strength"] == ig_strength[i]
        for i, n in enumerate(nodes)
    )
    rows.append(("degree + strength", ours, theirs, "same" if agree else "DIFFER"))

    k = min(args.k, len(nodes))
    ours, between = timed(lambda: analysis.betweenness(H, k=k, seed=0))
    # analysis.betweenness samples its sources this way (seeded, from the node order).
    sampled = random.Random(0).sample(nodes, k) if not between["exact"] else nodes
    index = {n: i for i, n in enumerate(nodes)}
    theirs, ig_between = timed(
        lambda: g.betweenness(directed=False, sources=[index[n] for n in sampled])
    )
    ours_values = np.array([between["values"][n] for n in nodes])
    # igraph counts each pair once; networkx's scaling (which analysis keeps) counts
    # ordered pairs per sampled source, sources themselves over k - 1 sources.
    n, theirs_values = len(nodes), 2 * np.array(ig_between)
    if between["exact"]:
        theirs_values /= (n - 1) * (n - 2)
    else:
        is_source = np.zeros(n, dtype=bool)
        is_source[[index[v] for v in sampled]] = True
        theirs_values /= np.where(is_source, (k - 1) * (n - 2), k * (n - 2))
    agree = np.allclose(ours_values, theirs_values, rtol=1e-9, atol=1e-12)
    how = "exact" if between["exact"] else f"k={k} sampled sources, seed 0"
    rows.append((f"betweenness ({how})", ours, theirs, "same" if agree else "DIFFER"))

    ours, ranks = timed(lambda: analysis.pagerank(H), args.repeat)
    theirs, ig_ranks = timed(lambda: g.pagerank(weights="weight", damping=0.85), args.repeat)
    diff = max(abs(ranks[n] - ig_ranks[i]) for i, n in enumerate(nodes))
    rows.append(("PageRank", ours, theirs, f"max |diff| {diff:.1e}"))

    ours, groups = timed(lambda: analysis.communities(H, resolution=1.0, seed=0, method="louvain"))
    theirs, ig_parts = timed(lambda: g.community_multilevel(weights="weight", resolution=1.0))
    membership = [0] * len(nodes)
    for c, members in enumerate(groups):
        for n in members:
            membership[index[n]] = c
    q_ours = g.modularity(membership, weights="weight")
    q_theirs = ig_parts.modularity
    rows.append(
        (
            "Louvain communities",
            ours,
            theirs,
            f"{len(groups):,} vs {len(ig_parts):,} communities,"
            f" modularity {q_ours:.3f} vs {q_theirs:.3f}",
        )
    )

    print(f"{'measure':44} {'collabgraph s':>13} {'igraph s':>9} {'ratio':>7}  answers")
    for name, ours, theirs, note in rows:
        print(f"{name:44} {ours:13.3f} {theirs:9.3f} {ours / theirs:6.1f}x  {note}")


if __name__ == "__main__":
    main()
