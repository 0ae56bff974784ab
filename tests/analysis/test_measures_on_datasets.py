"""The measures on real networks, beside igraph alone and networkx run to convergence.

Davis Southern Women (networkx), SNAP ca-GrQc co-authorship and the They Rule
2004 boards (tests/data), each read as the importer would. igraph's reference
answers come from a graph built here straight from the networkx edges, not
from collabgraph's own view.
"""

from __future__ import annotations

import igraph as ig
import networkx as nx
import pytest

from collabgraph.analysis import (
    betweenness,
    collaboration_network,
    community_report,
    harmonic,
    pagerank,
    simple_graph,
)

NETWORKS = [
    ("davis", "people"),
    ("davis", "entities"),
    ("grqc", "people"),
    ("theyrule", "people"),
    ("theyrule", "organisations"),
    ("theyrule", "entities"),
]


def reference(H: nx.Graph) -> tuple[ig.Graph, list]:
    nodes = list(H)
    index = {n: i for i, n in enumerate(nodes)}
    g = ig.Graph(n=len(nodes), edges=[(index[u], index[v]) for u, v in H.edges()])
    g.es["weight"] = [d.get("weight", 1) for _, _, d in H.edges(data=True)]
    return g, nodes


@pytest.fixture(params=NETWORKS, ids=lambda p: "-".join(p))
def network(request):
    name, kind = request.param
    G = request.getfixturevalue(name)
    return collaboration_network(G, kind)


def test_communities_are_as_good_as_igraphs_louvain(network):
    g, _ = reference(simple_graph(network))
    louvain = max(
        g.community_multilevel(weights="weight", resolution=1.0).modularity for _ in range(3)
    )
    report = community_report(network)
    assert report["method"] == "leiden"
    assert report["modularity"] >= louvain - 0.01
    groups = [c["members"] for c in report["communities"]]
    assert sorted(n for c in groups for n in c) == sorted(network, key=str)


def test_pagerank_equals_igraphs(network):
    g, nodes = reference(simple_graph(network))
    expected = dict(zip(nodes, g.pagerank(weights="weight", damping=0.85), strict=True))
    assert pagerank(network) == pytest.approx(expected, abs=1e-6, rel=0)


def test_betweenness_is_exact_and_equals_igraphs(network):
    g, nodes = reference(simple_graph(network))
    n = len(nodes)
    found = betweenness(network)
    assert found["exact"] is True and found["k"] is None
    raw = g.betweenness(directed=False)
    expected = {v: 2 * b / ((n - 1) * (n - 2)) for v, b in zip(nodes, raw, strict=True)}
    assert found["values"] == pytest.approx(expected, abs=1e-12)


@pytest.mark.parametrize("name", ["davis", "theyrule"])
def test_small_networks_equal_networkx_at_tight_tolerance(request, name):
    G = request.getfixturevalue(name)
    kind = "people" if name == "davis" else "organisations"
    H = simple_graph(collaboration_network(G, kind))
    converged = nx.pagerank(H, weight="weight", tol=1e-14, max_iter=100_000)
    assert pagerank(H) == pytest.approx(converged, abs=1e-10)
    assert betweenness(H)["values"] == pytest.approx(nx.betweenness_centrality(H), abs=1e-12)
    assert harmonic(H)["values"] == pytest.approx(nx.harmonic_centrality(H), abs=1e-9)
