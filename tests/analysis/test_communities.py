import networkx as nx
import pytest

from collabgraph.analysis import brokers, communities, community_report, describe_communities


def two_teams():
    """Two 4-cliques (a*, b*) joined through "bridge"."""
    G = nx.Graph()
    for team in ("a", "b"):
        members = [f"{team}{i}" for i in range(4)]
        G.add_edges_from(
            (u, v, {"weight": 1}) for i, u in enumerate(members) for v in members[i + 1 :]
        )
    G.add_edge("a0", "bridge", weight=1)
    G.add_edge("bridge", "b0", weight=1)
    for n in G:
        G.nodes[n]["name"] = n.upper()
    return G


def test_louvain_finds_the_two_teams_reproducibly():
    found = communities(two_teams())
    assert [len(c) for c in found] in ([5, 4], [4, 5])
    teams = [set(c) - {"bridge"} for c in found]
    assert {frozenset(t) for t in teams} == {
        frozenset({"a0", "a1", "a2", "a3"}),
        frozenset({"b0", "b1", "b2", "b3"}),
    }
    assert communities(two_teams(), seed=0) == found
    assert found[0] == sorted(found[0], key=lambda n: n.upper())


@pytest.mark.parametrize("method", ["leiden", "louvain"])
def test_both_methods_find_the_teams_and_honour_resolution(method):
    found = communities(two_teams(), method=method)
    teams = [set(c) - {"bridge"} for c in found]
    assert {frozenset(t) for t in teams} == {
        frozenset({"a0", "a1", "a2", "a3"}),
        frozenset({"b0", "b1", "b2", "b3"}),
    }
    assert communities(two_teams(), method=method) == found
    fine = communities(two_teams(), method=method, resolution=5.0)
    assert len(fine) > len(found)
    assert sorted(n for c in fine for n in c) == sorted(two_teams())


def test_unknown_methods_and_resolutions_are_refused():
    with pytest.raises(ValueError):
        communities(two_teams(), method="label_propagation")
    with pytest.raises(ValueError):
        communities(two_teams(), resolution=0)


def test_the_report_names_the_method_and_scores_the_partition():
    G = nx.karate_club_graph()
    for method in ("leiden", "louvain"):
        report = community_report(G, method=method, resolution=1.0, seed=3)
        assert (report["method"], report["resolution"], report["seed"]) == (method, 1.0, 3)
        groups = [c["members"] for c in report["communities"]]
        assert report["modularity"] == pytest.approx(
            nx.community.modularity(G, groups, weight="weight"), abs=1e-12
        )
        louvain = max(
            nx.community.modularity(G, nx.community.louvain_communities(G, seed=s), weight="weight")
            for s in range(5)
        )
        if method == "leiden":
            assert report["modularity"] > louvain - 0.01
    assert community_report(G)["iterations"] == 2
    assert community_report(G, method="louvain")["iterations"] is None


def test_every_node_is_in_one_community():
    G = two_teams()
    G.add_node("loner")
    found = communities(G)
    assert sorted(n for c in found for n in c) == sorted(G)
    assert ["loner"] in found


@pytest.mark.parametrize("method", ["leiden", "louvain"])
def test_nodes_without_ties_are_each_a_community_of_one(method):
    G = nx.Graph()
    G.add_nodes_from(["b", "a"], name="")
    assert sorted(communities(G, method=method)) == [["a"], ["b"]]


def test_describe_communities_reports_modularity_and_top_members():
    G = two_teams()
    found = communities(G)
    report = describe_communities(G, found, top=1)
    assert report["modularity"] == pytest.approx(nx.community.modularity(G, found))
    assert [c["size"] for c in report["communities"]] == [len(c) for c in found]
    assert report["communities"][0]["top"][0]["degree"] == 4


def test_the_bridge_is_the_best_broker():
    G = two_teams()
    found = communities(G)
    best, *rest = brokers(G, found)
    assert best["id"] == "bridge"
    assert best["participation"] == pytest.approx(0.5)
    assert best["betweenness"] == pytest.approx(max(nx.betweenness_centrality(G).values()))
    assert sorted(best["communities"]) == [0, 1]
    assert best["communities"][0] == best["community"]
    assert sum(t["count"] for t in best["ties"]) == 2
    assert {r["id"] for r in rest} <= {"a0", "b0"}
    assert rest and all(r["score"] < best["score"] for r in rest)


def test_brokers_reuse_given_betweenness_and_need_a_full_partition():
    G = two_teams()
    found = communities(G)
    fake = dict.fromkeys(G, 0.0) | {"a0": 1.0}
    assert brokers(G, found, between=fake, limit=1)[0]["id"] in {"a0", "bridge"}
    with pytest.raises(ValueError):
        brokers(G, [["a0"]])
    assert brokers(nx.complete_graph(4), [list(range(4))]) == []
