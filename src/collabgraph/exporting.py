"""Writing the graph to files other tools read: JSON, GraphML, GEXF, and a standalone map.

JSON is networkx's node-link form; GraphML and GEXF follow the column rules of
`collabgraph.graphfiles.columns` (see the README's "Exports" section).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import BinaryIO

from collabgraph.graphfiles import node_link_data, tabulate, write_gexf, write_graphml
from collabgraph.model.graph import Subgraph

FORMATS = ("json", "graphml", "gexf", "html")
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
    """The export format a file name asks for by its extension, if it says."""
    return SUFFIXES.get(path.suffix.lower())


def write_export(subgraph: Subgraph, fmt: str, out: BinaryIO, *, reciprocal: bool = False) -> int:
    """Write `subgraph` to the binary stream `out` in `fmt` (one of FORMATS).

    `reciprocal` (GraphML, GEXF): symmetric relations as two opposite directed
    edges instead of one undirected edge. Returns how many characters were left
    out because XML cannot hold them (0 for JSON and HTML). Raises ValueError
    for an unknown format.
    """
    if fmt == "json":
        text = json.dumps(node_link_data(subgraph), indent=1, ensure_ascii=False)
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
