"""Importing graph files again: GraphML, GEXF and node-link JSON into a SeedDocument.

Reads what `collabgraph export` writes (and files of the same shape from other
tools): each node needs a `type` from the vocabulary and a `name` (or
`label`); each edge a `relation` (or `type`) from the vocabulary. Columns are
read back by the rules of `collabgraph.graphfiles.columns`, so export then
import gives the same entities and relations; what a file said about its own
sources is not kept (the imported file becomes their source).
"""

from __future__ import annotations

from typing import Any

from collabgraph.errors import SeedError, SeedProblem
from collabgraph.graphfiles import node_link_rows, read_gexf, read_graphml
from collabgraph.graphfiles.columns import (
    ENTITY_COLUMNS,
    LABEL_COLUMN,
    LIST_SEPARATOR,
    RELATION_COLUMN,
    ReadRow,
    property_name,
    split_list,
)
from collabgraph.ingest.document import RELATION_KEYS, SeedDocument, parse_seed
from collabgraph.ingest.yamlio import LineDict

GRAPH_SUFFIXES = {".graphml": "graphml", ".gexf": "gexf"}
# Columns a file may carry that are about the file, not the graph.
_IGNORED = {
    "sources",
    LABEL_COLUMN,
    "directed",
    "key",
    "id",
    "weight",
    "external_ids",
    "reviewed",
}
_ENTITY_FIELDS = {"type", "name", "aliases", "title", "description", "date"}
_RELATION_FIELDS = {"role", "since", "until", "date", "evidence", "confidence"}
# A relation's own id in the file it came from: its `id` in a seed.
_RELATION_IDS = {"external_id"}


def parse_graph_file(name: str, data: bytes, kind: str) -> SeedDocument:
    """Read a `graphml` or `gexf` file's bytes into a SeedDocument (kind "structured").

    Raises SeedError with file and line for malformed XML, values that do not
    match their declared types, unknown types or edges to undeclared nodes.
    """
    reader = read_graphml if kind == "graphml" else read_gexf
    nodes, edges = reader(data, name)
    return rows_to_document(name, nodes, edges)


def parse_node_link(name: str, data: dict[str, Any]) -> SeedDocument:
    """Read a node-link JSON graph (networkx's form, as `collabgraph export` writes it)."""
    raw_nodes, raw_edges = node_link_rows(data)
    problems: list[SeedProblem] = []
    nodes, edges = [], []
    for n, node in enumerate(raw_nodes):
        if not isinstance(node, dict) or "id" not in node:
            problems.append(SeedProblem(name, None, f"node {n + 1}: a node needs an id"))
            continue
        values = {k: v for k, v in node.items() if k not in ("id", "properties")}
        properties = node.get("properties") or {}
        if isinstance(properties, dict):
            values.update({k: v for k, v in properties.items() if k not in values})
        nodes.append(ReadRow(str(node["id"]), values))
    for n, edge in enumerate(raw_edges):
        if not isinstance(edge, dict) or "source" not in edge or "target" not in edge:
            problems.append(
                SeedProblem(name, None, f"edge {n + 1}: an edge needs source and target")
            )
            continue
        values = {k: v for k, v in edge.items() if k not in ("source", "target")}
        edges.append(
            ReadRow(str(edge.get("key", n)), values, None, str(edge["source"]), str(edge["target"]))
        )
    if problems:
        raise SeedError(problems)
    return rows_to_document(name, nodes, edges)


def rows_to_document(name: str, nodes: list[ReadRow], edges: list[ReadRow]) -> SeedDocument:
    """Turn read rows into a seed (entities named with their types, relations by
    name with `from_type`/`to_type`) and validate it as any seed file is."""
    entities, ends, problems = [], {}, []
    for row in nodes:
        entity = _node(row)
        entities.append(entity)
        ends[row.id] = (entity.get("name"), entity.get("type"))
    relations, extra = [], set()
    for row in edges:
        missing = [end for end in (row.source, row.target) if end not in ends]
        if missing:
            problems.append(
                SeedProblem(name, row.line, f"edge {row.id}: no node with id {missing[0]!r}")
            )
            continue
        relation, unused = _edge(row, ends)
        relations.append(relation)
        extra |= unused
    if problems:
        raise SeedError(problems)
    doc = parse_seed(_mapping({"entities": entities, "relations": relations}, None), path=name)
    if extra:
        doc.warnings.append(f"edge columns not imported: {', '.join(sorted(extra))}")
    return doc


def _node(row: ReadRow) -> LineDict:
    values = row.values
    entity: dict[str, Any] = {
        "type": values.get("type", ""),
        "name": values.get("name") or values.get(LABEL_COLUMN) or row.id,
    }
    aliases = values.get("aliases")
    entity["aliases"] = split_list(aliases) if not isinstance(aliases, list) else aliases
    for key in ("title", "description", "date"):
        if values.get(key) not in (None, ""):
            entity[key] = values[key]
    ids = values.get("external_ids")
    ids = split_list(ids) if not isinstance(ids, list) else ids
    if ids:  # the id a seed file gave it (a seed gives one)
        entity["id"] = ids[0]
    properties = {
        property_name(k): v
        for k, v in values.items()
        if k not in _ENTITY_FIELDS and k not in _IGNORED and k not in ENTITY_COLUMNS
    }
    if properties:
        entity["properties"] = properties
    return _mapping(entity, row.line)


def _edge(row: ReadRow, ends: dict[str, tuple[Any, Any]]) -> tuple[LineDict, set[str]]:
    values = row.values
    (source, source_type), (target, target_type) = ends[row.source], ends[row.target]
    relation: dict[str, Any] = {
        "from": source, "from_type": source_type, "to": target, "to_type": target_type,
        "type": values.get(RELATION_COLUMN) or values.get("type") or "",
    }  # fmt: skip
    for key in _RELATION_FIELDS:
        value = values.get(key)
        if isinstance(value, list):
            value = LIST_SEPARATOR.join(str(v) for v in dict.fromkeys(value) if v) or None
        if value not in (None, ""):
            relation[key] = value
    if values.get("external_id") not in (None, ""):
        relation["id"] = values["external_id"]
    rest = {
        property_name(k): v
        for k, v in values.items()
        if k not in _RELATION_FIELDS
        and k not in _IGNORED
        and k not in _RELATION_IDS
        and k not in (RELATION_COLUMN, "type", "properties")
    }
    if isinstance(values.get("properties"), dict):  # node-link JSON keeps them together
        rest.update(values["properties"])
    if rest and "properties" in RELATION_KEYS:  # relation properties, where seeds take them
        relation["properties"] = rest
        rest = {}
    return _mapping(relation, row.line), set(rest)


def _mapping(values: dict[str, Any], line: int | None) -> LineDict:
    out = LineDict(values)
    out.line = line or 0
    out.key_lines = {}
    return out
