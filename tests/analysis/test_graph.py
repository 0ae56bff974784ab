import networkx as nx

from collabgraph.analysis import filter_graph, simple_graph, to_networkx, to_subgraph
from collabgraph.model.graph import Entity, Relation, Subgraph

from .builders import graph


def test_to_networkx_keeps_entity_and_relation_fields():
    subgraph = Subgraph(
        entities=[
            Entity(id="person:henry", type="Person", name="Henry Kippin", sources=["s1"]),
            Entity(
                id="org:collab",
                type="Organisation",
                name="Collaborate CIC",
                aliases=["Collaborate"],
            ),
        ],
        relations=[
            Relation(
                type="WORKS_FOR",
                source="person:henry",
                target="org:collab",
                role="Chief Executive",
                sources=["s1"],
                evidence=["Henry Kippin, Chief Executive of Collaborate CIC"],
            )
        ],
    )
    G = to_networkx(subgraph)
    assert isinstance(G, nx.MultiDiGraph)
    assert G.nodes["org:collab"]["aliases"] == ["Collaborate"]
    assert G.nodes["person:henry"]["sources"] == ["s1"]
    [relation] = subgraph.relations
    edge = G.edges["person:henry", "org:collab", relation.id]  # edges are keyed by relation id
    assert edge["type"] == "WORKS_FOR"
    assert edge["role"] == "Chief Executive"
    assert edge["confidence"] == 1.0
    assert edge["evidence"] == ["Henry Kippin, Chief Executive of Collaborate CIC"]
    assert to_subgraph(G) == subgraph


def test_two_relations_of_one_type_between_two_entities_are_two_edges():
    tenures = [
        Relation("WORKS_FOR", "person:nerys", "org:council", role="Cabinet Member", since="2010"),
        Relation("WORKS_FOR", "person:nerys", "org:council", role="Leader", since="2018"),
    ]
    G = to_networkx(Subgraph(relations=tenures))
    assert G.number_of_edges("person:nerys", "org:council") == 2
    assert sorted(d["role"] for _, _, d in G.edges(data=True)) == ["Cabinet Member", "Leader"]


def test_to_networkx_gives_dangling_endpoints_a_node():
    G = to_networkx(Subgraph(relations=[Relation(type="WORKS_FOR", source="a", target="b")]))
    assert G.nodes["b"]["type"] is None
    assert G.nodes["b"]["name"] == "b"


def test_filter_by_types_and_relation_types():
    G = graph(
        {"alice": "Person", "bob": "Person", "org": "Organisation", "launch": "Event"},
        [
            ("alice", "WORKS_FOR", "org"),
            ("bob", "MEMBER_OF", "org"),
            ("alice", "PARTICIPATED_IN", "launch"),
        ],
    )
    people = filter_graph(G, types={"Person", "Organisation"})
    assert set(people) == {"alice", "bob", "org"}
    assert people.number_of_edges() == 2
    works = filter_graph(G, relation_types=["WORKS_FOR"])
    assert set(works) == set(G)
    assert [(u, v, d["type"]) for u, v, d in works.edges(data=True)] == [
        ("alice", "org", "WORKS_FOR")
    ]
    assert G.number_of_edges() == 3


def test_filter_by_dates_compares_on_the_common_prefix():
    G = graph(
        {"alice": "Person", "org": "Organisation", "old": "Event", "new": "Event", "x": "Event"},
        [
            ("alice", "WORKS_FOR", "org", {"since": "2015-03", "until": "2016"}),
            ("alice", "PARTICIPATED_IN", "old", {"date": "2017-02-14"}),
            ("alice", "PARTICIPATED_IN", "new", {"date": "2019"}),
            ("alice", "PARTICIPATED_IN", "x"),
        ],
    )
    G.nodes["old"]["date"] = "2017-02"
    G.nodes["new"]["date"] = "2019"
    window = filter_graph(G, since="2017", until="2017-12")
    assert set(window) == {"alice", "org", "old", "x"}
    assert {v for _, v in window.edges()} == {"old", "x"}
    assert set(filter_graph(G, since="2016-06").edges()) == {
        ("alice", "org"),
        ("alice", "old"),
        ("alice", "new"),
        ("alice", "x"),
    }
    assert ("alice", "org") not in set(filter_graph(G, since="2017").edges())
    assert set(filter_graph(G, until="2015").edges()) == {("alice", "org"), ("alice", "x")}


def test_filter_by_sources_keeps_what_those_files_said():
    G = graph(
        {"alice": "Person", "bob": "Person", "org": "Organisation"},
        [
            ("alice", "WORKS_FOR", "org", {"sources": ["a.yaml"]}),
            ("bob", "WORKS_FOR", "org", {"sources": ["b.yaml", "c.yaml"]}),
        ],
    )
    G.nodes["bob"]["sources"] = ["c.yaml"]
    H = filter_graph(G, sources=["c.yaml"])
    assert set(H) == {"bob", "org"}
    assert list(H.edges()) == [("bob", "org")]


def test_simple_graph_merges_parallel_and_opposite_relations():
    G = graph(
        {"a": "Organisation", "b": "Organisation"},
        [
            ("a", "MEMBER_OF", "b"),
            ("a", "FUNDED", "b"),
            ("b", "MEMBER_OF", "a"),
            ("a", "FUNDED", "a"),
        ],
    )
    H = simple_graph(G)
    assert not H.is_directed() and not H.is_multigraph()
    assert list(H.edges(data="weight")) == [("a", "b", 3)]
    assert H.nodes["a"]["type"] == "Organisation"
    K = nx.path_graph(3)
    assert simple_graph(K) is K
