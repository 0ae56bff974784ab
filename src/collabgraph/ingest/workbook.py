"""Excel workbooks (`.xlsx`): each sheet with a Kumu table's header row (an
elements sheet, a connections sheet, as Kumu's own Excel export has; a title
or notes may come above it) is read like a CSV table (`collabgraph.ingest.kumu`);
one workbook is one source.

Read with openpyxl in read-only mode, formulas as their last computed values.
A workbook is a zip archive: one whose contents would unpack to more than
`MAX_UNPACKED_BYTES` is refused before it is opened (a "zip bomb").
"""

from __future__ import annotations

import datetime as dt
import io
import warnings
import zipfile
from collections.abc import Iterator
from typing import Any

from collabgraph.errors import SeedError
from collabgraph.ingest.document import SeedDocument
from collabgraph.ingest.grant_fields import is_grants_header
from collabgraph.ingest.kumu import Cells, canonical_header, read_rows, table_kind
from collabgraph.ingest.limits import MAX_COLUMNS
from collabgraph.ingest.threesixtygiving import GrantsReader

WORKBOOK_SUFFIXES = (".xlsx", ".xlsm")
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
HEADER_ROWS = 10  # rows looked at for the header (a title and notes may come first)


def parse_workbook(data: bytes, *, path: str) -> SeedDocument:
    """Read every Kumu elements and connections sheet of a workbook into one
    SeedDocument (kind "table"); other sheets are skipped with a warning.

    Raises SeedError naming the file (and sheet, row and column) for a file that
    is not a workbook, a workbook without a Kumu sheet, or bad cells.
    """
    book = _open(data, path)
    doc = SeedDocument(path=path, kind="table")
    grants = GrantsReader(path)  # sheets of 360Giving grants (ingest.threesixtygiving)
    try:
        sheets = []
        for sheet in book.worksheets:
            rows = _rows(sheet)
            found = _header(rows)
            if found is None:
                doc.warnings.append(
                    f"sheet {sheet.title!r}: not a Kumu table (no row of Label and Type, or"
                    f" From, To and Type, among its first {HEADER_ROWS}): skipped"
                )
                continue
            line, header, kind = found
            if kind == "grants":
                grants.read_table(header, rows, where=f"sheet {sheet.title!r}: ")
                continue
            sheets.append((kind != "elements", sheet.title, line, header, rows))
        if grants.doc.relations or grants.problems:
            if sheets:
                raise SeedError.single(
                    path, None, "a workbook of 360Giving grants and Kumu tables: give each its file"
                )
            return grants.document()
        if not sheets:
            raise SeedError.single(
                path,
                None,
                "no sheet of this workbook is a Kumu table: expected a sheet whose first row"
                " has Label, Type (elements) or From, To, Type (connections), or, for"
                " 360Giving grants, Identifier, Amount Awarded and Funding Org:Name",
            )
        problems = []
        for _, title, line, header, rows in sorted(sheets, key=lambda s: s[0]):
            cells = Cells(header, sheet=title)
            try:
                read_rows(doc, header, ((n, n, r) for n, r in rows), cells, header_line=line)
            except SeedError as exc:
                problems.extend(exc.problems)
        if problems:
            raise SeedError(problems)
    finally:
        book.close()
    return doc


def _open(data: bytes, path: str):
    import openpyxl

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except zipfile.BadZipFile as exc:
        raise SeedError.single(
            path, None, "not an Excel workbook (.xlsx): the file is not a zip archive"
        ) from exc
    if unpacked > MAX_UNPACKED_BYTES:
        raise SeedError.single(
            path,
            None,
            f"the workbook unpacks to {unpacked / 1e6:.0f} MB; workbooks are limited to"
            f" {MAX_UNPACKED_BYTES / 1e6:.0f} MB unpacked",
        )
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about styles it does not read
            return openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise SeedError.single(
            path, None, f"not an Excel workbook (.xlsx) openpyxl can read: {exc}"
        ) from exc


def _header(rows: Iterator[tuple[int, list[str]]]) -> tuple[int, list[str], str] | None:
    """(row, cells, kind) of the first of the first HEADER_ROWS non-empty rows that
    is a Kumu table's header (the rows after it are left in `rows`); None if none is."""
    for _, (number, cells) in zip(range(HEADER_ROWS), rows, strict=False):
        if is_grants_header(cells):
            return number, cells, "grants"
        kind = table_kind(canonical_header(cells))
        if kind is not None:
            return number, cells, kind
    return None


def _rows(sheet) -> Iterator[tuple[int, list[str]]]:
    """(row number, cell texts) of each row from the first non-empty one on,
    trailing empty cells left out."""
    started = False
    for number, values in enumerate(sheet.iter_rows(min_row=1, values_only=True), start=1):
        texts = [cell_text(v) for v in values[: MAX_COLUMNS + 1]]  # more: refused
        while texts and not texts[-1]:
            texts.pop()
        if not started:
            if not texts:
                continue
            started = True
        yield number, texts


def cell_text(value: Any) -> str:
    """A cell's value as the text a CSV of it would hold: whole numbers without
    `.0`, dates as ISO 8601 (a time only when it is not midnight)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return str(value)
