"""Keeping the most influential part of a large graph for the whole-network map."""

from __future__ import annotations

from collabgraph.model.graph import Entity, Relation, Subgraph
from collabgraph.render import select_top


def star() -> Subgraph:
    entities = [Entity(f"person:{c}", "Person", c.upper()) for c in "abcde"]
    relations = [
        Relation("COLLABORATES_WITH", "person:a", "person:b"),
        Relation("COLLABORATES_WITH", "person:a", "person:c"),
        Relation("COLLABORATES_WITH", "person:d", "person:e"),
    ]
    return Subgraph(entities, relations)


def test_keeps_the_most_influential_entities_and_the_relations_among_them():
    influence = {"person:a": 1.0, "person:b": 0.5, "person:c": 0.4, "person:d": 0.3}
    top = select_top(star(), influence, 3)
    assert [e.id for e in top.entities] == ["person:a", "person:b", "person:c"]
    assert [(r.source, r.target) for r in top.relations] == [
        ("person:a", "person:b"),
        ("person:a", "person:c"),
    ]


def test_ties_and_missing_scores_go_by_name():
    top = select_top(star(), {"person:e": 0.9}, 3)
    assert [e.name for e in top.entities] == ["E", "A", "B"]


def test_a_limit_beyond_the_graph_keeps_everything():
    sub = star()
    top = select_top(sub, {}, 100)
    assert len(top.entities) == 5 and len(top.relations) == 3
    assert select_top(sub, {}, 0).entities == []
