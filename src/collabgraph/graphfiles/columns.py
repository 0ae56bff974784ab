"""How entities and relations become typed columns of a graph file, and back.

GraphML and GEXF hold one scalar per attribute, so one rule, written here and
used by the writers and by the reader that imports the files again:

- every field becomes its own attribute, typed (`string`, `boolean`, `long`,
  `double`) by the values it holds across the whole graph; a column whose
  values mix numbers and text is text;
- a list (aliases, sources, evidence sentences) is one text attribute with one
  item per line (`LIST_SEPARATOR`), never a JSON string;
- an entity's or relation's own properties become attributes under their own
  names; a property whose name is a built-in field (or starts with
  `PROPERTY_PREFIX`) is written as `property.<name>`;
- an edge's relation type is the attribute `relation`, because GEXF's own edge
  `type` says directed or undirected;
- characters XML 1.0 cannot hold (control characters other than tab, line feed
  and carriage return; lone surrogates; U+FFFE, U+FFFF) are left out, and
  counted, so a file is valid XML whatever a stored value holds.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from collabgraph.model.graph import Entity, Relation, Subgraph
from collabgraph.model.vocabulary import RELATIONS

LIST_SEPARATOR = "\n"
PROPERTY_PREFIX = "property."
RELATION_COLUMN = "relation"
LABEL_COLUMN = "label"
# Built-in columns in the order files list them; properties follow, sorted.
ENTITY_COLUMNS = ("type", "name", "aliases", "title", "description", "date", "sources")
RELATION_COLUMNS = (RELATION_COLUMN, "role", "since", "until", "date", "confidence")
RELATION_TAIL = ("evidence", "sources")
RESERVED = frozenset({"id", "key", "source", "target", "label", "type", "directed", "relation"})

_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


@dataclass
class Column:
    """One attribute of nodes or edges: its name and the type all its values share."""

    name: str
    kind: str  # boolean, long, double or string; widened as values arrive

    def widen(self, value: Any) -> None:
        kind = value_kind(value)
        if kind != self.kind:
            self.kind = "double" if {kind, self.kind} <= {"long", "double"} else "string"


@dataclass
class EdgeRow:
    id: str
    source: str
    target: str
    directed: bool
    values: dict[str, Any]


@dataclass
class Table:
    """A subgraph as rows of typed columns: what GraphML and GEXF files hold."""

    node_columns: list[Column] = field(default_factory=list)
    edge_columns: list[Column] = field(default_factory=list)
    nodes: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    edges: list[EdgeRow] = field(default_factory=list)

    @property
    def all_directed(self) -> bool:
        return all(e.directed for e in self.edges)

    @property
    def all_undirected(self) -> bool:
        return bool(self.edges) and not any(e.directed for e in self.edges)


def value_kind(value: Any) -> str:
    """The column type a Python value asks for: boolean, long, double or string."""
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "long"
    if isinstance(value, float):
        return "double"
    return "string"


def xml_safe(text: str) -> tuple[str, int]:
    """`text` without the characters XML 1.0 cannot hold, and how many were left out."""
    cleaned, removed = _NOT_XML.subn("", text)
    return cleaned, removed


def tabulate(subgraph: Subgraph, *, reciprocal: bool = False) -> Table:
    """The subgraph as a Table: one row per entity, one per relation.

    Relations of symmetric types (PARTNER_OF, COLLABORATES_WITH) are one
    undirected edge; with `reciprocal`, two opposite directed edges instead,
    for readers that refuse a graph mixing both (networkx). Edge ids are
    `e0`, `e1`, ... and unique.
    """
    table = Table()
    node_cols: dict[str, Column] = {}
    edge_cols: dict[str, Column] = {}
    for entity in subgraph.entities:
        values = entity_values(entity)
        _widen(node_cols, values)
        table.nodes.append((entity.id, values))
    known = {e.id for e in subgraph.entities}
    for n, relation in enumerate(subgraph.relations):
        for end in (relation.source, relation.target):
            if end not in known:  # an endpoint outside the subgraph still needs its node
                known.add(end)
                table.nodes.append((end, {"name": end}))
                _widen(node_cols, {"name": end})
        values = relation_values(relation)
        _widen(edge_cols, values)
        symmetric = RELATIONS[relation.type].symmetric if relation.type in RELATIONS else False
        table.edges.append(
            EdgeRow(f"e{n}", relation.source, relation.target, not symmetric or reciprocal, values)
        )
        if symmetric and reciprocal:
            table.edges.append(EdgeRow(f"e{n}r", relation.target, relation.source, True, values))
    table.node_columns = _ordered(node_cols, ENTITY_COLUMNS)
    table.edge_columns = _ordered(edge_cols, RELATION_COLUMNS, RELATION_TAIL)
    return table


def entity_values(entity: Entity) -> dict[str, Any]:
    """An entity's non-empty fields as column values (see the module docstring)."""
    return _values(entity, rename={}, skip={"id"})


def relation_values(relation: Relation) -> dict[str, Any]:
    """A relation's non-empty fields as column values; evidence keeps distinct sentences."""
    values = _values(relation, rename={"type": RELATION_COLUMN}, skip={"source", "target"})
    sentences = [s for s in dict.fromkeys(relation.evidence) if s]
    if sentences:
        values["evidence"] = LIST_SEPARATOR.join(sentences)
    else:
        values.pop("evidence", None)
    return values


def split_list(text: Any) -> list[str]:
    """The items of a list column (one per line); empty lines are not items."""
    if text is None:
        return []
    return [item for item in str(text).split(LIST_SEPARATOR) if item.strip()]


def property_name(column: str) -> str:
    """The property a column holds: its name, less `PROPERTY_PREFIX` when it has one."""
    return column[len(PROPERTY_PREFIX) :] if column.startswith(PROPERTY_PREFIX) else column


def _values(record: Any, *, rename: dict[str, str], skip: set[str]) -> dict[str, Any]:
    builtin = {rename.get(f.name, f.name) for f in dataclasses.fields(record)}
    values: dict[str, Any] = {}
    for f in dataclasses.fields(record):
        if f.name in skip:
            continue
        value = getattr(record, f.name)
        if isinstance(value, dict):  # properties: one column each
            for key, item in value.items():
                name = str(key)
                if name in builtin or name in RESERVED or name.startswith(PROPERTY_PREFIX):
                    name = PROPERTY_PREFIX + name
                scalar = _scalar(item)
                if scalar is not None:
                    values[name] = scalar
            continue
        scalar = _scalar(value)
        if scalar is not None:
            values[rename.get(f.name, f.name)] = scalar
    return values


def _scalar(value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, list | tuple | set | frozenset):
        items = [str(v) for v in value if v is not None and str(v) != ""]
        return LIST_SEPARATOR.join(items) if items else None
    if isinstance(value, bool | int | float):
        return value
    text = str(value)
    return text if text != "" else None


def _widen(columns: dict[str, Column], values: dict[str, Any]) -> None:
    for name, value in values.items():
        column = columns.get(name)
        if column is None:
            columns[name] = Column(name, value_kind(value))
        else:
            column.widen(value)


def _ordered(columns: dict[str, Column], *first: Iterable[str]) -> list[Column]:
    head = [n for group in first[:1] for n in group if n in columns]
    tail = [n for group in first[1:] for n in group if n in columns]
    rest = sorted(n for n in columns if n not in head and n not in tail)
    return [columns[n] for n in (*head, *rest, *tail)]


def cell(column: Column, value: Any) -> str:
    """A value as the text of its column's type (`true`/`false`, numbers in Python's
    shortest round-tripping form, text as it is)."""
    if column.kind == "boolean":
        return "true" if value else "false"
    if column.kind in ("long", "double") and not isinstance(value, bool):
        return repr(float(value)) if column.kind == "double" else str(int(value))
    return str(value)


@dataclass
class ReadRow:
    """A node or edge as a graph file gives it: its id, its attribute values by
    column name, the line it starts on, and for an edge its ends."""

    id: str
    values: dict[str, Any]
    line: int | None = None
    source: str = ""
    target: str = ""


def parse_value(kind: str, text: str | None) -> Any:
    """A cell's text as the Python value of its declared type (GraphML's and GEXF's
    type names both). Raises ValueError for text that is not of that type."""
    if text is None:
        return None
    kind = kind.lower()
    if kind == "boolean":
        lowered = text.strip().lower()
        if lowered not in ("true", "false", "1", "0"):
            raise ValueError(f"{text!r} is not true or false")
        return lowered in ("true", "1")
    if kind in ("int", "long", "integer", "short", "byte", "biginteger"):
        return int(text.strip())
    if kind in ("float", "double", "bigdecimal"):
        return float(text.strip())
    return text
