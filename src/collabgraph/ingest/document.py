"""A seed file's statements, validated but not yet resolved against the graph.

Every reader (YAML/JSON, Kumu CSV, text extraction) produces a SeedDocument;
`collabgraph.ingest.resolve` turns it into a GraphBatch with final ids.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from collabgraph.errors import SeedError, SeedProblem, VocabularyError
from collabgraph.ingest.limits import MAX_PROPERTIES
from collabgraph.model.dates import parse_date
from collabgraph.model.properties import (
    amount_and_currency,
    check_value,
    property_name,
)
from collabgraph.model.vocabulary import entity_type, relation_type

SOURCE_KEYS = {"id", "title", "author", "published", "url", "extractor"}
ENTITY_KEYS = {"type", "name", "aliases", "description", "date", "title", "properties", "id"}
RELATION_KEYS = {
    "from", "to", "type", "from_type", "to_type", "id",
    "role", "since", "until", "date", "evidence", "confidence",
    "amount", "currency", "properties",
}  # fmt: skip
TOP_KEYS = {"source", "entities", "relations"}
MAX_NAME = 300


@dataclass(slots=True)
class EntityDecl:
    type: str
    name: str
    aliases: list[str] = field(default_factory=list)
    title: str | None = None
    description: str | None = None
    date: str | None = None
    properties: dict[str, Any] = field(default_factory=dict)
    line: int | None = None
    external_id: str | None = None  # the file's own id for it (`id:`, an `ID` column)
    # More ids that identify it in every file (a charity number's GB-CHC-1234567)
    identifiers: list[str] = field(default_factory=list)


@dataclass(slots=True)
class RelationDecl:
    type: str
    source: str  # a name or alias
    target: str
    source_type: str | None = None
    target_type: str | None = None
    role: str | None = None
    since: str | None = None
    until: str | None = None
    date: str | None = None
    evidence: str | None = None
    confidence: float = 1.0
    line: int | None = None
    external_id: str | None = None  # the file's own id for it (a grant id)
    properties: dict[str, Any] = field(default_factory=dict)
    row: int | None = None  # a table's row (or a blueprint's connection number)
    direction: str | None = None  # Kumu's: directed, undirected, mutual (None: as written)


@dataclass
class SeedDocument:
    path: str
    kind: str
    source: dict[str, str] = field(default_factory=dict)
    entities: list[EntityDecl] = field(default_factory=list)
    relations: list[RelationDecl] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # Where the cells of a table are, for messages naming row and column: one
    # (index of its first relation, `collabgraph.ingest.kumu.Cells`) per table read.
    tables: list[tuple[int, Any]] = field(default_factory=list)
    text: str | None = None  # a write-up's plain text, as the extractor read it


class _Problems:
    """Collects every problem in a file before refusing it, so users fix them in one go."""

    def __init__(self, path: str):
        self.path = path
        self.items: list[SeedProblem] = []

    def add(self, line: int | None, message: str) -> None:
        self.items.append(SeedProblem(self.path, line, message))

    def raise_if_any(self) -> None:
        if self.items:
            raise SeedError(self.items)


def extracted_warning(problem: SeedProblem) -> str:
    """A problem in what the extractor read, as the warning that replaces it: the
    user wrote the text, not the statement, so the statement is left out instead
    of the write-up being refused."""
    where = f"line {problem.line}: " if problem.line else ""
    return f"{where}{problem.message}; left out of what the extractor read"


def _line(node: Any, key: str | None = None) -> int | None:
    if key is not None and hasattr(node, "key_lines"):
        return node.key_lines.get(key, getattr(node, "line", None))
    return getattr(node, "line", None)


def _unknown_key(problems: _Problems, node: Any, key: Any, what: str, allowed: set[str]) -> None:
    problems.add(_line(node, key), f"unknown {what} key {key!r}; expected one of {sorted(allowed)}")


def _text(value: Any) -> str | None:
    """Text as written; a number is taken as its text. Anything else (a list, a
    mapping, true/false) is refused, never turned into text by `str`."""
    if value is None or type(value) is str:
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    raise ValueError(f"expected text, got {_kind(value)}")


def _kind(value: Any) -> str:
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, dict):
        return "a mapping"
    return "a list" if isinstance(value, list) else type(value).__name__


def _date(value: Any) -> str | None:
    """A date field as ISO 8601 (`collabgraph.model.dates.parse_date`); ValueError if unreadable."""
    if value is None or value == "":
        return None
    if isinstance(value, bool | dict | list):
        raise ValueError(f"expected a date, got {type(value).__name__}")
    return parse_date(value)


def _date_of(doc: SeedDocument, node: Any, key: str) -> str | None:
    """`_date` of `node[key]`; in extracted text an unreadable date is dropped with a
    warning (the writer of the text did not write a seed), elsewhere it is an error."""
    try:
        return _date(node.get(key))
    except ValueError as exc:
        if doc.kind != "text":
            raise
        doc.warnings.append(f"line {_line(node, key)}: {key} left out: {exc}")
        return None


def _id(value: Any) -> str | None:
    """A file's own id for an entity or relation: text or a whole number."""
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise ValueError("an id must be text or a whole number")
    return str(value).strip() or None


def properties_of(node: Any) -> dict[str, Any]:
    """A `properties:` mapping, names trimmed and values checked (text, numbers, true/false)."""
    if node is None:
        return {}
    if not isinstance(node, dict):
        raise ValueError("properties must be a mapping")
    if len(node) > MAX_PROPERTIES:
        raise ValueError(
            f"{len(node)} properties; an entity or relation has at most {MAX_PROPERTIES}"
        )
    out: dict[str, Any] = {}
    for key, value in node.items():
        if value is None:
            continue
        name = property_name(str(key))
        if name in out:
            raise ValueError(f"property {name!r} is given twice")
        out[name] = check_value(name, value)
    return out


def relation_properties(
    props: dict[str, Any], amount: Any = None, currency: Any = None
) -> dict[str, Any]:
    """A relation's properties with `amount` a number and `currency` an ISO code
    (from their own keys or columns, or from `props`); ValueError if not."""
    amount = props.pop("amount", None) if amount in (None, "") else amount
    currency = props.pop("currency", None) if currency in (None, "") else currency
    number, code = amount_and_currency(amount, currency)
    if number is not None:
        props["amount"] = number
    if code is not None:
        props["currency"] = code
    return props


def _name(value: Any) -> str:
    if (
        type(value) is str
        and 0 < len(value) <= MAX_NAME
        and not value[0].isspace()
        and not value[-1].isspace()
    ):
        return value  # the common case: already a clean name
    text = _text(value)
    if not text or not text.strip():
        raise ValueError("a name must not be empty")
    if len(text) > MAX_NAME:
        raise ValueError(
            f"a name is at most {MAX_NAME} characters; {text[:40]!r}... has {len(text):,}"
        )
    return text.strip()


def parse_seed(data: Any, *, path: str, kind: str = "structured") -> SeedDocument:
    """Validate a structured seed (parsed YAML/JSON or an extractor's dict).

    Returns the SeedDocument; raises SeedError listing every problem with its line.
    For an extractor's dict (`kind="text"`) each problem is instead a warning
    (`extracted_warning`) and the statement it is in is left out.
    """
    problems = _Problems(path)
    doc = SeedDocument(path=path, kind=kind)
    if data is None:
        data = {}
    if not isinstance(data, dict):
        problems.add(_line(data), "a seed file must be a mapping with entities and relations")
        problems.raise_if_any()
    for key in data:
        if key not in TOP_KEYS:
            problems.add(_line(data, key), f"unknown key {key!r}; expected {sorted(TOP_KEYS)}")
    _parse_source(data.get("source"), doc, problems, _line(data, "source"))
    entities = data.get("entities") or []
    relations = data.get("relations") or []
    for what, items in (("entities", entities), ("relations", relations)):
        if not isinstance(items, list):
            problems.add(_line(data, what), f"{what} must be a list")
    if isinstance(entities, list):
        for item in entities:
            _parse_entity(item, doc, problems)
    if isinstance(relations, list):
        for item in relations:
            _parse_relation(item, doc, problems)
    if kind == "text":
        doc.warnings.extend(dict.fromkeys(extracted_warning(p) for p in problems.items))
    else:
        problems.raise_if_any()
    return doc


def _parse_source(node: Any, doc: SeedDocument, problems: _Problems, line: int | None) -> None:
    if node is None:
        return
    if not isinstance(node, dict):
        problems.add(line, "source must be a mapping (title, author, published, url)")
        return
    for key, value in node.items():
        if key not in SOURCE_KEYS:
            problems.add(
                _line(node, key), f"unknown source key {key!r}; expected {sorted(SOURCE_KEYS)}"
            )
        elif value is not None:
            if isinstance(value, bool | dict | list):
                problems.add(_line(node, key), f"source {key} must be text")
            elif key == "published":
                try:
                    doc.source[key] = parse_date(value)
                except ValueError as exc:
                    if doc.kind != "text":
                        problems.add(_line(node, key), str(exc))
                    else:
                        doc.warnings.append(f"published left out: {exc}")
            else:
                doc.source[key] = str(value)


def _parse_entity(node: Any, doc: SeedDocument, problems: _Problems) -> None:
    line = _line(node)
    if not isinstance(node, dict):
        problems.add(line, "each entity must be a mapping with type and name")
        return
    unknown = [k for k in node if k not in ENTITY_KEYS]
    for key in unknown:
        problems.add(
            _line(node, key), f"unknown entity key {key!r}; expected {sorted(ENTITY_KEYS)}"
        )
    try:
        etype = entity_type(_text(node.get("type")) or "")
        name = _name(node.get("name"))
        aliases = node.get("aliases") or []
        if isinstance(aliases, str):
            aliases = [aliases]
        if not isinstance(aliases, list):
            raise ValueError("aliases must be a list of names")
        doc.entities.append(
            EntityDecl(
                type=etype,
                name=name,
                aliases=[_name(a) for a in aliases],
                title=_text(node.get("title")),
                description=_text(node.get("description")),
                date=_date_of(doc, node, "date"),
                properties=properties_of(node.get("properties")),
                line=line,
                external_id=_id(node.get("id")),
            )
        )
    except (VocabularyError, ValueError) as exc:
        problems.add(line, str(exc))


def _parse_relation(node: Any, doc: SeedDocument, problems: _Problems) -> None:
    line = _line(node)
    if not isinstance(node, dict):
        problems.add(line, "each relation must be a mapping with from, type and to")
        return
    for key in node:
        if key not in RELATION_KEYS:
            problems.add(
                _line(node, key), f"unknown relation key {key!r}; expected {sorted(RELATION_KEYS)}"
            )
    try:
        for required in ("from", "type", "to"):
            if node.get(required) in (None, ""):
                raise ValueError(f"a relation needs {required!r}")
        confidence = node.get("confidence", 1.0)
        if isinstance(confidence, bool) or not isinstance(confidence, int | float):
            raise ValueError("confidence must be a number between 0 and 1")
        if not 0.0 <= float(confidence) <= 1.0:
            raise ValueError("confidence must be between 0 and 1")
        doc.relations.append(
            RelationDecl(
                type=relation_type(_text(node["type"])),
                source=_name(node["from"]),
                target=_name(node["to"]),
                source_type=_type_or_none(node.get("from_type")),
                target_type=_type_or_none(node.get("to_type")),
                role=_text(node.get("role")),
                since=_date_of(doc, node, "since"),
                until=_date_of(doc, node, "until"),
                date=_date_of(doc, node, "date"),
                evidence=_text(node.get("evidence")),
                confidence=float(confidence),
                line=line,
                external_id=_id(node.get("id")),
                properties=relation_properties(
                    properties_of(node.get("properties")),
                    node.get("amount"),
                    node.get("currency"),
                ),
            )
        )
    except (VocabularyError, ValueError) as exc:
        problems.add(line, str(exc))


def _type_or_none(value: Any) -> str | None:
    return entity_type(_text(value)) if value else None
