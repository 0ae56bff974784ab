"""Places, continued: a table's rows under a heading with a column of where,
"Organisation | Town | Project | Award" over "Foo Club | Kelby | a minibus | £500":
the body or project the row's first cell names is LOCATED_IN the place its cell of
where names (corpus/GOLD.md: "based in ..."; named on its own in the cell, so a
body named for the place is in it too). The cells are read by
`mentions/table_columns.py`, which also makes the place cell's name a place.
"""

from __future__ import annotations

from collabgraph.extract.mentions.table_columns import place_rows
from collabgraph.extract.rules.reader import SentenceReader

LABELS: frozenset[str] = frozenset()
"""This rule reads no cues: it reads a table's heading and cells."""

_ITEMS = {"Organisation", "Project"}
_CONFIDENCE = 0.6


def table_places(reader: SentenceReader) -> None:
    """The body a table row opens with is LOCATED_IN the place in its column of where."""
    sent = reader.sent
    for (b_start, b_end), cell, _ in place_rows(reader.doc):
        if cell is None:
            continue  # no column of where
        p_start, p_end = cell
        if not sent.start <= p_start < sent.end:
            continue  # read once, in the sentence holding the place cell
        body = reader.by_start.get(b_start) or _earlier(reader, b_start)
        place = reader.by_start.get(p_start)
        if body is None or place is None or body.end > b_end or place.end != p_end:
            continue
        if reader.kind(body) in _ITEMS and reader.kind(place) == "Place":
            reader.relate(body, "LOCATED_IN", place, confidence=_CONFIDENCE)


def _earlier(reader: SentenceReader, start: int):
    """The mention at token `start` of an earlier sentence of the same block (a row
    the parser cut in two: "Foo Club | "Bar" lunches | Kelby | £500")."""
    block = reader.ms[0].block if reader.ms else None
    return next(
        (m for m in reversed(reader.ctx.mentions) if m.block == block and m.start == start),
        None,
    )


__all__ = ["LABELS", "table_places"]
