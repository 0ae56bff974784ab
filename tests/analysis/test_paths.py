import pytest

from collabgraph.analysis import ego_network, shortest_path
from collabgraph.analysis.paths import DEFAULT_MAX_HOPS
from collabgraph.errors import EntityNotFound, NoPath, PathBeyondLimit

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
    assert [e["text"] for e in works["evidence"]] == ["s1"]
    assert works["text"] == "Henry WORKS_FOR Collab (Chief Executive)"
    assert second["relations"][0]["direction"] == "forward"
    (took_part,) = third["relations"]
    assert took_part["direction"] == "backward"
    assert (took_part["source"], took_part["target"]) == ("victor", "launch")
    assert first["from"]["name"] == "Henry" and third["to"]["id"] == "victor"
    assert path["alternatives"] == [] and path["max_hops"] == DEFAULT_MAX_HOPS


def test_a_hop_lists_every_relation_between_its_ends(network):
    path = shortest_path(network, "anna", "collab")
    assert [r["type"] for r in path["hops"][0]["relations"]] == ["MEMBER_OF", "WORKS_FOR"]


def test_symmetric_relations_say_so():
    G = graph({"a": "Person", "b": "Person"}, [("a", "COLLABORATES_WITH", "b")])
    (rel,) = shortest_path(G, "b", "a")["hops"][0]["relations"]
    assert rel["direction"] == "symmetric"


def test_path_to_oneself_is_empty(network):
    assert shortest_path(network, "anna", "anna")["hops"] == []


def diamond():
    """Two shortest ways from a to d (through b or c), and a long way round through e..."""
    chain = [("a", "COLLABORATES_WITH", "x1")]
    chain += [(f"x{i}", "COLLABORATES_WITH", f"x{i + 1}") for i in range(1, 4)]
    return graph(
        {n: "Person" for n in ["a", "b", "c", "d", "x1", "x2", "x3", "x4", "far"]},
        [
            ("a", "COLLABORATES_WITH", "c"),
            ("a", "COLLABORATES_WITH", "b"),
            ("c", "COLLABORATES_WITH", "d"),
            ("b", "COLLABORATES_WITH", "d"),
            *chain,
            ("x4", "COLLABORATES_WITH", "far"),
        ],
    )


def test_of_several_shortest_paths_the_first_in_id_order_comes_first():
    found = shortest_path(diamond(), "a", "d", paths=5)
    assert [n["id"] for n in found["nodes"]] == ["a", "b", "d"]
    assert [[n["id"] for n in p["nodes"]] for p in found["alternatives"]] == [["a", "c", "d"]]
    back = shortest_path(diamond(), "d", "a")
    assert [n["id"] for n in back["nodes"]] == ["d", "b", "a"]


def test_a_hop_limit_that_stops_the_search_says_so():
    G = diamond()
    assert shortest_path(G, "a", "far", max_hops=5)["length"] == 5
    with pytest.raises(PathBeyondLimit) as caught:
        shortest_path(G, "a", "far", max_hops=4)
    assert (caught.value.max_hops, caught.value.length) == (4, 5)
    assert "(max_hops) to 5" in str(caught.value)
    with pytest.raises(ValueError):
        shortest_path(G, "a", "far", paths=0)


def test_a_window_walks_only_what_held_then():
    G = graph(
        {"a": "Person", "b": "Person", "c": "Person", "d": "Person"},
        [
            ("a", "COLLABORATES_WITH", "d", {"since": "2020", "until": "2020"}),
            ("a", "COLLABORATES_WITH", "b"),
            ("b", "COLLABORATES_WITH", "c", {"date": "2023-05"}),
            ("c", "COLLABORATES_WITH", "d"),
        ],
    )
    assert shortest_path(G, "a", "d")["length"] == 1
    later = shortest_path(G, "a", "d", since="2023")
    assert later["length"] == 3
    assert later["window"] == {"since": "2023", "until": None, "timeless": 2}
    with pytest.raises(NoPath):
        shortest_path(G, "a", "d", since="2024")


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
