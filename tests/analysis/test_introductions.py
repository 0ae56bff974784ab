import networkx as nx
import pytest

from collabgraph.analysis import introductions
from collabgraph.errors import EntityNotFound


def circle():
    """alice and bob both work with xena and yann; carl works with xena only."""
    G = nx.Graph()
    for a, b, w in [
        ("alice", "xena", 2),
        ("alice", "yann", 1),
        ("bob", "xena", 1),
        ("bob", "yann", 1),
        ("carl", "xena", 1),
        ("carl", "yann", 1),
        ("carl", "alice", 1),
    ]:
        G.add_edge(a, b, weight=w)
    for n in G:
        G.nodes[n].update(name=n.capitalize(), type="Person")
    return G


def test_people_with_shared_collaborators_but_no_tie_are_suggested():
    found = introductions(circle())
    pairs = [(s["a"]["id"], s["b"]["id"]) for s in found]
    assert ("alice", "bob") in pairs
    assert ("bob", "carl") in pairs
    assert ("alice", "carl") not in pairs and ("carl", "alice") not in pairs
    first = found[0]
    assert first["common_count"] == 3
    assert {first["a"]["id"], first["b"]["id"]} == {"xena", "yann"}
    alice_bob = found[pairs.index(("alice", "bob"))]
    assert alice_bob["common_count"] == 2
    assert alice_bob["strength"] == 3
    assert [c["id"] for c in alice_bob["common"]] == ["xena", "yann"]
    assert alice_bob["reason"] == "both work with Xena and Yann"


def test_introductions_for_one_person():
    found = introductions(circle(), for_id="bob")
    assert [(s["a"]["id"], s["b"]["id"]) for s in found] == [("bob", "alice"), ("bob", "carl")]
    assert found[0]["strength"] > found[1]["strength"]
    assert introductions(circle(), for_id="bob", min_common=3) == []


def test_ranking_and_limit_match_the_full_list():
    G = nx.les_miserables_graph()
    everything = introductions(G, limit=10_000)
    assert introductions(G, limit=5) == everything[:5]
    counts = [s["common_count"] for s in everything]
    assert counts == sorted(counts, reverse=True)
    for s in everything[:20]:
        a, b = s["a"]["id"], s["b"]["id"]
        assert not G.has_edge(a, b)
        assert s["common_count"] == len(set(G[a]) & set(G[b]))


def test_long_reasons_are_shortened():
    G = nx.complete_bipartite_graph(2, 5)
    (only,) = introductions(G, for_id=0)
    assert only["reason"] == "both work with 2, 3, 4 and 2 others"


def test_unknown_person_raises():
    with pytest.raises(EntityNotFound):
        introductions(circle(), for_id="nobody")


def test_one_person_agrees_with_the_whole_graph():
    G = nx.les_miserables_graph()
    everything = introductions(G, limit=10_000)
    for person in ("Valjean", "Marius", "Gavroche"):
        mine = introductions(G, for_id=person, limit=10_000)
        assert all(s["a"]["id"] == person for s in mine)
        expected = {
            (s["b"]["id"] if s["a"]["id"] == person else s["a"]["id"], s["common_count"])
            for s in everything
            if person in (s["a"]["id"], s["b"]["id"])
        }
        assert {(s["b"]["id"], s["common_count"]) for s in mine} == expected
        strengths = {(s["b"]["id"], s["strength"]) for s in mine}
        assert strengths == {
            (s["b"]["id"] if s["a"]["id"] == person else s["a"]["id"], s["strength"])
            for s in everything
            if person in (s["a"]["id"], s["b"]["id"])
        }
