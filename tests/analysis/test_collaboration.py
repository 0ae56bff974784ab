import networkx as nx
import pytest

from collabgraph.analysis import (
    collaboration_graph,
    collaboration_network,
    collaborators_of,
    fetch_plan,
    organisation_interlocks,
    to_networkx,
    to_subgraph,
)
from collabgraph.analysis.collaborators import ties_of
from collabgraph.errors import EntityNotFound, VocabularyError
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


def ties(C: nx.Graph) -> set[tuple[str, str, int]]:
    return {(*sorted((u, v)), w) for u, v, w in C.edges(data="weight")}


def test_people_are_linked_by_shared_contexts_and_direct_ties(team):
    C = collaboration_graph(team)
    assert set(C) == {"alice", "bob", "carol", "dan"}
    assert ties(C) == {("alice", "bob", 2), ("bob", "carol", 1), ("alice", "carol", 1)}
    assert C.degree("dan") == 0


def test_contexts_say_how_with_each_sides_own_relations(team):
    C = collaboration_graph(team)
    via_collab, via_report = C["alice"]["bob"]["contexts"]
    assert via_collab["kind"] == "shared"
    assert via_collab["via"] == {"id": "collab", "name": "Collab", "type": "Organisation"}
    alice_side, bob_side = via_collab["ties"]["alice"], via_collab["ties"]["bob"]
    assert [(r["type"], r["role"]) for r in alice_side] == [("WORKS_FOR", "Director")]
    assert [r["evidence"] for r in alice_side] == [[{"text": "Alice runs it.", "source": None}]]
    assert sorted((r["type"], r["role"]) for r in bob_side) == [
        ("MEMBER_OF", "trustee"),
        ("WORKS_FOR", None),
    ]
    assert via_report["via"]["id"] == "report"
    (direct,) = C["alice"]["carol"]["contexts"]
    assert direct["kind"] == "direct" and direct["via"] is None
    assert [r["type"] for r in direct["ties"]["carol"]] == ["COLLABORATES_WITH"]
    (launch,) = C["bob"]["carol"]["contexts"]
    assert [r["type"] for r in launch["ties"]["carol"]] == ["ORGANISED"]


def test_without_contexts_the_weights_are_the_same(team):
    lean = collaboration_graph(team, contexts=False)
    assert ties(lean) == ties(collaboration_graph(team))
    assert all("contexts" not in d for _, _, d in lean.edges(data=True))


def test_big_contexts_can_be_skipped(team):
    C = collaboration_graph(team, max_context_size=2)
    assert C.graph["skipped_contexts"] == []
    C = collaboration_graph(team, max_context_size=1)
    assert C.graph["skipped_contexts"] == ["collab", "launch", "report"]
    assert list(C.edges()) == [("alice", "carol")]
    found = collaborators_of(team, "alice", max_context_size=1)["collaborators"]
    assert [(c["id"], c["weight"]) for c in found] == [("carol", 1)]


def funders():
    """A funder with two grantees; a grantee's staff; two partners."""
    return graph(
        {
            "fund": "Organisation",
            "north": "Organisation",
            "south": "Organisation",
            "alpha": "Organisation",
            "beta": "Organisation",
            "bob": "Person",
            "ann": "Person",
            "youth": "Project",
        },
        [
            ("fund", "FUNDED", "north"),
            ("fund", "FUNDED", "south"),
            ("fund", "FUNDED", "youth"),
            ("north", "RUNS", "youth"),
            ("alpha", "PARTNER_OF", "beta"),
            ("bob", "WORKS_FOR", "beta"),
            ("ann", "WORKS_FOR", "alpha"),
        ],
    )


def test_direction_counts_co_grantees_are_not_collaborators():
    G = funders()
    found = {c["id"]: c for c in collaborators_of(G, "north")["collaborators"]}
    assert set(found) == {"fund"}
    kinds = sorted((ctx["kind"], (ctx["via"] or {}).get("id")) for ctx in found["fund"]["contexts"])
    assert kinds == [("direct", None), ("shared", "youth")]
    assert set(collaboration_graph(G, kinds=("Organisation",))["south"]) == {"fund"}


def test_co_grantees_join_through_their_funder_when_asked():
    G = funders()
    found = collaborators_of(G, "north", cofunded=True)["collaborators"]
    south = next(c for c in found if c["id"] == "south")
    (via_fund,) = south["contexts"]
    assert via_fund["via"]["id"] == "fund"
    C = collaboration_graph(G, kinds=("Organisation",), cofunded=True)
    assert C["north"]["south"]["weight"] == 1


def test_a_partner_is_a_direct_tie_and_its_staff_are_not_collaborators():
    G = funders()
    alpha = collaborators_of(G, "alpha")
    assert [(c["id"], c["contexts"][0]["kind"]) for c in alpha["collaborators"]] == [
        ("beta", "direct")
    ]
    assert [a["id"] for a in alpha["affiliations"]] == ["ann"]
    assert collaborators_of(G, "ann")["collaborators"] == []
    assert [a["id"] for a in collaborators_of(G, "ann")["affiliations"]] == ["alpha"]


def test_everyone_ties_people_to_their_own_organisations_only():
    G = funders()
    C = collaboration_network(G, "everyone", contexts=True)
    assert C["ann"]["alpha"]["contexts"][0]["kind"] == "affiliation"
    assert not C.has_edge("ann", "beta") and not C.has_edge("ann", "bob")
    assert C.has_edge("alpha", "beta")
    assert set(collaboration_network(G, "entities")) == set(G)
    with pytest.raises(ValueError):
        collaboration_network(G, "cats")


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
    assert [c["via"]["id"] for c in I["x"]["y"]["contexts"]] == ["ann", "ben"]
    found = collaborators_of(G, "x")["collaborators"]
    assert [(c["id"], c["weight"]) for c in found] == [("y", 2)]
    assert [a["id"] for a in collaborators_of(G, "x")["affiliations"]] == ["ann", "ben"]


def test_an_organisation_in_a_network_works_with_it_and_its_other_members():
    G = graph(
        {"net": "Organisation", "a": "Organisation", "b": "Organisation"},
        [("a", "MEMBER_OF", "net"), ("b", "MEMBER_OF", "net")],
    )
    C = collaboration_graph(G, kinds=("Organisation",))
    assert ties(C) == {("a", "net", 1), ("b", "net", 1), ("a", "b", 1)}


def test_collaborators_of_ranks_by_weight_then_name(team):
    found = collaborators_of(team, "alice")["collaborators"]
    assert [(c["id"], c["weight"]) for c in found] == [("bob", 2), ("carol", 1)]
    bob = found[0]
    assert [c["via"]["id"] for c in bob["contexts"]] == ["collab", "report"]
    at_work = next(c for c in bob["contexts"] if c["via"]["id"] == "collab")
    assert [r["type"] for r in at_work["own"]] == ["WORKS_FOR"]
    assert [r["role"] for r in at_work["other"]] == ["trustee", None]
    assert collaborators_of(team, "dan")["collaborators"] == []


def test_the_evidence_of_each_side_is_its_own(team):
    (launch,) = collaborators_of(team, "carol")["collaborators"][1]["contexts"]
    assert launch["via"]["id"] == "launch"
    assert [e["text"] for r in launch["other"] for e in r["evidence"]] == ["Bob spoke."]
    assert [e["text"] for r in launch["own"] for e in r["evidence"]] == []


def test_collaborators_of_unknown_entities_and_events_raise(team):
    with pytest.raises(EntityNotFound):
        collaborators_of(team, "nobody")
    with pytest.raises(VocabularyError, match="is an Event"):
        collaborators_of(team, "launch")


def test_a_window_keeps_what_held_then_and_counts_timeless_relations():
    G = graph(
        {"ann": "Person", "ben": "Person", "cat": "Person", "org": "Organisation", "ev": "Event"},
        [
            ("ann", "WORKS_FOR", "org", {"since": "2019-03", "until": "2021"}),
            ("ben", "WORKS_FOR", "org", {"since": "2022"}),
            ("ann", "PARTICIPATED_IN", "ev"),
            ("cat", "PARTICIPATED_IN", "ev"),
        ],
    )
    G.nodes["ev"]["date"] = "2020-06-01"
    everything = collaborators_of(G, "ann")
    assert [c["id"] for c in everything["collaborators"]] == ["ben", "cat"]
    assert everything["window"] == {"since": None, "until": None, "timeless": 0}
    in_2020 = collaborators_of(G, "ann", since="2020", until="2020")
    assert [c["id"] for c in in_2020["collaborators"]] == ["cat"]
    assert collaborators_of(G, "ann", since="2022")["collaborators"] == []
    assert [c["id"] for c in collaborators_of(G, "ann", until="2019")["collaborators"]] == []
    G.nodes["ev"]["date"] = None
    undated = collaborators_of(G, "ann", since="2030")
    assert [c["id"] for c in undated["collaborators"]] == ["cat"]
    assert undated["window"] == {"since": "2030", "until": None, "timeless": 2}
    with pytest.raises(ValueError):
        collaborators_of(G, "ann", since="2022", until="2021")


def test_the_fetch_plan_reaches_everything_collaborators_of_reads(team):
    G = funders()
    for entity in ("north", "alpha", "ann", "fund"):
        part = walk(G, entity, fetch_plan(G.nodes[entity]["type"], cofunded=True))
        for cofunded in (False, True):
            whole = collaborators_of(G, entity, cofunded=cofunded)
            assert collaborators_of(part, entity, cofunded=cofunded) == whole
    assert fetch_plan("Event") == []


def walk(G, start, plan):
    """The part of G a store hands over for a fetch plan (its own relations, then the
    two-step walks), as a new entity graph."""
    keep = set(G.out_edges(start, keys=True)) | set(G.in_edges(start, keys=True))
    for first, second in plan:
        middle = {far for _, far, _ in follow(G, start, first)}
        keep |= {edge for n in middle for edge, _, _ in follow(G, n, second)}
    H = G.edge_subgraph(keep).copy()
    H.add_node(start, **G.nodes[start])
    return to_networkx(to_subgraph(H))


def follow(G, node, step):
    """`(edge, far end, type)` for the relations of `node` that `step` follows."""
    out = step.direction == "out"
    edges = G.out_edges if out else G.in_edges
    for u, v, k, d in edges(node, keys=True, data=True):
        far = v if out else u
        if d["type"] in step.types and G.nodes[far]["type"] in step.to:
            yield (u, v, k), far, d["type"]


def test_davis_southern_women_weights_match_the_bipartite_projection(davis):
    B = nx.davis_southern_women_graph()
    expected = nx.bipartite.weighted_projected_graph(B, B.graph["top"])
    C = collaboration_graph(davis)
    lean = collaboration_graph(davis, contexts=False)
    for woman in B.graph["top"]:
        me = entity_id("Person", woman)
        want = {entity_id("Person", o): d["weight"] for o, d in expected[woman].items()}
        assert {o: d["weight"] for o, d in C[me].items()} == want
        assert {o: d["weight"] for o, d in lean[me].items()} == want
        found = collaborators_of(davis, me)["collaborators"]
        assert {c["id"]: c["weight"] for c in found} == want
        assert all(len(c["contexts"]) == c["weight"] for c in found)
        assert [c["weight"] for c in found] == sorted(want.values(), reverse=True)
    assert C.number_of_edges() == expected.number_of_edges()


def test_they_rule_company_interlocks(theyrule):
    I = organisation_interlocks(theyrule, contexts=False)
    assert I.number_of_nodes() == 493
    assert I.number_of_edges() == 1603
    C = collaboration_graph(theyrule, kinds=("Organisation",), contexts=False)
    assert sorted(C.edges(data="weight")) == sorted(I.edges(data="weight"))
    company = max(I, key=I.degree)
    found = collaborators_of(theyrule, company)["collaborators"]
    assert {c["id"]: c["weight"] for c in found} == {o: d["weight"] for o, d in I[company].items()}
    assert all(ctx["via"]["type"] == "Person" for c in found for ctx in c["contexts"])
    director = next(iter(found[0]["contexts"]))["via"]["id"]
    mine = collaborators_of(theyrule, director)
    assert {a["id"] for a in mine["affiliations"]} >= {company, found[0]["id"]}


def test_everyone_ties_agree_with_the_whole_network():
    G = funders()
    C = collaboration_network(G, "everyone", contexts=False)
    for n in ("ann", "alpha", "bob", "fund"):
        found = ties_of(G, n, kinds=("Person", "Organisation"))["collaborators"]
        assert {c["id"]: c["weight"] for c in found} == {m: d["weight"] for m, d in C[n].items()}
