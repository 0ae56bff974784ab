import networkx as nx
import pytest

from collabgraph.analysis import collaboration_network, introductions
from collabgraph.errors import EntityNotFound, VocabularyError

from .builders import graph


def people(ties, **types):
    """An entity graph of people joined by COLLABORATES_WITH (weights as repeats)."""
    names = {n for a, b, _ in ties for n in (a, b)}
    entities = {n: types.get(n, "Person") for n in names}
    relations = []
    for a, b, w in ties:
        relations.append((a, "COLLABORATES_WITH", b))
        for i in range(w - 1):  # more shared contexts: one event each
            event = f"ev-{a}-{b}-{i}"
            entities[event] = "Event"
            relations += [(a, "PARTICIPATED_IN", event), (b, "PARTICIPATED_IN", event)]
    return graph(entities, relations)


def circle():
    """alice and bob both work with xena and yann; carl works with xena, yann and alice."""
    return people(
        [
            ("alice", "xena", 2),
            ("alice", "yann", 1),
            ("bob", "xena", 1),
            ("bob", "yann", 1),
            ("carl", "xena", 1),
            ("carl", "yann", 1),
            ("carl", "alice", 1),
        ]
    )


def pairs(found):
    return [(s["a"]["id"], s["b"]["id"]) for s in found["introductions"]]


def test_people_with_shared_collaborators_but_no_tie_are_suggested():
    found = introductions(circle())
    assert ("alice", "bob") in pairs(found)
    assert ("bob", "carl") in pairs(found)
    assert ("alice", "carl") not in pairs(found) and ("carl", "alice") not in pairs(found)
    first = found["introductions"][0]
    assert first["common_count"] == 3
    assert {first["a"]["id"], first["b"]["id"]} == {"xena", "yann"}
    alice_bob = found["introductions"][pairs(found).index(("alice", "bob"))]
    assert alice_bob["common_count"] == 2
    assert alice_bob["contexts"] == 5  # alice-xena 2, the other three 1
    assert [c["id"] for c in alice_bob["common"]] == ["xena", "yann"]
    assert alice_bob["reason"] == "both work with Xena and Yann"


def test_each_introduction_shows_its_evidence_path():
    found = introductions(circle(), for_id="bob")
    assert pairs(found) == [("bob", "alice"), ("bob", "carl")]
    to_xena, to_alice = found["introductions"][0]["path"]
    assert (to_xena["from"]["id"], to_xena["to"]["id"]) == ("bob", "xena")
    assert [c["kind"] for c in to_xena["contexts"]] == ["direct"]
    assert (to_alice["from"]["id"], to_alice["to"]["id"]) == ("xena", "alice")
    assert sorted(c["kind"] for c in to_alice["contexts"]) == ["direct", "shared"]
    assert introductions(circle(), for_id="bob", min_common=3)["introductions"] == []


def test_people_tied_through_their_own_organisation_are_never_introduced():
    G = graph(
        {
            "ann": "Person",
            "ben": "Person",
            "cat": "Person",
            "council": "Organisation",
            "summit": "Event",
        },
        [
            ("ann", "WORKS_FOR", "council"),
            ("ben", "WORKS_FOR", "council"),
            ("ann", "PARTICIPATED_IN", "summit"),
            ("cat", "PARTICIPATED_IN", "summit"),
        ],
    )
    for network in ("people", "everyone"):
        found = introductions(G, network=network, min_common=1, limit=100)
        assert pairs(found) == [("ben", "cat")]
        tied = collaboration_network(G, network)
        assert tied.has_edge("ann", "ben")
    everyone = introductions(G, network="everyone", for_id="cat", min_common=1)
    assert [s["b"]["id"] for s in everyone["introductions"]] == ["ben"]


def test_cross_sector_introductions_are_marked():
    G = graph(
        {
            "ann": "Person",
            "ben": "Person",
            "cat": "Person",
            "oldham council": "Organisation",
            "youth trust": "Organisation",
            "summit": "Event",
            "forum": "Event",
        },
        [
            ("ann", "WORKS_FOR", "oldham council"),
            ("ben", "WORKS_FOR", "youth trust"),
            ("ann", "PARTICIPATED_IN", "summit"),
            ("cat", "PARTICIPATED_IN", "summit"),
            ("ben", "PARTICIPATED_IN", "forum"),
            ("cat", "PARTICIPATED_IN", "forum"),
        ],
    )
    (only,) = introductions(G, min_common=1)["introductions"]
    assert (only["a"]["id"], only["b"]["id"]) == ("ann", "ben")
    assert (only["a"]["sectors"], only["b"]["sectors"]) == (["public"], ["voluntary"])
    assert only["cross_sector"] is True


def test_ranking_and_limit_match_the_full_list():
    L = nx.les_miserables_graph()
    G = people([(a, b, 1) for a, b in L.edges()])
    everything = introductions(G, limit=10_000)["introductions"]
    assert introductions(G, limit=5)["introductions"] == everything[:5]
    counts = [s["common_count"] for s in everything]
    assert counts == sorted(counts, reverse=True)
    for s in everything[:20]:
        a, b = s["a"]["id"], s["b"]["id"]
        assert not L.has_edge(a, b)
        assert s["common_count"] == len(set(L[a]) & set(L[b]))


def test_one_person_agrees_with_the_whole_graph():
    L = nx.les_miserables_graph()
    G = people([(a, b, 1) for a, b in L.edges()])
    everything = introductions(G, limit=10_000)["introductions"]
    for person in ("Valjean", "Marius", "Gavroche"):
        mine = introductions(G, for_id=person, limit=10_000)["introductions"]
        assert all(s["a"]["id"] == person for s in mine)
        expected = {
            (
                s["b"]["id"] if s["a"]["id"] == person else s["a"]["id"],
                s["common_count"],
                s["contexts"],
            )
            for s in everything
            if person in (s["a"]["id"], s["b"]["id"])
        }
        assert {(s["b"]["id"], s["common_count"], s["contexts"]) for s in mine} == expected


def test_long_reasons_are_shortened():
    G = people([(a, b, 1) for a in ("p0", "p1") for b in ("q2", "q3", "q4", "q5", "q6")])
    (only,) = introductions(G, for_id="p0")["introductions"]
    assert only["reason"] == "both work with Q2, Q3, Q4 and 2 others"


def test_unknown_entities_and_events_raise():
    with pytest.raises(EntityNotFound):
        introductions(circle(), for_id="nobody")
    G = graph({"a": "Person", "e": "Event"}, [("a", "PARTICIPATED_IN", "e")])
    with pytest.raises(VocabularyError):
        introductions(G, for_id="e")


def test_a_window_suggests_from_what_held_then():
    G = graph(
        {"ann": "Person", "cat": "Person", "dan": "Person"},
        [
            ("ann", "COLLABORATES_WITH", "cat", {"since": "2020", "until": "2020"}),
            ("ann", "COLLABORATES_WITH", "dan"),
            ("cat", "COLLABORATES_WITH", "dan"),
        ],
    )
    assert pairs(introductions(G, min_common=1)) == []
    later = introductions(G, min_common=1, since="2022")
    assert pairs(later) == [("ann", "cat")]
    assert later["window"] == {"since": "2022", "until": None, "timeless": 2}
