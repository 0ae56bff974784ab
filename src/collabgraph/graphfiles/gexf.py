"""GEXF 1.2draft (https://gexf.net), Gephi's own format, also read by networkx and sigma.js.

Columns are declared once per class in `<attributes>` (typed boolean, long,
double or string) and given per node or edge in `<attvalues>`. An edge's GEXF
`type` is `directed`, or for a symmetric relation (PARTNER_OF,
COLLABORATES_WITH) `mutual` in a graph that also has directed edges and
`undirected` in one that has none: Gephi draws `mutual` as two-way, and
networkx, which refuses an undirected edge in a directed graph, reads `mutual`
as both directions. The relation type is the `relation` attribute and the
edge's `label`. Node ids are entity ids, edge ids `e0`, `e1`, ...
"""

from __future__ import annotations

import datetime as dt
from typing import Any, BinaryIO

from lxml import etree

from collabgraph.errors import SeedError, SeedProblem
from collabgraph.graphfiles.columns import (
    RELATION_COLUMN,
    Column,
    ReadRow,
    Table,
    cell,
    parse_value,
)
from collabgraph.graphfiles.xml import TextCleaner, children, local, parse_xml

NS = "http://www.gexf.net/1.2draft"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
_NSMAP = {None: NS}
SCHEMA_LOCATION = f"{NS} http://www.gexf.net/1.2draft/gexf.xsd"


def write_gexf(table: Table, out: BinaryIO, *, description: str = "") -> int:
    """Write `table` to `out` as GEXF 1.2draft (UTF-8). Returns how many characters
    were left out because XML cannot hold them."""
    clean = TextCleaner()
    node_ids = {c.name: f"n{i}" for i, c in enumerate(table.node_columns)}
    edge_ids = {c.name: f"e{i}" for i, c in enumerate(table.edge_columns)}
    default = "undirected" if table.all_undirected else "directed"
    with etree.xmlfile(out, encoding="utf-8") as xf:
        xf.write_declaration()
        with xf.element(
            f"{{{NS}}}gexf",
            {f"{{{XSI}}}schemaLocation": SCHEMA_LOCATION, "version": "1.2"},
            nsmap={None: NS, "xsi": XSI},
        ):
            meta = etree.Element(
                f"{{{NS}}}meta", lastmodifieddate=dt.date.today().isoformat(), nsmap=_NSMAP
            )
            etree.SubElement(meta, f"{{{NS}}}creator").text = "collabgraph"
            if description:
                etree.SubElement(meta, f"{{{NS}}}description").text = clean(description)
            xf.write(meta)
            xf.write("\n")
            with xf.element(f"{{{NS}}}graph", defaultedgetype=default, mode="static"):
                xf.write(_declare("node", table.node_columns, node_ids, clean))
                xf.write("\n")
                xf.write(_declare("edge", table.edge_columns, edge_ids, clean))
                xf.write("\n")
                with xf.element(f"{{{NS}}}nodes", count=str(len(table.nodes))):
                    for ident, values in table.nodes:
                        node = etree.Element(
                            f"{{{NS}}}node",
                            id=clean(ident), label=clean(str(values.get("name", ident))),
                            nsmap=_NSMAP,
                        )  # fmt: skip
                        _attvalues(node, table.node_columns, node_ids, values, clean)
                        xf.write(node)
                        xf.write("\n")
                with xf.element(f"{{{NS}}}edges", count=str(len(table.edges))):
                    for edge in table.edges:
                        element = etree.Element(
                            f"{{{NS}}}edge",
                            id=edge.id, source=clean(edge.source), target=clean(edge.target),
                            type=_edge_type(edge.directed, default),
                            label=clean(str(edge.values.get(RELATION_COLUMN, ""))),
                            nsmap=_NSMAP,
                        )  # fmt: skip
                        _attvalues(element, table.edge_columns, edge_ids, edge.values, clean)
                        xf.write(element)
                        xf.write("\n")
    return clean.removed


def _edge_type(directed: bool, default: str) -> str:
    if directed:
        return "directed"
    return "undirected" if default == "undirected" else "mutual"


def _declare(
    kind: str, columns: list[Column], ids: dict[str, str], clean: TextCleaner
) -> etree._Element:
    attributes = etree.Element(
        f"{{{NS}}}attributes", {"class": kind, "mode": "static"}, nsmap=_NSMAP
    )
    for column in columns:
        etree.SubElement(
            attributes,
            f"{{{NS}}}attribute",
            id=ids[column.name], title=clean(column.name), type=column.kind,
        )  # fmt: skip
    return attributes


def _attvalues(
    parent: etree._Element,
    columns: list[Column],
    ids: dict[str, str],
    values: dict[str, Any],
    clean: TextCleaner,
) -> None:
    present = [c for c in columns if c.name in values]
    if not present:
        return
    holder = etree.SubElement(parent, f"{{{NS}}}attvalues")
    for column in present:
        etree.SubElement(
            holder,
            f"{{{NS}}}attvalue",
            {"for": ids[column.name], "value": clean(cell(column, values[column.name]))},
        )


def read_gexf(data: bytes, path: str) -> tuple[list[ReadRow], list[ReadRow]]:
    """The nodes and edges of a GEXF file (any 1.x version), values typed by their
    `<attributes>`; a node's `label` is its `label` value. Raises SeedError (with
    line) for a file that is not GEXF or whose values do not match their types."""
    root = parse_xml(data, path)
    if local(root) != "gexf":
        raise SeedError.single(path, root.sourceline, "not a GEXF file (no <gexf> root)")
    graph = next(children(root, "graph"), None)
    if graph is None:
        raise SeedError.single(path, root.sourceline, "the GEXF file holds no <graph>")
    declared: dict[str, dict[str, tuple[str, str]]] = {"node": {}, "edge": {}}
    for attributes in children(graph, "attributes"):
        kind = attributes.get("class", "")
        for attribute in children(attributes, "attribute"):
            declared.setdefault(kind, {})[attribute.get("id", "")] = (
                attribute.get("title") or attribute.get("id", ""),
                attribute.get("type", "string"),
            )
    problems: list[SeedProblem] = []
    nodes = []
    for holder in children(graph, "nodes"):
        for node in children(holder, "node"):
            row = _row(node, declared["node"], path, problems)
            if node.get("label") is not None:
                row.values.setdefault("label", node.get("label"))
            nodes.append(row)
    edges = []
    for holder in children(graph, "edges"):
        for edge in children(holder, "edge"):
            row = _row(edge, declared["edge"], path, problems)
            row.source, row.target = edge.get("source", ""), edge.get("target", "")
            if edge.get("label") is not None:
                row.values.setdefault("label", edge.get("label"))
            edges.append(row)
    if problems:
        raise SeedError(problems)
    return nodes, edges


def _row(
    element: etree._Element, declared: dict[str, tuple[str, str]], path: str, problems: list
) -> ReadRow:
    values: dict[str, Any] = {}
    for holder in children(element, "attvalues"):
        for item in children(holder, "attvalue"):
            ref = item.get("for") or item.get("id") or ""
            name, kind = declared.get(ref, (ref, "string"))
            try:
                values[name] = parse_value(kind, item.get("value"))
            except ValueError as exc:
                problems.append(SeedProblem(path, item.sourceline, f"{name}: {exc}"))
    return ReadRow(element.get("id", ""), values, element.sourceline)
