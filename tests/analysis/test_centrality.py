import networkx as nx
import pytest

from collabgraph.analysis import (
    betweenness,
    centrality,
    degree,
    harmonic,
    influence,
    pagerank,
)

from .builders import graph

TIGHT = 1e-12


def star():
    G = nx.Graph()
    G.add_edge("hub", "a", weight=3)
    G.add_edge("hub", "b", weight=1)
    G.add_edge("hub", "c", weight=1)
    G.add_edge("c", "d", weight=1)
    for n in G:
        G.nodes[n].update(name=n.capitalize(), type="Person")
    return G


def test_degree_counts_neighbours_and_strength():
    assert degree(star())["hub"] == {"degree": 3, "strength": 5}
    assert degree(star())["d"] == {"degree": 1, "strength": 1}


def test_betweenness_is_exact_within_the_budget():
    result = betweenness(star())
    assert result["exact"] is True and result["k"] is None
    assert result["values"] == pytest.approx(nx.betweenness_centrality(star()), abs=TIGHT)


def test_betweenness_is_sampled_with_a_stated_k_and_seed_beyond_it():
    G = nx.connected_watts_strogatz_graph(300, 6, 0.1, seed=1)
    budget = 40 * G.number_of_edges()
    first = betweenness(G, budget=budget, seed=7)
    assert first["exact"] is False and first["k"] == 40 and first["seed"] == 7
    assert betweenness(G, budget=budget, seed=7)["values"] == first["values"]
    expected = nx.betweenness_centrality(G, k=40, seed=7)
    assert first["values"] == pytest.approx(expected, abs=TIGHT)
    exact = betweenness(G)
    assert exact["exact"] is True
    assert exact["values"] == pytest.approx(nx.betweenness_centrality(G), abs=TIGHT)


def test_betweenness_of_tiny_and_disconnected_graphs():
    G = nx.Graph([(1, 2), (3, 4), (4, 5)])
    G.add_node(6)
    assert betweenness(G)["values"] == pytest.approx(nx.betweenness_centrality(G), abs=TIGHT)
    assert betweenness(nx.path_graph(2))["values"] == {0: 0.0, 1: 0.0}
    assert betweenness(nx.Graph())["values"] == {}


def test_pagerank_is_converged_and_uses_tie_strength():
    G = star()
    G.add_node("loner")
    ranks = pagerank(G)
    assert sum(ranks.values()) == pytest.approx(1.0, abs=TIGHT)
    assert ranks["a"] > ranks["b"]
    expected = nx.pagerank(G, weight="weight", tol=1e-14, max_iter=10_000)
    assert ranks == pytest.approx(expected, abs=1e-12)


def test_harmonic_centrality_equals_networkx_and_can_be_sampled():
    G = star()
    G.add_edge("x", "y")
    assert harmonic(G)["values"] == pytest.approx(nx.harmonic_centrality(G), abs=TIGHT)
    W = nx.connected_watts_strogatz_graph(200, 4, 0.2, seed=3)
    sampled = harmonic(W, budget=50 * W.number_of_edges(), seed=1)
    assert sampled["exact"] is False and sampled["k"] == 50
    exact = nx.harmonic_centrality(W)
    top = sorted(exact, key=exact.get, reverse=True)[:10]
    estimate = sampled["values"]
    assert sum(estimate[n] for n in top) == pytest.approx(sum(exact[n] for n in top), rel=0.1)


def test_an_isolated_pair_never_outranks_a_hub():
    G = nx.star_graph(5)  # 0 with five collaborators, each with one
    G.add_edge("pair-a", "pair-b", weight=10)
    for n in G:
        G.nodes[n].update(name=str(n), type="Person")
    scores = influence(G)
    assert scores[0] == 1.0
    assert scores["pair-a"] < min(scores[n] for n in range(6))
    ranks = pagerank(G)
    assert ranks["pair-a"] > ranks[1]  # what PageRank would have said


def test_influence_scales_to_one():
    scores = influence(star())
    assert max(scores, key=scores.get) == "hub"
    assert scores["hub"] == 1.0
    assert all(0 < s <= 1 for s in scores.values())
    assert influence(nx.Graph()) == {}
    lonely = nx.Graph()
    lonely.add_nodes_from("xy")
    assert influence(lonely) == {"x": 0.0, "y": 0.0}


def test_centrality_sorts_and_pages_by_any_measure():
    result = centrality(star(), limit=2)
    assert result["method"]["exact"] is True
    assert (result["total"], result["next_offset"]) == (5, 2)
    first, second = result["nodes"]
    assert first["id"] == "hub" and first["influence"] == 1.0
    assert first["degree"] == 3 and first["betweenness"] == pytest.approx(5 / 6)
    assert second["influence"] <= 1.0
    everything = centrality(star(), sort="betweenness")["nodes"]
    pages = [centrality(star(), sort="betweenness", offset=i, limit=2)["nodes"] for i in (0, 2, 4)]
    assert [r for page in pages for r in page] == everything
    assert [r["betweenness"] for r in everything] == sorted(
        (r["betweenness"] for r in everything), reverse=True
    )
    assert centrality(star(), sort="betweenness", offset=4, limit=2)["next_offset"] is None
    names = [r["name"] for r in centrality(star(), sort="name")["nodes"]]
    assert names == sorted(names)
    with pytest.raises(ValueError):
        centrality(star(), sort="fame")


def test_centrality_reads_an_entity_graph_as_its_simple_view():
    G = graph(
        {"alice": "Person", "org": "Organisation", "bob": "Person"},
        [("alice", "WORKS_FOR", "org"), ("alice", "MEMBER_OF", "org"), ("bob", "WORKS_FOR", "org")],
    )
    rows = {r["id"]: r for r in centrality(G)["nodes"]}
    assert rows["org"]["degree"] == 2
    assert rows["alice"]["strength"] == 2
    assert rows["org"]["type"] == "Organisation" and rows["org"]["name"] == "Org"
    people = centrality(G, types={"Person"})["nodes"]
    assert {r["id"] for r in people} == {"alice", "bob"}


def test_a_changed_graph_is_measured_afresh():
    G = star()
    before = degree(G)["d"]["degree"]
    G.add_edge("d", "e")
    assert degree(G)["d"]["degree"] == before + 1
