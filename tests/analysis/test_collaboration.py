import networkx as nx
import pytest

from collabgraph.analysis import (
    collaboration_graph,
    collaborators_of,
    organisation_interlocks,
)
from collabgraph.errors import EntityNotFound
from collabgraph.model.names import entity_id

from .builders import graph


@pytest.fixture
def team():
    return graph(
        {
            "alice": "Person",
            "bob": "Person",
            "carol": "Person",
            "dan": "Person",
            "collab": "Organisation",
            "launch": "Event",
            "report": "Report",
        },
        [
            ("alice", "WORKS_FOR", "collab", {"role": "Director", "evidence": ["Alice runs it."]}),
            ("bob", "WORKS_FOR", "collab"),
            ("bob", "MEMBER_OF", "collab", {"role": "trustee"}),
            ("bob", "PARTICIPATED_IN", "launch", {"evidence": ["Bob spoke."]}),
            ("carol", "ORGANISED", "launch"),
            ("alice", "AUTHORED", "report"),
            ("bob", "AUTHORED", "report"),
            ("alice", "COLLABORATES_WITH", "carol", {"evidence": ["Alice worked with Carol."]}),
        ],
    )


def test_people_are_linked_by_shared_contexts_and_direct_ties(team):
    C = collaboration_graph(team)
    assert set(C) == {"alice", "bob", "carol", "dan"}
    assert C["alice"]["bob"]["weight"] == 2
    assert C["bob"]["carol"]["weight"] == 1
    assert C["alice"]["carol"]["weight"] == 1
    assert C.degree("dan") == 0


def test_reasons_say_how_and_show_the_evidence(team):
    C = collaboration_graph(team)
    via_collab, via_report = C["alice"]["bob"]["reasons"]
    assert via_collab == {
        "kind": "shared",
        "via": "collab",
        "via_name": "Collab",
        "via_type": "Organisation",
        "relations": {"alice": ["WORKS_FOR"], "bob": ["WORKS_FOR", "MEMBER_OF"]},
        "roles": {"alice": ["Director"], "bob": ["trustee"]},
        "evidence": ["Alice runs it."],
    }
    assert via_report["via"] == "report"
    (direct,) = C["alice"]["carol"]["reasons"]
    assert direct["kind"] == "direct"
    assert direct["relations"] == {"alice": ["COLLABORATES_WITH"], "carol": ["COLLABORATES_WITH"]}
    assert direct["evidence"] == ["Alice worked with Carol."]
    (launch,) = C["bob"]["carol"]["reasons"]
    assert launch["relations"] == {"bob": ["PARTICIPATED_IN"], "carol": ["ORGANISED"]}


def test_without_reasons_the_weights_are_the_same(team):
    C = collaboration_graph(team)
    lean = collaboration_graph(team, reasons=False)
    assert sorted(lean.edges(data="weight")) == sorted(C.edges(data="weight"))
    assert all("reasons" not in d for _, _, d in lean.edges(data=True))


def test_big_contexts_can_be_skipped(team):
    C = collaboration_graph(team, max_context_size=2)
    assert C.graph["skipped_contexts"] == []
    assert C["alice"]["bob"]["weight"] == 2
    C = collaboration_graph(team, max_context_size=1)
    assert C.graph["skipped_contexts"] == ["collab", "launch", "report"]
    assert list(C.edges()) == [("alice", "carol")]
    found = collaborators_of(team, "alice", max_context_size=1)
    assert [(c["id"], c["weight"]) for c in found] == [("carol", 1)]


def test_organisations_join_when_asked():
    G = graph(
        {"alice": "Person", "a": "Organisation", "b": "Organisation", "fest": "Event"},
        [
            ("a", "PARTICIPATED_IN", "fest"),
            ("alice", "PARTICIPATED_IN", "fest"),
            ("a", "PARTNER_OF", "b"),
        ],
    )
    assert collaboration_graph(G).number_of_edges() == 0
    C = collaboration_graph(G, include_organisations=True)
    assert set(C.edges()) == {("alice", "a"), ("a", "b")}
    assert C["a"]["b"]["reasons"][0]["kind"] == "direct"


def test_organisation_interlocks_count_shared_people():
    G = graph(
        {
            "ann": "Person",
            "ben": "Person",
            "x": "Organisation",
            "y": "Organisation",
            "z": "Organisation",
        },
        [
            ("ann", "MEMBER_OF", "x"),
            ("ann", "WORKS_FOR", "y"),
            ("ben", "MEMBER_OF", "x"),
            ("ben", "MEMBER_OF", "y"),
            ("ben", "PARTICIPATED_IN", "z"),
        ],
    )
    I = organisation_interlocks(G)
    assert set(I) == {"x", "y", "z"}
    assert list(I.edges(data="weight")) == [("x", "y", 2)]
    assert [r["via"] for r in I["x"]["y"]["reasons"]] == ["ann", "ben"]


def test_collaborators_of_ranks_by_weight_then_name(team):
    found = collaborators_of(team, "alice")
    assert [(c["id"], c["weight"]) for c in found] == [("bob", 2), ("carol", 1)]
    assert [r["via"] for r in found[0]["reasons"]] == ["collab", "report"]
    assert found[0]["reasons"][0]["relations"]["alice"] == ["WORKS_FOR"]
    assert collaborators_of(team, "dan") == []


def test_collaborators_of_an_organisation_are_organisations():
    G = graph(
        {"ann": "Person", "x": "Organisation", "y": "Organisation", "z": "Organisation"},
        [("ann", "WORKS_FOR", "x"), ("ann", "MEMBER_OF", "y"), ("x", "PARTNER_OF", "z")],
    )
    found = collaborators_of(G, "x")
    assert [(c["id"], c["weight"]) for c in found] == [("y", 1), ("z", 1)]
    assert found[0]["reasons"][0]["via"] == "ann"


def test_collaborators_of_an_unknown_entity_raises(team):
    with pytest.raises(EntityNotFound):
        collaborators_of(team, "nobody")


def test_davis_southern_women_weights_match_the_bipartite_projection(davis):
    B = nx.davis_southern_women_graph()
    expected = nx.bipartite.weighted_projected_graph(B, B.graph["top"])
    C = collaboration_graph(davis)
    lean = collaboration_graph(davis, reasons=False)
    for woman in B.graph["top"]:
        me = entity_id("Person", woman)
        want = {entity_id("Person", o): d["weight"] for o, d in expected[woman].items()}
        assert {o: d["weight"] for o, d in C[me].items()} == want
        assert {o: d["weight"] for o, d in lean[me].items()} == want
        found = collaborators_of(davis, me)
        assert {c["id"]: c["weight"] for c in found} == want
        assert all(len(c["reasons"]) == c["weight"] for c in found)
        assert [c["weight"] for c in found] == sorted(want.values(), reverse=True)
    assert C.number_of_edges() == expected.number_of_edges()


def test_they_rule_company_interlocks(theyrule):
    I = organisation_interlocks(theyrule, reasons=False)
    assert I.number_of_nodes() == 493
    assert I.number_of_edges() == 1603
    C = collaboration_graph(theyrule, kinds=("Organisation",), reasons=False)
    assert sorted(C.edges(data="weight")) == sorted(I.edges(data="weight"))
    company = max(I, key=I.degree)
    found = collaborators_of(theyrule, company)
    assert {c["id"]: c["weight"] for c in found} == {o: d["weight"] for o, d in I[company].items()}
    assert all(r["via_type"] == "Person" for c in found for r in c["reasons"])
