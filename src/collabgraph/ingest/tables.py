"""Kumu-style spreadsheets: an elements table and a connections table, told apart by header."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Sequence
from operator import itemgetter
from pathlib import Path

from collabgraph.errors import SeedError, SeedProblem, VocabularyError
from collabgraph.ingest.document import (
    EntityDecl,
    RelationDecl,
    SeedDocument,
    _date,
    _name,
    relation_properties,
)
from collabgraph.ingest.limits import MAX_CELL_CHARS, MAX_COLUMNS
from collabgraph.model.properties import property_name, typed_cell
from collabgraph.model.vocabulary import entity_type, relation_type

# The csv module refuses a longer cell with csv.Error; set here, not left to
# whatever another library set the process-wide limit to.
csv.field_size_limit(MAX_CELL_CHARS)

ELEMENT_COLUMNS = ("label", "type")
CONNECTION_COLUMNS = ("from", "to", "type")
# Every column each table knows, in the order its reader takes them; the other
# columns become properties (numbers as numbers, `collabgraph.model.properties`).
ELEMENT_KNOWN = (*ELEMENT_COLUMNS, "aliases", "title", "description", "date", "tags", "id")
CONNECTION_KNOWN = (
    *CONNECTION_COLUMNS, "role", "since", "until", "date", "evidence", "confidence", "id",
    "amount", "currency",
)  # fmt: skip


def table_kind(data: bytes) -> str | None:
    """ "elements" or "connections" from a table file's header row; None if neither."""
    text = data[:65536].decode("utf-8-sig", errors="replace")
    try:
        return _kind(_header(next(csv.reader(io.StringIO(text)), [])))
    except csv.Error:  # parse_table says what is wrong, at its line
        return None


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
    are separated by `|` or `;`. Raises SeedError naming each bad row's line, and
    the line of a cell over MAX_CELL_CHARS or a header over MAX_COLUMNS.
    """
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        return _read_table(reader, path)
    except csv.Error as exc:
        raise SeedError.single(path, reader.line_num or 1, _csv_problem(exc)) from exc


def _csv_problem(exc: csv.Error) -> str:
    message = str(exc)
    if "field larger than field limit" in message:
        return f"a cell is longer than {MAX_CELL_CHARS:,} characters"
    return f"not a readable CSV table ({message})"


def _read_table(reader, path: str) -> SeedDocument:
    header = _header(next(reader, []))
    if len(header) > MAX_COLUMNS:
        raise SeedError.single(
            path, 1, f"{len(header):,} columns; a table has at most {MAX_COLUMNS}"
        )
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
    if "" in header:
        blank = [str(i + 1) for i, name in enumerate(header) if not name]
        doc.warnings.append(
            f"line 1: column {', '.join(blank)} has no name: kept as property"
            f" {', '.join(repr('column ' + n) for n in blank)}"
        )
    try:
        make_reader = _connection_reader if kind == "connections" else _element_reader
        read_row = make_reader(header)
    except ValueError as exc:
        raise SeedError.single(path, 1, str(exc)) from exc
    width = len(header)
    for row in reader:
        line = reader.line_num
        if len(row) != width:
            if len(row) > width and any(cell.strip() for cell in row[width:]):
                problems.append(SeedProblem(path, line, "more cells than header columns"))
                continue
            row = (row + [""] * width)[:width]
        cells = [cell.strip() for cell in row]
        if not any(cells):
            continue
        cells.append("")  # what a missing optional column reads as (see `_picker`)
        try:
            read_row(doc, cells, line)
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


def _picker(header: list[str], columns: Sequence[str]) -> Callable[[list[str]], tuple]:
    """The cells of `columns`, in that order, from a row of stripped cells that
    ends with one extra "" (what a column the header lacks reads as)."""
    at = {name: i for i, name in enumerate(header)}
    return itemgetter(*(at.get(c, len(header)) for c in columns))


def _extra_columns(header: list[str], known: Sequence[str]) -> list[tuple[int, str]]:
    """(index, property name) of each column the reader does not know (a blank header
    is `column N`); ValueError when two columns have one name."""
    extra: list[tuple[int, str]] = []
    for i, name in enumerate(header):
        if name not in known:
            extra.append((i, property_name(name or f"column {i + 1}")))
    names = [n for _, n in extra]
    twice = sorted({n for n in names if names.count(n) > 1})
    if twice:
        raise ValueError(f"column {twice[0]!r} is given twice")
    return extra


def _element_reader(header: list[str]) -> Callable[[SeedDocument, list[str], int], None]:
    extra = _extra_columns(header, ELEMENT_KNOWN)
    pick = _picker(header, ELEMENT_KNOWN)

    def read(doc: SeedDocument, cells: list[str], line: int) -> None:
        label, etype, aliases, title, description, date, tags, ident = pick(cells)
        props = {name: typed_cell(cells[i]) for i, name in extra if cells[i]}
        if tags:
            props["tags"] = ", ".join(_split(tags))
        doc.entities.append(
            EntityDecl(
                type=entity_type(etype),
                name=_name(label),
                aliases=[_name(a) for a in _split(aliases)],
                title=title or None,
                description=description or None,
                date=_date(date),
                properties=props,
                line=line,
                external_id=ident or None,
            )
        )

    return read


def _connection_reader(header: list[str]) -> Callable[[SeedDocument, list[str], int], None]:
    extra = _extra_columns(header, CONNECTION_KNOWN)
    pick = _picker(header, CONNECTION_KNOWN)

    def read(doc: SeedDocument, cells: list[str], line: int) -> None:
        (source, target, rtype, role, since, until, date, evidence, confidence, ident,
         amount, currency) = pick(cells)  # fmt: skip
        level = float(confidence) if confidence else 1.0
        if not 0.0 <= level <= 1.0:
            raise ValueError("confidence must be between 0 and 1")
        props = {name: typed_cell(cells[i]) for i, name in extra if cells[i]} if extra else {}
        doc.relations.append(
            RelationDecl(
                type=relation_type(rtype),
                source=_name(source),
                target=_name(target),
                role=role or None,
                since=_date(since),
                until=_date(until),
                date=_date(date),
                evidence=evidence or None,
                confidence=level,
                line=line,
                external_id=ident or None,
                properties=relation_properties(props, amount, currency)
                if props or amount or currency
                else props,
            )
        )

    return read
