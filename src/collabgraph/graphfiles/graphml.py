"""GraphML (http://graphml.graphdrawing.org/), as Gephi, yEd, Cytoscape and networkx read it.

Written against the GraphML 1.0 schema with the attributes extension: one
`<key>` per column (`attr.type` boolean, long, double or string; a column whose
name is not an NMTOKEN gets a safe `attr.name` and its exact name in `<desc>`),
node ids are entity ids, edge ids `e0`, `e1`, ...; an undirected edge says
`directed="false"` in a graph whose `edgedefault` is directed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, BinaryIO

from lxml import etree

from collabgraph.errors import SeedError, SeedProblem
from collabgraph.graphfiles.columns import (
    LABEL_COLUMN,
    Column,
    ReadRow,
    Table,
    cell,
    parse_value,
)
from collabgraph.graphfiles.xml import TextCleaner, children, local, nmtoken, node_ids, parse_xml

NS = "http://graphml.graphdrawing.org/xmlns"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
_NSMAP = {None: NS}
SCHEMA_LOCATION = f"{NS} http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"


def write_graphml(table: Table, out: BinaryIO) -> int:
    """Write `table` to `out` as GraphML (UTF-8); nodes also carry a `label` (the
    name) for the tools that show one. Returns how many characters were left out
    because XML cannot hold them."""
    clean = TextCleaner()
    ids = node_ids([n for n, _ in table.nodes])
    label = _Key("nlabel", Column(LABEL_COLUMN, "string"), LABEL_COLUMN, LABEL_COLUMN, "node")
    node_keys = _keys(table.node_columns, "node", clean, taken={LABEL_COLUMN})
    edge_keys = _keys(table.edge_columns, "edge", clean, taken=set())
    default = "undirected" if table.all_undirected else "directed"
    with etree.xmlfile(out, encoding="utf-8") as xf:
        xf.write_declaration()
        with xf.element(
            f"{{{NS}}}graphml",
            {f"{{{XSI}}}schemaLocation": SCHEMA_LOCATION},
            nsmap={None: NS, "xsi": XSI},
        ):
            for key in (label, *node_keys, *edge_keys):
                xf.write(key.element())
                xf.write("\n")
            with xf.element(f"{{{NS}}}graph", id="G", edgedefault=default):
                for ident, values in table.nodes:
                    node = etree.Element(f"{{{NS}}}node", id=ids[ident], nsmap=_NSMAP)
                    _data(node, label.id, clean(str(values.get("name", ident))))
                    for key in node_keys:
                        if key.column.name in values:
                            _data(node, key.id, clean(cell(key.column, values[key.column.name])))
                    xf.write(node)
                    xf.write("\n")
                for edge in table.edges:
                    attrs = {"id": edge.id, "source": ids[edge.source], "target": ids[edge.target]}
                    if edge.directed != (default == "directed"):
                        attrs["directed"] = "true" if edge.directed else "false"
                    element = etree.Element(f"{{{NS}}}edge", attrs, nsmap=_NSMAP)
                    for key in edge_keys:
                        if key.column.name in edge.values:
                            text = cell(key.column, edge.values[key.column.name])
                            _data(element, key.id, clean(text))
                    xf.write(element)
                    xf.write("\n")
    return clean.removed


@dataclass
class _Key:
    id: str
    column: Column
    name: str  # attr.name: an NMTOKEN
    exact: str  # the column's own name, in <desc> when it is not the attr.name
    domain: str

    def element(self) -> etree._Element:
        key = etree.Element(
            f"{{{NS}}}key",
            {"id": self.id, "for": self.domain, "attr.name": self.name,
             "attr.type": self.column.kind},
            nsmap=_NSMAP,
        )  # fmt: skip
        if self.name != self.exact:
            etree.SubElement(key, f"{{{NS}}}desc").text = self.exact
        return key


def _keys(columns: list[Column], domain: str, clean: TextCleaner, *, taken: set[str]) -> list[_Key]:
    out = []
    for i, column in enumerate(columns):
        exact = clean(column.name)
        out.append(_Key(f"d{domain[0]}{i}", column, nmtoken(exact, taken), exact, domain))
    return out


def _data(parent: etree._Element, key: str, text: str) -> None:
    etree.SubElement(parent, f"{{{NS}}}data", key=key).text = text


def read_graphml(data: bytes, path: str) -> tuple[list[ReadRow], list[ReadRow]]:
    """The nodes and edges of a GraphML file, with values typed by their keys.

    A key's name is its `<desc>` when it has one (how collabgraph keeps names
    that are not NMTOKENs), else its `attr.name`. Raises SeedError (with line)
    for a file that is not GraphML or whose values do not match their types.
    """
    root = parse_xml(data, path)
    if local(root) != "graphml":
        raise SeedError.single(path, root.sourceline, "not a GraphML file (no <graphml> root)")
    keys: dict[str, tuple[str, str]] = {}
    for key in children(root, "key"):
        desc = next(children(key, "desc"), None)
        name = (desc.text if desc is not None and desc.text else None) or key.get("attr.name")
        keys[key.get("id", "")] = (name or key.get("id", ""), key.get("attr.type", "string"))
    graph = next(children(root, "graph"), None)
    if graph is None:
        raise SeedError.single(path, root.sourceline, "the GraphML file holds no <graph>")
    problems: list[SeedProblem] = []
    nodes = [_row(n, keys, path, problems) for n in children(graph, "node")]
    edges = []
    for element in children(graph, "edge"):
        row = _row(element, keys, path, problems)
        row.source, row.target = element.get("source", ""), element.get("target", "")
        edges.append(row)
    if problems:
        raise SeedError(problems)
    return nodes, edges


def _row(
    element: etree._Element, keys: dict[str, tuple[str, str]], path: str, problems: list
) -> ReadRow:
    values: dict[str, Any] = {}
    for item in children(element, "data"):
        name, kind = keys.get(item.get("key", ""), (item.get("key", ""), "string"))
        try:
            values[name] = parse_value(kind, item.text or "")
        except ValueError as exc:
            problems.append(SeedProblem(path, item.sourceline, f"{name}: {exc}"))
    return ReadRow(element.get("id", ""), values, element.sourceline)
