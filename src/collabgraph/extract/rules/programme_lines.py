"""Participation, continued: the lines of an event's programme or running order,
"10:00 Welcome - Jane Doe, Foo Trust", "Chair: Jane Doe", "Panellists: A, B and
C": the people a labelled line names took part in the page's event, with the
role its label gives (rules/line_labels.py, vocab/programme_labels.txt); a line
that names only bodies ("Workshop - Foo Credit Union") gives them the role.
"""

from __future__ import annotations

from collabgraph.extract.rules.line_labels import line_label
from collabgraph.extract.rules.reader import SentenceReader

LABELS: frozenset[str] = frozenset()
"""This rule reads no cues: it reads the shape of a line."""


def programme_lines(reader: SentenceReader) -> None:
    """PARTICIPATED_IN the event in focus, for the names after a line's label,
    on a page about an event (confidence 0.65)."""
    if reader.ctx.main.get("Event") is None or not reader.ms:
        return
    first = reader.ms[0]
    role = line_label(reader, first.start)
    event = reader.ctx.focus_of(reader.section, "Event")
    if role is None or event is None:
        return
    end = reader.sent.end
    who = reader.items_between(first.start, end, {"Person"})
    if not who and reader.kind(first) == "Organisation":
        who = reader.list_after(first.start, kinds={"Organisation"})
    for m in who:
        reader.relate(m, "PARTICIPATED_IN", event, role=role, confidence=0.65)


__all__ = ["LABELS", "programme_lines"]
