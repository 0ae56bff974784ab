import networkx as nx
import pytest

from collabgraph.analysis import (
    collaboration_graph,
    network_stats,
    organisation_interlocks,
    summary,
)

from .builders import graph


def test_network_stats_agree_with_networkx():
    G = nx.karate_club_graph()
    G.add_node("isolated")
    G.add_edge(0, 0)
    stats = network_stats(G)
    simple = nx.Graph(G)
    simple.remove_edges_from(nx.selfloop_edges(simple))
    assert stats["nodes"] == 35
    assert stats["edges"] == 78
    assert stats["density"] == pytest.approx(nx.density(simple))
    assert stats["components"] == 2
    assert stats["largest_component"] == 34
    assert stats["largest_component_edges"] == 78
    assert stats["isolated"] == 1
    assert stats["average_clustering"] == pytest.approx(nx.average_clustering(simple))
    assert stats["triangles"] == sum(nx.triangles(simple).values()) // 3


def test_network_stats_of_an_empty_graph():
    assert network_stats(nx.Graph())["nodes"] == 0


def test_summary_counts_types_and_relations():
    G = graph(
        {"alice": "Person", "bob": "Person", "org": "Organisation", "fest": "Event"},
        [
            ("alice", "WORKS_FOR", "org", {"sources": ["a.yaml"]}),
            ("bob", "WORKS_FOR", "org", {"sources": ["b.csv"]}),
            ("alice", "PARTICIPATED_IN", "fest", {"sources": ["a.yaml"]}),
        ],
    )
    result = summary(G)
    assert result["entities"] == 4
    assert result["relations"] == 3
    assert result["sources"] == 2
    assert result["entity_types"] == {"Event": 1, "Organisation": 1, "Person": 2}
    assert result["relation_types"] == {"PARTICIPATED_IN": 1, "WORKS_FOR": 2}
    assert result["graph"]["edges"] == 3
    assert result["collaboration"]["nodes"] == 2
    assert result["collaboration"]["edges"] == 1
    assert result["interlocks"]["nodes"] == 1


def test_snap_ca_grqc_matches_the_published_figures(grqc):
    result = summary(grqc)
    assert result["entity_types"] == {"Person": 5242}
    assert result["relation_types"] == {"COLLABORATES_WITH": 14484}
    stats = result["collaboration"]
    assert stats["nodes"] == 5242
    assert stats["edges"] == 14484
    assert stats["largest_component"] == 4158
    assert stats["components"] == 355
    assert round(stats["average_clustering"], 4) == 0.5296
    assert stats["triangles"] == 48260
    assert result["graph"]["triangles"] == 48260


def test_they_rule_interlocks_match_the_published_figures(theyrule):
    result = summary(theyrule)
    assert result["entity_types"] == {"Organisation": 493, "Person": 4307}
    assert result["relation_types"] == {"MEMBER_OF": 5540}
    interlocks = result["interlocks"]
    assert interlocks["edges"] == 1603
    assert interlocks["largest_component"] == 433
    assert interlocks["isolated"] == 53
    assert result["graph"]["largest_component"] == 4156  # directors and companies
    people = collaboration_graph(theyrule, contexts=False)
    assert result["collaboration"] == network_stats(people)
    assert interlocks == network_stats(organisation_interlocks(theyrule))


def test_summary_figures_are_those_of_the_projections(davis):
    result = summary(davis, kinds=("Person", "Organisation"), max_context_size=10)
    C = collaboration_graph(davis, kinds=("Person", "Organisation"), max_context_size=10)
    assert C.graph["skipped_contexts"]
    assert result["collaboration"] == network_stats(C)
