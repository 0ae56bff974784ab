"""JSON in networkx's node-link form: `networkx.node_link_graph(data, edges="edges")`
reads it back as a `MultiDiGraph`.

Nodes carry the entity's fields (`type`, `name`, `aliases`, `title`,
`description`, `date`, `properties`, `sources`) under `id`; edges carry the
relation's (`type`, `role`, `since`, `until`, `date`, `confidence`, `sources`,
`evidence`, ...) with a unique `key` and `directed` (false for symmetric
relation types). Lists stay lists: JSON holds them, so nothing is flattened.
"""

from __future__ import annotations

from typing import Any

from collabgraph.model.graph import Subgraph
from collabgraph.model.vocabulary import RELATIONS

EDGES_KEY = "edges"


def node_link_data(subgraph: Subgraph) -> dict[str, Any]:
    """The subgraph as a node-link dict (the shape `networkx.node_link_data` gives)."""
    nodes = []
    for entity in subgraph.entities:
        fields = entity.to_dict()
        nodes.append({"id": fields.pop("id"), **fields})
    edges = []
    for n, relation in enumerate(subgraph.relations):
        fields = relation.to_dict()
        source, target = fields.pop("source"), fields.pop("target")
        rule = RELATIONS.get(relation.type)
        edges.append(
            {
                "source": source,
                "target": target,
                "key": f"e{n}",
                **fields,
                "directed": not (rule and rule.symmetric),
            }
        )
    return {"directed": True, "multigraph": True, "graph": {}, "nodes": nodes, EDGES_KEY: edges}


def is_node_link(data: Any) -> bool:
    """Whether parsed JSON is a node-link graph rather than a seed (entities/relations)."""
    return (
        isinstance(data, dict)
        and isinstance(data.get("nodes"), list)
        and ("edges" in data or "links" in data)
        and not ({"entities", "relations"} & set(data))
    )


def node_link_rows(data: dict[str, Any]) -> tuple[list[dict], list[dict]]:
    """The node and edge dicts of a node-link graph (`edges` or networkx's older `links`)."""
    edges = data.get("edges", data.get("links")) or []
    return list(data.get("nodes") or []), list(edges)
