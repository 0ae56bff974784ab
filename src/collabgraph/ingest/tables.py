"""Kumu-style spreadsheets: an elements table and a connections table, told apart by header."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from pathlib import Path

from collabgraph.errors import SeedError, SeedProblem, VocabularyError
from collabgraph.ingest.document import EntityDecl, RelationDecl, SeedDocument, _name
from collabgraph.model.vocabulary import entity_type, relation_type

ELEMENT_COLUMNS = ("label", "type")
CONNECTION_COLUMNS = ("from", "to", "type")
ELEMENT_KNOWN = {"label", "type", "description", "tags", "aliases", "title", "date"}
CONNECTION_KNOWN = {
    "from",
    "to",
    "type",
    "role",
    "since",
    "until",
    "date",
    "evidence",
    "confidence",
}


def table_kind(data: bytes) -> str | None:
    """ "elements" or "connections" from a table file's header row; None if neither."""
    text = data[:65536].decode("utf-8-sig", errors="replace")
    return _kind(_header(next(csv.reader(io.StringIO(text)), [])))


def _header(row: list[str]) -> list[str]:
    return [h.strip().lower() for h in row]


def _kind(header: list[str]) -> str | None:
    if all(c in header for c in CONNECTION_COLUMNS):
        return "connections"
    if all(c in header for c in ELEMENT_COLUMNS):
        return "elements"
    return None


def parse_table(text: str, *, path: str) -> SeedDocument:
    """Read a Kumu elements or connections CSV.

    Elements: `Label, Type[, Description, Tags, Aliases, ...]` (other columns kept as
    properties). Connections: `From, To, Type[, Role, Date, ...]`. Aliases and tags
    are separated by `|` or `;`. Raises SeedError naming each bad row's line.
    """
    reader = csv.reader(io.StringIO(text, newline=""))
    header = _header(next(reader, []))
    doc = SeedDocument(path=path, kind="table")
    problems: list[SeedProblem] = []
    kind = _kind(header)
    if kind is None:
        raise SeedError.single(
            path,
            1,
            "not a Kumu table: expected columns Label, Type (elements)"
            " or From, To, Type (connections)",
        )
    row_reader, known = (
        (_connection, CONNECTION_KNOWN) if kind == "connections" else (_element, ELEMENT_KNOWN)
    )
    width = len(header)
    for row in reader:
        line = reader.line_num
        if len(row) > width and any(cell.strip() for cell in row[width:]):
            problems.append(SeedProblem(path, line, "more cells than header columns"))
            continue
        if len(row) < width:
            row += [""] * (width - len(row))
        cells = dict(zip(header, map(str.strip, row), strict=False))
        if not any(cells.values()):
            continue
        try:
            row_reader(doc, cells, known, line)
        except (VocabularyError, ValueError) as exc:
            problems.append(SeedProblem(path, line, str(exc)))
    if problems:
        raise SeedError(problems)
    return doc


def write_table(path: Path, columns: Sequence[str], rows: Iterable[dict[str, str]]) -> Path:
    """Write a Kumu elements or connections table (UTF-8, header first); returns `path`."""
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=list(columns))
        writer.writeheader()
        writer.writerows(rows)
    return path


def _split(cell: str) -> list[str]:
    return [p.strip() for p in cell.replace(";", "|").split("|") if p.strip()]


def _element(doc: SeedDocument, cells: dict[str, str], known: set[str], line: int) -> None:
    props = {k: v for k, v in cells.items() if k not in known and v}
    if cells.get("tags"):
        props["tags"] = ", ".join(_split(cells["tags"]))
    doc.entities.append(
        EntityDecl(
            type=entity_type(cells["type"]),
            name=_name(cells["label"]),
            aliases=[_name(a) for a in _split(cells.get("aliases", ""))],
            title=cells.get("title") or None,
            description=cells.get("description") or None,
            date=cells.get("date") or None,
            properties=props,
            line=line,
        )
    )


def _connection(doc: SeedDocument, cells: dict[str, str], known: set[str], line: int) -> None:
    confidence = float(cells["confidence"]) if cells.get("confidence") else 1.0
    if not 0.0 <= confidence <= 1.0:
        raise ValueError("confidence must be between 0 and 1")
    doc.relations.append(
        RelationDecl(
            type=relation_type(cells["type"]),
            source=_name(cells["from"]),
            target=_name(cells["to"]),
            role=cells.get("role") or None,
            since=cells.get("since") or None,
            until=cells.get("until") or None,
            date=cells.get("date") or None,
            evidence=cells.get("evidence") or None,
            confidence=confidence,
            line=line,
        )
    )
