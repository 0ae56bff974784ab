"""Writing the graph to files other tools read: JSON, GraphML, GEXF, and a standalone map."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx

from collabgraph.model.graph import Subgraph

FORMATS = ("json", "graphml", "gexf", "html")


def subgraph_to_dict(subgraph: Subgraph) -> dict:
    """A JSON-ready dict: `{"entities": [...], "relations": [...]}`."""
    return {
        "entities": [e.to_dict() for e in subgraph.entities],
        "relations": [r.to_dict() for r in subgraph.relations],
    }


def _flat_graph(subgraph: Subgraph) -> nx.MultiDiGraph:
    """A graph whose attributes are all scalars (GraphML and GEXF hold no lists)."""
    G = nx.MultiDiGraph()
    for e in subgraph.entities:
        attrs = {k: v for k, v in e.to_dict().items() if v not in (None, [], {})}
        G.add_node(e.id, **{k: _scalar(v) for k, v in attrs.items() if k != "id"}, label=e.name)
    for r in subgraph.relations:
        attrs = {k: v for k, v in r.to_dict().items() if v not in (None, [], {})}
        G.add_edge(r.source, r.target, key=r.type, **{k: _scalar(v) for k, v in attrs.items()})
    return G


def _scalar(value):
    return value if isinstance(value, str | int | float | bool) else json.dumps(value)


def export_graph(subgraph: Subgraph, fmt: str, path: Path) -> None:
    """Write `subgraph` to `path` in `fmt` (one of FORMATS). Raises ValueError otherwise."""
    if fmt == "json":
        path.write_text(json.dumps(subgraph_to_dict(subgraph), indent=1, ensure_ascii=False))
    elif fmt == "graphml":
        nx.write_graphml(_flat_graph(subgraph), path)
    elif fmt == "gexf":
        nx.write_gexf(_flat_graph(subgraph), path)
    elif fmt == "html":
        from collabgraph.render import render_standalone

        path.write_text(render_standalone(subgraph), encoding="utf-8")
    else:
        raise ValueError(f"unknown export format {fmt!r}; expected one of {', '.join(FORMATS)}")
