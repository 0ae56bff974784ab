"""Kumu JSON blueprints: `{"elements": [...], "connections": [...]}` (docs.kumu.io,
"JSON / Blueprints"), read as the two tables they are.

An element is an object with `label`, `type`, `description`, `tags` (a list),
an optional `id` and any other keys (properties); a connection has `from`,
`to` (an element's `id` or label), `type`, `direction` and the same. Kumu's
project backups nest the fields under `attributes` (`element type`,
`connection type`) beside an `_id`, which connections may name too; both
forms are read. `sources` (what an export says about its own files) is not
kept: the imported file becomes the source. What the fields mean is
`collabgraph.ingest.kumu`'s, so a blueprint and a spreadsheet say the same
things the same way.

An `id` in collabgraph's own form for the element's name (`person:rosa-quennell`,
what `collabgraph export --format kumu` writes for elements without an id of
their own) only links connections to it; any other `id` is kept as the
element's id, as an `ID` column is.
"""

from __future__ import annotations

from typing import Any

from collabgraph.errors import SeedError, SeedProblem, VocabularyError
from collabgraph.ingest.document import SeedDocument
from collabgraph.ingest.kumu import Cells, canonical_header, read_rows
from collabgraph.model.names import entity_id
from collabgraph.model.vocabulary import entity_type

BLUEPRINT_KEYS = ("elements", "connections")
_LINK = "_id"  # Kumu's own id of an element, in backups
# Keys about the file rather than the graph: the imported file becomes the source.
_ABOUT_THE_FILE = {"attributes", "sources"}


def is_blueprint(tree: Any) -> bool:
    """Whether parsed JSON is a Kumu blueprint rather than a seed or a node-link graph."""
    return (
        isinstance(tree, dict)
        and any(isinstance(tree.get(k), list) for k in BLUEPRINT_KEYS)
        and not ({"entities", "relations", "nodes"} & set(tree))
    )


class _Items(Cells):
    """Where a blueprint's fields are: "element 3, field 'type'"."""

    def __init__(self, what: str, header: list[str]):
        super().__init__(header, declare="add it to the blueprint's elements")
        self.what = what

    def where(self, row: int | None, column: str | int | None) -> str:
        parts = [f"{self.what} {row}"] if row is not None else [f"{self.what}s"]
        index = column if isinstance(column, int) else self.columns.get(column)
        if index is not None:
            parts.append(f"field {str(self.header[index]).strip()!r}")
        return ", ".join(parts)


def parse_blueprint(name: str, tree: dict[str, Any]) -> SeedDocument:
    """Read a Kumu blueprint's elements and connections into a SeedDocument
    (kind "table"). Raises SeedError naming each bad element or connection (by
    its number, from 1) and field."""
    doc = SeedDocument(path=name, kind="table")
    problems: list[SeedProblem] = []
    elements = _objects(tree, "elements", name, problems)
    connections = _objects(tree, "connections", name, problems)
    links: dict[str, str] = {}  # an element's `_id` or graph-form id -> how connections name it
    element_rows = []
    for n, fields in elements:
        label = _first(fields, "label", "name")
        kind = _first(fields, "type", "element type")
        own = fields.get("id")
        link = fields.pop(_LINK, None)
        if own is not None and _graph_form(own, kind, label):
            fields.pop("id")
            links[str(own)] = str(label)
            own = None
        if link is not None:
            links[str(link)] = str(own if own is not None else label)
        element_rows.append((n, fields))
    connection_rows = []
    for n, fields in connections:
        fields.pop(_LINK, None)
        for end in ("from", "to"):
            value = fields.get(end)
            if isinstance(value, str) and value in links:
                fields[end] = links[value]
        connection_rows.append((n, fields))
    for what, rows in (("element", element_rows), ("connection", connection_rows)):
        if not rows:
            continue
        header = _header(rows)
        table = []
        for n, fields in rows:
            nested = [h for h in header if isinstance(fields.get(h), dict)]
            if nested:
                problems.append(
                    SeedProblem(
                        name, None, f"{what} {n}, field {nested[0]!r}: must be text, a number"
                        " or a list",
                    )
                )  # fmt: skip
                continue
            table.append((None, n, [_text(fields.get(h)) for h in header]))
        try:
            read_rows(doc, header, table, _Items(what, header), header_line=None, keep_case=True)
        except SeedError as exc:
            problems.extend(exc.problems)
    if problems:
        raise SeedError(problems)
    return doc


def _objects(
    tree: dict[str, Any], key: str, name: str, problems: list[SeedProblem]
) -> list[tuple[int, dict[str, Any]]]:
    items = tree.get(key) or []
    if not isinstance(items, list):
        problems.append(SeedProblem(name, None, f"{key} must be a list"))
        return []
    out = []
    for n, item in enumerate(items, 1):
        if not isinstance(item, dict):
            problems.append(SeedProblem(name, None, f"{key[:-1]} {n}: must be an object"))
            continue
        fields = {k: v for k, v in item.items() if k not in _ABOUT_THE_FILE}
        attributes = item.get("attributes")
        if isinstance(attributes, dict):
            fields.update({k: v for k, v in attributes.items() if k not in fields})
        out.append((n, fields))
    return out


def _first(fields: dict[str, Any], *keys: str) -> Any:
    lowered = {str(k).strip().lower(): v for k, v in fields.items()}
    return next((lowered[k] for k in keys if lowered.get(k) not in (None, "")), None)


def _graph_form(ident: Any, kind: Any, label: Any) -> bool:
    """Whether an element's id is the id collabgraph gives its name (see the module
    docstring)."""
    if kind is None or label is None:
        return False
    try:
        return str(ident) == entity_id(entity_type(str(kind)), str(label).strip())
    except (VocabularyError, ValueError):
        return False


def _header(rows: list[tuple[int, dict[str, Any]]]) -> list[str]:
    """Every field the objects use, in the order first met; two spellings of one
    known field (`type` and `element type`) are one column."""
    seen: dict[str, str] = {}
    for _, fields in rows:
        for key in fields:
            [canonical] = canonical_header([str(key)])
            seen.setdefault(canonical, str(key))
    header = list(seen.values())
    for _, fields in rows:  # each object's own spelling under the column's
        for key in list(fields):
            [canonical] = canonical_header([str(key)])
            column = seen[canonical]
            if key != column and column not in fields:
                fields[column] = fields.pop(key)
    return header


def _text(value: Any) -> str:
    """A field's value as a table cell: lists (tags) joined by `|`, numbers as written."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "|".join(_text(v) for v in value if v is not None and not isinstance(v, dict))
    return str(value)
