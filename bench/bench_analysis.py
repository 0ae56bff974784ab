"""Analysis benchmark: communities, PageRank and betweenness through collabgraph, beside igraph.

Builds the synthetic graph of `bench_import.py` (100,000 entities, 500,000
relations) as the entity graph `to_networkx` gives, projects it onto who works
with whom (`collaboration_graph`, people: what `/analysis/centrality` and
`/analysis/communities` read by default), and times on that projection, in the
same run, each measure through `collabgraph.analysis` beside python-igraph alone
on a graph built here from the projection's edges:

- communities: `analysis.communities` (Leiden, resolution 1, seed 0: the API's
  default) vs `Graph.community_leiden` with the same settings and seed; igraph's
  Louvain (`community_multilevel`) is run too, for the modularity it reaches;
- PageRank (weighted, damping 0.85): `analysis.pagerank` vs `Graph.pagerank`
  (PRPACK both);
- betweenness: `analysis.betweenness` (sampled beyond its work budget, from the
  k sources and seed it states) vs `Graph.betweenness(sources=)` from the same
  sources;
- harmonic centrality (influence) likewise, vs `Graph.distances` from the same
  sources summed with numpy; degree and strength.

collabgraph's measures read the graph's igraph view, built once per graph and
kept with it (`collabgraph.analysis.igraph_view`); its build is timed on its own,
as is igraph's graph for the baseline, and neither is counted in the per-measure
times. Each pair of answers is checked to agree.

    .venv/bin/python bench/bench_analysis.py
    .venv/bin/python bench/bench_analysis.py --entities 10000 --relations 50000   # quick
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

import igraph as ig
import networkx as nx
import numpy as np
from bench_import import synthetic

from collabgraph import analysis
from collabgraph.analysis.centrality import sources
from collabgraph.analysis.communities import LEIDEN_ITERATIONS
from collabgraph.analysis.igraph_view import igraph_view, seeded
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
    parser.add_argument("--repeat", type=int, default=3, help="best of so many runs of each")
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
    nodes = list(C)
    seconds, g = timed(lambda: to_igraph(C, nodes))
    print(f"igraph's own graph built in {seconds:.1f} s (baseline; not counted below)")
    seconds, view = timed(lambda: igraph_view(C))
    print(f"collabgraph's igraph view built in {seconds:.1f} s, once per graph (not counted)")
    assert view.nodes == nodes
    index = {n: i for i, n in enumerate(nodes)}
    rows = []

    def compare(name, ours_call, theirs_call, agree):
        ours, mine = timed(ours_call, args.repeat)
        theirs, other = timed(theirs_call, args.repeat)
        rows.append((name, ours, theirs, agree(mine, other)))

    compare(
        "degree + strength",
        lambda: analysis.degree(C),
        lambda: (g.degree(), g.strength(weights="weight")),
        lambda mine, other: (
            "same"
            if all(
                mine[n]["degree"] == other[0][i] and mine[n]["strength"] == other[1][i]
                for i, n in enumerate(nodes)
            )
            else "DIFFER"
        ),
    )

    chosen = sources(C)
    picked = [index[n] for n in chosen["sources"]] if not chosen["exact"] else None
    how = "exact" if chosen["exact"] else f"k = {chosen['k']} sampled sources, seed 0"
    n = len(nodes)

    def between_agree(mine, other):
        theirs = 2 * np.array(other)
        if chosen["exact"]:
            theirs /= (n - 1) * (n - 2)
        else:
            is_source = np.zeros(n, dtype=bool)
            is_source[picked] = True
            k = chosen["k"]
            theirs /= np.where(is_source, (k - 1) * (n - 2), k * (n - 2))
        ours = np.array([mine["values"][v] for v in nodes])
        return "same" if np.allclose(ours, theirs, rtol=1e-9, atol=1e-15) else "DIFFER"

    compare(
        f"betweenness ({how})",
        lambda: analysis.betweenness(C),
        lambda: g.betweenness(directed=False, sources=picked),
        between_agree,
    )

    def harmonic_baseline():
        found = np.zeros(n)
        for first in range(0, len(picked), 32):
            hops = np.asarray(g.distances(source=picked[first : first + 32]))
            with np.errstate(divide="ignore"):
                found += np.where(hops > 0, 1.0 / hops, 0.0).sum(axis=0)
        return found * n / len(picked)

    compare(
        f"harmonic / influence ({how})",
        lambda: analysis.harmonic(C),
        harmonic_baseline if picked else lambda: g.harmonic_centrality(normalized=False),
        lambda mine, other: (
            "same"
            if np.allclose([mine["values"][v] for v in nodes], other, rtol=1e-9)
            else "DIFFER"
        ),
    )
    compare(
        "PageRank (weighted, PRPACK)",
        lambda: analysis.pagerank(C),
        lambda: g.pagerank(weights="weight", damping=0.85, implementation="prpack"),
        lambda mine, other: (
            f"max |diff| {max(abs(mine[v] - other[i]) for i, v in enumerate(nodes)):.1e}"
        ),
    )

    def leiden_alone():
        with seeded(0):
            return g.community_leiden(
                objective_function="modularity",
                weights="weight",
                resolution=1.0,
                n_iterations=LEIDEN_ITERATIONS,
            )

    def leiden_agree(mine, other):
        label = {v: c for c, members in enumerate(mine) for v in members}
        q_ours = g.modularity([label[v] for v in nodes], weights="weight")
        q_theirs = g.modularity(other.membership, weights="weight")
        return (
            f"{len(mine):,} vs {len(other):,} communities, modularity {q_ours:.3f} vs"
            f" {q_theirs:.3f}"
        )

    compare(
        "communities (Leiden, resolution 1)",
        lambda: analysis.communities(C),
        leiden_alone,
        leiden_agree,
    )
    seconds, louvain = timed(lambda: g.community_multilevel(weights="weight", resolution=1.0))
    rows.append(
        (
            "igraph Louvain, for its modularity",
            float("nan"),
            seconds,
            f"{len(louvain):,} communities, modularity {louvain.modularity:.3f}",
        )
    )

    print(f"{'measure':46} {'collabgraph s':>13} {'igraph s':>9} {'ratio':>7}  answers")
    for name, ours, theirs, note in rows:
        print(f"{name:46} {ours:13.3f} {theirs:9.3f} {ours / theirs:6.2f}x  {note}")


if __name__ == "__main__":
    main()
