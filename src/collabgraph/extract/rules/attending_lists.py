"""Who came to the event a page is about, from its list of them one person a line
under a label alone on its line naming attendance:

    Attendees (initials used below)
    Ada Foss (AF) - Fenby Trust - Chair
    Jo Tern (JT) - Kelby Council

Each person on the list attended (PARTICIPATED_IN, role attendee), the one their
part of the line marks the chair chaired it (`present_lines.attending_line`, which
says which lines and labels are such a list: "Present", "1. Attendance", "Around
the table"). A line opening with a label of its own ("Present: A, B", "Apologies:
C") is `meeting_chairs`'s, and ends the list.
"""

from __future__ import annotations

from collabgraph.extract.rules.present_lines import attending_line, opening_label
from collabgraph.extract.rules.reader import SentenceReader

LABELS: frozenset[str] = frozenset()
"""This module reads no cues: it reads the lines of the page."""

_ATTENDEE = "attendee"
_CHAIR = "chair"
_CONFIDENCE = 0.5


def attending_lists(reader: SentenceReader) -> None:
    """The attendees and chair of the module docstring."""
    event = reader.page_own_event()
    if event is None or opening_label(reader)[0] is not None:
        return
    found = attending_line(reader)
    if found is None:
        return
    people, chairs = found
    for m in people:
        role = _CHAIR if m in chairs else _ATTENDEE
        reader.relate(m, "PARTICIPATED_IN", event, role=role, confidence=_CONFIDENCE)


__all__ = ["LABELS", "attending_lists"]
