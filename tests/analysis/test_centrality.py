import networkx as nx
import pytest

from collabgraph.analysis import betweenness, centrality, degree, influence, pagerank

from .builders import graph


def star():
    G = nx.Graph()
    G.add_edge("hub", "a", weight=3)
    G.add_edge("hub", "b", weight=1)
    G.add_edge("hub", "c", weight=1)
    G.add_edge("c", "d", weight=1)
    return G


def test_degree_counts_neighbours_and_strength():
    assert degree(star())["hub"] == {"degree": 3, "strength": 5}
    assert degree(star())["d"] == {"degree": 1, "strength": 1}


def test_betweenness_is_exact_on_small_graphs():
    result = betweenness(star())
    assert result["exact"] is True and result["k"] is None
    assert result["values"] == pytest.approx(nx.betweenness_centrality(star()))


def test_betweenness_is_sampled_and_reproducible_on_big_graphs():
    G = nx.connected_watts_strogatz_graph(300, 6, 0.1, seed=1)
    first = betweenness(G, exact_limit=100, k=40, seed=7)
    assert first["exact"] is False and first["k"] == 40 and first["seed"] == 7
    assert betweenness(G, exact_limit=100, k=40, seed=7)["values"] == first["values"]
    assert first["values"] == pytest.approx(nx.betweenness_centrality(G, k=40, seed=7))
    exact = betweenness(G, exact_limit=300)
    assert exact["exact"] is True
    assert exact["values"] == pytest.approx(nx.betweenness_centrality(G))


def test_betweenness_of_tiny_and_disconnected_graphs():
    G = nx.Graph([(1, 2), (3, 4), (4, 5)])
    G.add_node(6)
    assert betweenness(G)["values"] == pytest.approx(nx.betweenness_centrality(G))
    assert betweenness(nx.path_graph(2))["values"] == {0: 0.0, 1: 0.0}
    assert betweenness(nx.Graph())["values"] == {}


def test_pagerank_uses_tie_strength():
    ranks = pagerank(star())
    assert sum(ranks.values()) == pytest.approx(1.0)
    assert ranks["a"] > ranks["b"]
    assert ranks == pytest.approx(nx.pagerank(star(), weight="weight"))


def test_influence_scales_to_one():
    scores = influence(star())
    assert max(scores, key=scores.get) == "hub"
    assert scores["hub"] == 1.0
    assert all(0 < s <= 1 for s in scores.values())
    assert influence(nx.Graph()) == {}
    lonely = nx.Graph()
    lonely.add_nodes_from("xy")
    assert influence(lonely) == {"x": 1.0, "y": 1.0}


def test_centrality_rows_are_most_influential_first():
    result = centrality(star(), limit=2)
    assert result["betweenness"] == {"exact": True, "k": None, "seed": None}
    first, second = result["nodes"]
    assert first["id"] == "hub" and first["influence"] == 1.0
    assert first["degree"] == 3 and first["betweenness"] == pytest.approx(5 / 6)
    assert second["influence"] <= 1.0


def test_centrality_reads_an_entity_graph_as_its_simple_view():
    G = graph(
        {"alice": "Person", "org": "Organisation", "bob": "Person"},
        [("alice", "WORKS_FOR", "org"), ("alice", "MEMBER_OF", "org"), ("bob", "WORKS_FOR", "org")],
    )
    rows = {r["id"]: r for r in centrality(G)["nodes"]}
    assert rows["org"]["degree"] == 2
    assert rows["alice"]["strength"] == 2
    assert rows["org"]["type"] == "Organisation" and rows["org"]["name"] == "Org"
