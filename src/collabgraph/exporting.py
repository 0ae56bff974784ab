"""Writing the graph to files other tools read: JSON, GraphML, GEXF, Kumu blueprints,
and maps that open offline.

JSON is networkx's node-link form; GraphML and GEXF follow the column rules of
`collabgraph.graphfiles.columns` (see the README's "Exports" section); a Kumu
blueprint is `collabgraph.graphfiles.kumu`'s JSON, which Kumu imports.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import BinaryIO

from collabgraph.graphfiles import node_link_data, tabulate, write_gexf, write_graphml
from collabgraph.graphfiles.kumu import blueprint_data
from collabgraph.maps.request import MapRequest
from collabgraph.model.graph import Subgraph
from collabgraph.render.view import MapView
from collabgraph.store import GraphStore

FORMATS = ("json", "graphml", "gexf", "kumu", "html")
SUFFIXES = {
    ".json": "json",
    ".graphml": "graphml",
    ".gexf": "gexf",
    ".html": "html",
    ".htm": "html",
}


def subgraph_to_dict(subgraph: Subgraph) -> dict:
    """A JSON-ready dict: `{"entities": [...], "relations": [...]}`."""
    return {
        "entities": [e.to_dict() for e in subgraph.entities],
        "relations": [r.to_dict() for r in subgraph.relations],
    }


def format_for(path: Path) -> str | None:
    """The export format a file name asks for by its extension, if it says
    (`map.kumu.json`: a Kumu blueprint)."""
    if path.name.lower().endswith(".kumu.json"):
        return "kumu"
    return SUFFIXES.get(path.suffix.lower())


def write_export(subgraph: Subgraph, fmt: str, out: BinaryIO, *, reciprocal: bool = False) -> int:
    """Write `subgraph` to the binary stream `out` in `fmt` (one of FORMATS).

    `reciprocal` (GraphML, GEXF): symmetric relations as two opposite directed
    edges instead of one undirected edge. Returns how many characters were left
    out because XML cannot hold them (0 for JSON and HTML). Raises ValueError
    for an unknown format.
    """
    if fmt in ("json", "kumu"):
        data = node_link_data(subgraph) if fmt == "json" else blueprint_data(subgraph)
        text = json.dumps(data, indent=1, ensure_ascii=False)
        out.write(text.encode("utf-8", errors="backslashreplace"))  # a lone surrogate as \\udxxx
        return 0
    if fmt == "graphml":
        return write_graphml(tabulate(subgraph, reciprocal=reciprocal), out)
    if fmt == "gexf":
        return write_gexf(tabulate(subgraph, reciprocal=reciprocal), out)
    if fmt == "html":
        from collabgraph.render import render_standalone

        out.write(render_standalone(subgraph).encode("utf-8", errors="backslashreplace"))
        return 0
    raise ValueError(f"unknown export format {fmt!r}; expected one of {', '.join(FORMATS)}")


def export_graph(subgraph: Subgraph, fmt: str, path: Path, *, reciprocal: bool = False) -> int:
    """Write `subgraph` to the file `path` in `fmt`; see `write_export`.

    Raises ValueError for an unknown format, OSError when the file cannot be written.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; expected one of {', '.join(FORMATS)}")
    with Path(path).open("wb") as out:
        return write_export(subgraph, fmt, out, reciprocal=reciprocal)


def export_map(store: GraphStore, request: MapRequest, path: Path) -> MapView:
    """Write the map `request` asks for to `path` as one HTML file that opens
    offline, and return its `MapView`.

    It is the map `/map` (or `/map/{ref}`) draws for the same request: the
    same `build_map_view`, drawn without links to a server. Raises
    EntityNotFound or AmbiguousName for a focus that fits no entity or several,
    OSError when the file cannot be written.
    """
    from collabgraph.maps import build_map_view
    from collabgraph.render import render_view

    view = build_map_view(store, request)
    Path(path).write_text(render_view(view, links=None), encoding="utf-8")
    return view
