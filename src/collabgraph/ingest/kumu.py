"""Kumu's elements and connections, read row by row from any table: a CSV file, a
sheet of an Excel workbook, the element and connection lists of a JSON blueprint.

Kumu's conventions (docs.kumu.io, "Structure your data for Kumu" and "JSON /
Blueprints"), kept here once for every kind of file:

- elements: `Label`, `Type` (or Kumu's `Element Type`), `Description`, `Tags`,
  an optional `ID`; connections: `From`, `To`, `Type` (`Connection Type`),
  `Direction` (directed, undirected or mutual), an optional `ID`; other
  columns become properties; headers ignore case and surrounding space;
- `A|B` in a From or To cell means one connection per element (every From
  with every To); in Tags and Aliases `|` or `;` separate items;
- From and To name an element by its label or its ID;
- types are the vocabulary's, or another spelling of one (`Organization`,
  `Company`, `Charity`; `collabgraph.model.vocabulary.entity_type`).

Every problem names its row and column (`Cells.where`), and the file's
problems are reported together.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from copy import copy
from dataclasses import dataclass, field
from operator import itemgetter

from collabgraph.errors import SeedError, SeedProblem, VocabularyError
from collabgraph.graphfiles.columns import PROPERTY_PREFIX
from collabgraph.ingest.document import (
    EntityDecl,
    RelationDecl,
    SeedDocument,
    _date,
    _name,
    relation_properties,
)
from collabgraph.ingest.limits import MAX_COLUMNS
from collabgraph.model.properties import property_name, typed_cell
from collabgraph.model.text import tidy_name
from collabgraph.model.vocabulary import direction, entity_type, relation_type

ELEMENT_COLUMNS = ("label", "type")
CONNECTION_COLUMNS = ("from", "to", "type")
# Every column each table knows, in the order its reader takes them; the other
# columns become properties (numbers as numbers, `collabgraph.model.properties`).
ELEMENT_KNOWN = (*ELEMENT_COLUMNS, "aliases", "title", "description", "date", "tags", "id")
CONNECTION_KNOWN = (
    *CONNECTION_COLUMNS, "role", "since", "until", "date", "evidence", "confidence", "id",
    "amount", "currency", "direction",
)  # fmt: skip
# Other names of the known columns (Kumu's own field names, Gephi's edge table),
# used when the file does not also have the column under its own name.
COLUMN_SPELLINGS = {
    "element type": "type",
    "connection type": "type",
    "connection direction": "direction",
    "name": "label",
    "source": "from",
    "target": "to",
}
MULTI = "|"  # separates the elements of a From or To cell
TABLE_DECLARE = "add a row for it to an elements table (Label, Type) imported with this one"


def column_letter(index: int) -> str:
    """A spreadsheet's name for the column at 0-based `index`: A, B, ..., Z, AA, ..."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


@dataclass
class Cells:
    """Where a table's cells are, for messages: `where(row, column)` gives
    "row 3, column B (Type)" (with the sheet of a workbook); `declare` says how
    to declare a name this kind of file names but nobody declared."""

    header: Sequence[str]  # as written
    sheet: str | None = None
    declare: str = TABLE_DECLARE
    columns: dict[str, int] = field(default_factory=dict)  # canonical name -> index

    def where(self, row: int | None, column: str | int | None) -> str:
        """The row and the column (a canonical name, or an index) in words."""
        parts = [f"sheet {self.sheet!r}"] if self.sheet else []
        if row is not None:
            parts.append(f"row {row}")
        index = column if isinstance(column, int) else self.columns.get(column)
        if index is not None:
            written = str(self.header[index]).strip() if index < len(self.header) else ""
            letter = column_letter(index)
            parts.append(f"column {letter} ({written})" if written else f"column {letter}")
        return ", ".join(parts)


class CellError(ValueError):
    """A cell that cannot be read: the column (canonical name or index) and what is wrong."""

    def __init__(self, column: str | int, message: str):
        super().__init__(message)
        self.column = column


def canonical_header(raw: Sequence[str]) -> list[str]:
    """Header cells as the reader knows them: invisible and control characters out,
    trimmed, lower case, Kumu's other column names as the known ones."""
    header = [tidy_name(str(h) if h is not None else "").lower() for h in raw]
    present = set(header)
    return [
        COLUMN_SPELLINGS[h] if h in COLUMN_SPELLINGS and COLUMN_SPELLINGS[h] not in present else h
        for h in header
    ]


def table_kind(header: Sequence[str]) -> str | None:
    """ "elements" or "connections" from a canonical header; None if neither."""
    if all(c in header for c in CONNECTION_COLUMNS):
        return "connections"
    if all(c in header for c in ELEMENT_COLUMNS):
        return "elements"
    return None


def not_a_table(path: str, line: int | None, where: str = "") -> SeedError:
    place = f"{where}: " if where else ""
    return SeedError.single(
        path,
        line,
        f"{place}not a Kumu table: expected columns Label, Type (elements)"
        " or From, To, Type (connections)",
    )


def read_rows(
    doc: SeedDocument,
    raw_header: Sequence[str],
    rows: Iterable[tuple[int, int, list[str]]],
    cells: Cells,
    *,
    header_line: int | None = 1,
    keep_case: bool = False,
) -> None:
    """Add the elements or connections of one table to `doc`.

    `rows` gives (line, row, cells) for each row after the header: the line
    problems are reported on, the row `cells.where` names, the cell texts.
    Columns the reader does not know become properties named by the header in
    lower case (a table's, as they always were), or as written with `keep_case`
    (a blueprint's keys); `property.<name>` (an export's escape for a property
    named like a field) is `<name>`.
    Raises SeedError listing every bad row with its row and column (nothing is
    added then), for a header that is not a Kumu table's, or one of more than
    MAX_COLUMNS columns (`collabgraph.ingest.limits`).
    """
    if len(raw_header) > MAX_COLUMNS:
        raise SeedError.single(
            doc.path,
            header_line,
            f"{cells.where(None, None) + ': ' if cells.where(None, None) else ''}"
            f"{len(raw_header):,} columns; a table has at most {MAX_COLUMNS}",
        )
    header = canonical_header(raw_header)
    cells.columns = {name: i for i, name in reversed(list(enumerate(header)))}
    kind = table_kind(header)
    if kind is None:
        raise not_a_table(doc.path, header_line, cells.where(None, None))
    problems: list[SeedProblem] = []
    blank = [column_letter(i) for i, name in enumerate(header) if not name]
    if blank:
        place = [cells.where(None, None)] + ([f"line {header_line}"] if header_line else [])
        many = len(blank) > 1
        doc.warnings.append(
            f"{', '.join(p for p in place if p)}: column{'s' if many else ''} {', '.join(blank)}"
            f" ha{'ve' if many else 's'} no header: kept as propert{'ies' if many else 'y'}"
            f" {', '.join(repr('column ' + b) for b in blank)}"
        )
    try:
        known = CONNECTION_KNOWN if kind == "connections" else ELEMENT_KNOWN
        _check_header(header, known)
        make_reader = _connection_reader if kind == "connections" else _element_reader
        names = [tidy_name(str(h)) for h in raw_header] if keep_case else header
        read_row = make_reader(header, _extra_columns(header, names, known))
    except CellError as exc:
        raise SeedError.single(
            doc.path, header_line, f"{cells.where(None, exc.column)}: {exc}"
        ) from exc
    first = len(doc.relations)
    width = len(header)
    for line, row, raw in rows:
        if len(raw) != width:
            surplus = [i for i in range(width, len(raw)) if str(raw[i]).strip()]
            if surplus:
                where = f"{cells.where(row, None)}, column {column_letter(surplus[0])}"
                problems.append(
                    SeedProblem(doc.path, line, f"{where}: a cell beyond the header's columns")
                )
                continue
            raw = (list(raw) + [""] * width)[:width]
        values = [c.strip() for c in raw]
        if not any(values):
            continue
        values.append("")  # what a missing optional column reads as (see `_picker`)
        try:
            read_row(doc, values, line, row)
        except CellError as exc:
            problems.append(SeedProblem(doc.path, line, f"{cells.where(row, exc.column)}: {exc}"))
        except (VocabularyError, ValueError) as exc:
            problems.append(SeedProblem(doc.path, line, f"{cells.where(row, None)}: {exc}"))
    if problems:
        raise SeedError(problems)
    doc.tables.append((first, cells))


def cells_of(doc: SeedDocument, index: int) -> Cells | None:
    """The Cells of the table the `index`-th relation of `doc` was read from, if any."""
    found = None
    for first, cells in doc.tables:
        if first > index:
            break
        found = cells
    return found


def _check_header(header: list[str], known: Sequence[str]) -> None:
    """CellError when a column is given twice (`Label` and `LABEL`, `Type` and
    `Element Type`), rather than one of them read in silence."""
    seen: dict[str, int] = {}
    for i, name in enumerate(header):
        key = name if name in known else property_name(name or f"column {column_letter(i)}")
        if key in seen:
            raise CellError(
                i,
                f"column {key!r} is given twice (columns {column_letter(seen[key])} and"
                f" {column_letter(i)}): rename or remove one",
            )
        seen[key] = i


def _picker(header: list[str], columns: Sequence[str]) -> Callable[[list[str]], tuple]:
    """The cells of `columns`, in that order, from a row of stripped cells that
    ends with one extra "" (what a column the header lacks reads as)."""
    at = {name: i for i, name in reversed(list(enumerate(header)))}
    return itemgetter(*(at.get(c, len(header)) for c in columns))


def _extra_columns(
    header: list[str], names: Sequence[str], known: Sequence[str]
) -> list[tuple[int, str]]:
    """(index, property name) of each column the reader does not know: its name
    in `names`, less `property.`; a blank header is `column B`."""
    extra = []
    for i, name in enumerate(header):
        if name in known:
            continue
        written = names[i] or f"column {column_letter(i)}"
        if written.lower().startswith(PROPERTY_PREFIX) and len(written) > len(PROPERTY_PREFIX):
            written = written[len(PROPERTY_PREFIX) :]
        extra.append((i, property_name(written)))
    return extra


def split_items(cell: str) -> list[str]:
    """The items of a Tags or Aliases cell, separated by `|` or `;`."""
    return [p.strip() for p in cell.replace(";", "|").split("|") if p.strip()]


def _located(exc: Exception, *checks: tuple[str, Callable, str]) -> Exception:
    """The CellError of the first cell among `checks` (column, reader, text) that its
    reader refuses: a row's fields are read without asking which column each came
    from, and asked only when the row is refused."""
    for column, read, text in checks:
        try:
            read(text)
        except (VocabularyError, ValueError) as bad:
            return CellError(column, str(bad))
    return exc


def _element_reader(header: list[str], extra: list[tuple[int, str]]):
    pick = _picker(header, ELEMENT_KNOWN)

    def read(doc: SeedDocument, values: list[str], line: int, row: int) -> None:
        label, etype, aliases, title, description, date, tags, ident = pick(values)
        props = {name: typed_cell(values[i]) for i, name in extra if values[i]}
        if tags:
            props["tags"] = ", ".join(split_items(tags))
        try:
            decl = EntityDecl(
                type=entity_type(etype),
                name=_name(label),
                aliases=[_name(a) for a in split_items(aliases)] if aliases else [],
                title=title or None,
                description=description or None,
                date=_date(date) if date else None,
                properties=props,
                line=line,
                external_id=ident or None,
            )
        except (VocabularyError, ValueError) as exc:
            checks = [("type", entity_type, etype), ("label", _name, label), ("date", _date, date)]
            checks += [("aliases", _name, a) for a in split_items(aliases)]
            raise _located(exc, *checks) from None
        doc.entities.append(decl)

    return read


def _ends(cell: str) -> list[str]:
    """The names in a From or To cell: one, or several separated by `|`."""
    if MULTI not in cell:
        return [_name(cell)]
    names = [_name(part.strip()) for part in cell.split(MULTI) if part.strip()]
    if not names:
        raise ValueError("a name must not be empty")
    return list(dict.fromkeys(names))


def _confidence(text: str) -> float:
    if not text:
        return 1.0
    try:
        level = float(text)
    except ValueError:
        raise ValueError(f"confidence {text!r} is not a number between 0 and 1") from None
    if not 0.0 <= level <= 1.0:
        raise ValueError("confidence must be between 0 and 1")
    return level


def _direction(text: str) -> str | None:
    return direction(text) if text else None


def _connection_reader(header: list[str], extra: list[tuple[int, str]]):
    pick = _picker(header, CONNECTION_KNOWN)

    def read(doc: SeedDocument, values: list[str], line: int, row: int) -> None:
        (source, target, rtype, role, since, until, date, evidence, confidence, ident,
         amount, currency, way) = pick(values)  # fmt: skip
        try:
            if MULTI in source or MULTI in target:
                pairs = [(s, t) for s in _ends(source) for t in _ends(target)]
            else:
                pairs = [(_name(source), _name(target))]
            decl = RelationDecl(
                type=relation_type(rtype),
                source=pairs[0][0],
                target=pairs[0][1],
                role=role or None,
                since=_date(since) if since else None,
                until=_date(until) if until else None,
                date=_date(date) if date else None,
                evidence=evidence or None,
                confidence=_confidence(confidence) if confidence else 1.0,
                line=line,
                row=row,
                external_id=ident or None,
                direction=direction(way) if way else None,
            )
        except (VocabularyError, ValueError) as exc:
            raise _located(
                exc, ("from", _ends, source), ("to", _ends, target), ("type", relation_type, rtype),
                ("since", _date, since), ("until", _date, until), ("date", _date, date),
                ("confidence", _confidence, confidence), ("direction", _direction, way),
            ) from None  # fmt: skip
        if ident and len(pairs) > 1:
            raise CellError(
                "id",
                f"an ID names one connection, and this row makes {len(pairs)}"
                f" ({MULTI} in From or To): give each connection its own row",
            )
        props = {name: typed_cell(values[i]) for i, name in extra if values[i]} if extra else {}
        if props or amount or currency:
            try:
                props = relation_properties(props, amount, currency)
            except ValueError as exc:
                raise CellError("amount" if amount else "currency", str(exc)) from exc
        decl.properties = props
        doc.relations.append(decl)
        for s, t in pairs[1:]:
            more = copy(decl)
            more.source, more.target, more.properties = s, t, dict(props)
            doc.relations.append(more)

    return read
