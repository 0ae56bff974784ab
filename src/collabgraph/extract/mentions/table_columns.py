"""Tables written as lines of cells between "|" marks, under a heading line:
"Organisation | Town | Project | Award" over "Foo Club | Kelby | a minibus | £500".
The cell of each row under a heading of where (`vocab/table_columns.txt`, read as
`list_lines.header` reads a table under a list's lead-in)
names the place the row's body is in (corpus/GOLD.md: "based in ..."), whatever
its words say otherwise ("Kelby", also the first word of "Kelby Harriers"): such
a cell's name is a place (`place_cell_votes`), and the row's cell under a heading
of a name (else its first) is the body `rules/table_places.py` puts in it. A row's
name under a heading of bodies ("Organisation | Project | Amount") is a body's,
with or without a column of where ("Kelby Youth Theatre", no place).
"""

from __future__ import annotations

from typing import NamedTuple

from collabgraph.extract import vocab
from collabgraph.extract.doc_arrays import doc_text
from collabgraph.extract.list_lines import header, table_cells
from collabgraph.extract.mentions.mention import Mention

_BODY_COLUMNS = vocab.words("table_body_columns")
_KEPT = "collabgraph.table_place_rows"
_HEADING = "collabgraph.table_heading"
TABLE_PLACE_VOTE = 8
"""Above a given name's or a body's head word's vote: the heading says what it is."""


class PlaceRow(NamedTuple):
    """A table row's cell naming its body and its cell of where (None in a table with
    no column of where), as (start, end) token spans, and whether the body's column
    heading names bodies ("Organisation")."""

    body: tuple[int, int]
    place: tuple[int, int] | None
    body_column: bool


def _cells(line: str, offset: int) -> list[tuple[int, int]]:
    """The (start, end) character spans of a line's cells, trimmed of spaces."""
    out, start = [], 0
    for part in line.split("|"):
        lead = len(part) - len(part.lstrip())
        text = part.strip()
        out.append((offset + start + lead, offset + start + lead + len(text)))
        start += len(part) + 1
    if line.strip().startswith("|"):
        out = out[1:]  # "| A | B |": no cell before the first mark or after the last
    if line.strip().endswith("|"):
        out = out[:-1]
    return out


def _lines(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out


def _heading_column(line: str) -> tuple[int | None, int, int, bool] | None:
    """(the column of where, the column of the name, the number of columns, whether
    the name column's heading says it names bodies) when `line` is a table's heading
    with a column of where or a name column headed as bodies' ("Organisation |
    Project | Amount": no column of where, None) (`list_lines.header`)."""
    cells = table_cells(line)
    columns = header(cells) if cells else None
    if not columns:
        return None
    name = columns.get("name", 0)
    bodies = cells[name].lower().strip(" *:") in _BODY_COLUMNS
    place = columns.get("place")
    if place == name or (place is None and not bodies):
        return None
    return place, name, len(cells), bodies


def table_heading(text: str, heading: str | None) -> str | None:
    """The heading line of the table a block's `text` is a row of or heads, given
    the heading in force after the block before (None for a block of no table):
    what the block reader carries from block to block."""
    lines = [line for line in text.split("\n") if line.strip()]
    if not lines or any(line.count("|") < 2 for line in lines):
        return None
    if heading is not None:
        return heading
    return lines[0] if _heading_column(lines[0]) else None


def mark_table_rows(doc, heading: str | None) -> None:
    """Note on a block's Doc the heading of the table its lines are rows of."""
    if heading is not None:
        doc.user_data[_HEADING] = heading


def place_rows(doc) -> list[PlaceRow]:
    """Each table row's first cell and place cell, for the rows under a heading line
    with a column of where; kept on the Doc."""
    kept = doc.user_data.get(_KEPT)
    if kept is not None:
        return kept
    rows: list[PlaceRow] = []
    text = doc_text(doc)  # as `doc.text`, from the Doc's kept words
    if "|" not in text:  # no line of cells: no row (most blocks)
        doc.user_data[_KEPT] = rows
        return rows
    heading = doc.user_data.get(_HEADING)
    column = _heading_column(heading) if heading else None
    for pos, line in _lines(text):
        if line.count("|") < 2:
            column = None
            continue
        cells = _cells(line, pos)
        if column is None or line.strip() == (heading or "").strip():
            column = _heading_column(line)
            continue  # the heading line itself
        if len(cells) != column[2]:
            continue
        wanted = [cells[column[1]]] + ([cells[column[0]]] if column[0] is not None else [])
        spans = [doc.char_span(s, e, alignment_mode="expand") for s, e in wanted]
        if all(sp is not None and len(sp) for sp in spans):
            body, *place = ((sp.start, sp.end) for sp in spans)
            rows.append(PlaceRow(body, place[0] if place else None, column[3]))
    doc.user_data[_KEPT] = rows
    return rows


def place_cell_votes(doc, sent, mentions: list[Mention], add_name) -> None:
    """A place vote for the name filling a table's place cell in `sent` (added with
    `add_name` when no mention fills it), and a body's for the name filling the
    row's first cell when its column's heading names bodies ("Organisation")."""
    for (b_start, b_end), place, body in place_rows(doc):
        if body and sent.start <= b_start and b_end <= sent.end:
            first = next((m for m in mentions if m.start == b_start and m.end == b_end), None)
            if first is not None:
                first.votes["Organisation"] += TABLE_PLACE_VOTE  # under "Organisation"
        if place is None or place[0] < sent.start or place[1] > sent.end:
            continue
        start, end = place
        if any(doc[i].is_alpha and not doc[i].is_title for i in range(start, end)):
            continue  # "Kelby-wide", a lower-case note: no name
        m = next((m for m in mentions if m.start == start and m.end == end), None)
        if m is None and not any(m.start < end and start < m.end for m in mentions):
            m = add_name(start, end)
        if m is not None:
            m.votes["Place"] += TABLE_PLACE_VOTE
