"""Kumu-style spreadsheets saved as CSV: an elements table or a connections table,
told apart by header, in the dialect and encoding the spreadsheet program chose.

The delimiter is a comma, a semicolon (European Excel) or a tab (`.tsv`,
"Unicode text"), found by `csv.Sniffer` and checked against the header: the
one that makes the header a Kumu table's wins. The encoding is found by
`collabgraph.ingest.textcodec`. What the rows mean is `collabgraph.ingest.kumu`.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from collabgraph.errors import SeedError
from collabgraph.ingest.document import SeedDocument
from collabgraph.ingest.kumu import Cells, canonical_header, not_a_table, read_rows, table_kind
from collabgraph.ingest.limits import MAX_CELL_CHARS
from collabgraph.ingest.textcodec import decode, decode_head

DELIMITERS = ",;\t"  # never `|`: Kumu puts it inside cells
SNIFF_BYTES = 16384

# The csv module refuses a longer cell with csv.Error; set here, not left to
# whatever another library set the process-wide limit to.
csv.field_size_limit(MAX_CELL_CHARS)

__all__ = ["data_kind", "parse_csv", "parse_table", "write_table"]


def data_kind(data: bytes) -> str | None:
    """ "elements" or "connections" from a table file's header row; None if neither
    (or if its bytes are not text)."""
    text = decode_head(data[:65536])
    try:
        header = _first_row(text, _delimiter(text))
    except csv.Error:  # parse_table says what is wrong, at its line
        return None
    return table_kind(canonical_header(header))


def parse_csv(data: bytes, *, path: str) -> SeedDocument:
    """Read a Kumu elements or connections CSV from its bytes, in any encoding
    `collabgraph.ingest.textcodec.decode` recognises (a warning says which when
    not UTF-8). Raises SeedError naming file, row and column."""
    decoded = decode(data, path)
    doc = parse_table(decoded.text, path=path)
    if decoded.warning:
        doc.warnings.insert(0, decoded.warning)
    return doc


def parse_table(text: str, *, path: str) -> SeedDocument:
    """Read a Kumu elements or connections CSV.

    Elements: `Label, Type[, Description, Tags, Aliases, ID, ...]` (other columns
    kept as properties). Connections: `From, To, Type[, Direction, Role, Date,
    ID, ...]`, `A|B` in From or To making one connection per element. Raises
    SeedError naming each bad row's line, row and column, and the line of a cell
    over MAX_CELL_CHARS or a header over MAX_COLUMNS.
    """
    if text.startswith("\ufeff"):
        text = text[1:]
    try:
        delimiter = _delimiter(text)
    except csv.Error as exc:
        raise SeedError.single(path, 1, _csv_problem(exc)) from exc
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader, [])
        doc = SeedDocument(path=path, kind="table")
        if not any(h.strip() for h in header):
            raise not_a_table(path, 1)
        read_rows(doc, header, _rows(reader), Cells(header))
    except csv.Error as exc:
        raise SeedError.single(path, reader.line_num or 1, _csv_problem(exc)) from exc
    return doc


def _csv_problem(exc: csv.Error) -> str:
    message = str(exc)
    if "field larger than field limit" in message:
        return f"a cell is longer than {MAX_CELL_CHARS:,} characters"
    return f"not a readable CSV table ({message})"


def _rows(reader) -> Iterator[tuple[int, int, list[str]]]:
    """(first line, row, cells) of each record: a quoted cell may hold line breaks,
    so a record's row (as a spreadsheet numbers it) and its line can differ."""
    row = 1
    start = reader.line_num + 1
    for cells in reader:
        row += 1
        yield start, row, cells
        start = reader.line_num + 1


def _delimiter(text: str) -> str:
    """The delimiter of a table: the one of `DELIMITERS` that makes its header a
    Kumu table's, `csv.Sniffer`'s guess first; a comma when none does."""
    sample = text[:SNIFF_BYTES]
    try:
        guess = csv.Sniffer().sniff(sample, delimiters=DELIMITERS).delimiter
    except csv.Error:
        guess = ","
    for delimiter in dict.fromkeys([guess, *DELIMITERS]):
        if table_kind(canonical_header(_first_row(sample, delimiter))):
            return delimiter
    return guess if guess in DELIMITERS else ","


def _first_row(text: str, delimiter: str) -> list[str]:
    return next(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter), [])


def write_table(path: Path, columns: Sequence[str], rows: Iterable[dict[str, str]]) -> Path:
    """Write a Kumu elements or connections table (UTF-8, header first); returns `path`."""
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=list(columns))
        writer.writeheader()
        writer.writerows(rows)
    return path
