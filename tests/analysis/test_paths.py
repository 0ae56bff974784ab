import pytest

from collabgraph.analysis import ego_network, shortest_path
from collabgraph.errors import EntityNotFound, NoPath

from .builders import graph


@pytest.fixture
def network():
    return graph(
        {
            "henry": "Person",
            "collab": "Organisation",
            "anna": "Person",
            "launch": "Event",
            "victor": "Person",
            "loner": "Person",
        },
        [
            ("henry", "WORKS_FOR", "collab", {"role": "Chief Executive", "evidence": ["s1"]}),
            ("anna", "WORKS_FOR", "collab"),
            ("anna", "MEMBER_OF", "collab"),
            ("collab", "ORGANISED", "launch"),
            ("victor", "PARTICIPATED_IN", "launch", {"role": "panellist"}),
        ],
    )


def test_every_hop_is_explained(network):
    path = shortest_path(network, "henry", "victor")
    assert path["length"] == 3
    assert [n["id"] for n in path["nodes"]] == ["henry", "collab", "launch", "victor"]
    first, second, third = path["hops"]
    (works,) = first["relations"]
    assert works["type"] == "WORKS_FOR"
    assert works["direction"] == "forward"
    assert works["role"] == "Chief Executive"
    assert works["evidence"] == ["s1"]
    assert works["text"] == "Henry WORKS_FOR Collab (Chief Executive)"
    assert second["relations"][0]["direction"] == "forward"
    (took_part,) = third["relations"]
    assert took_part["direction"] == "backward"
    assert (took_part["source"], took_part["target"]) == ("victor", "launch")


def test_a_hop_lists_every_relation_between_its_ends(network):
    path = shortest_path(network, "anna", "collab")
    assert [r["type"] for r in path["hops"][0]["relations"]] == ["MEMBER_OF", "WORKS_FOR"]


def test_symmetric_relations_say_so():
    G = graph({"a": "Person", "b": "Person"}, [("a", "COLLABORATES_WITH", "b")])
    (rel,) = shortest_path(G, "b", "a")["hops"][0]["relations"]
    assert rel["direction"] == "symmetric"


def test_path_to_oneself_is_empty(network):
    assert shortest_path(network, "anna", "anna")["hops"] == []


def test_no_path_and_unknown_entities_raise(network):
    with pytest.raises(NoPath):
        shortest_path(network, "henry", "loner")
    with pytest.raises(EntityNotFound):
        shortest_path(network, "henry", "nobody")


def test_ego_network_ignores_direction(network):
    assert set(ego_network(network, "collab")) == {"collab", "henry", "anna", "launch"}
    two = ego_network(network, "victor", depth=2)
    assert set(two) == {"victor", "launch", "collab"}
    assert two.number_of_edges() == 2
    assert set(ego_network(network, "victor", depth=0)) == {"victor"}
    assert ego_network(network, "collab").number_of_edges() == 4


def test_ego_network_of_unknown_entity_raises(network):
    with pytest.raises(EntityNotFound):
        ego_network(network, "nobody")
