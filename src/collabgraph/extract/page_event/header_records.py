"""A record's header of three lines, the record's line third:

    Kelby Town Council
    Planning and Licensing Committee
    Minutes of the meeting held on Tuesday 4 June 2031, 7pm, Kelby Town Hall

    KELBY COMMUNITY TRUST
    (Registered charity and company limited by guarantee)
    Minutes of the Annual General Meeting

    FENBY PLACE BOARD
    Part of the Fenby Health Partnership
    Meeting held in public, Thursday 4 June 2031, Fenby Library

The first names the body and, under it, its part that met (a committee, panel or
board: capitalised words ending in a body's word): the page's event is "<part>
meeting" (corpus/GOLD.md: the event named as the page describes it), the part
holding it, "<body> <part> meeting" an alias. The second and third name the body
and then say something of it (in brackets, or "Part of ..."), the meeting the body's
own, read as `body_records` reads a record's line right under the body's name. A
line opening "Meeting held" is a record's line too. None for any other header.
"""

from __future__ import annotations

import re

from collabgraph.extract.layout import Block, Layout
from collabgraph.extract.name_forms import unshout, without_the
from collabgraph.extract.page_event.address import date_in
from collabgraph.extract.page_event.body_records import (
    PART_HEADS,
    RECORD_WORDS,
    named_over_record,
    names_body,
    record_of,
    said_parts,
)
from collabgraph.extract.page_event.owners import sitting_of
from collabgraph.extract.page_event.reading import PageEvent

_ASIDE = re.compile(r"^(?:\(.*\)|(?:a\s+)?part\s+of\s+\S.*)$", re.I)  # "(Registered charity)"
_PREFIXED = re.compile(r"\b[A-Za-z]+-(?=[A-Za-z]+$)")
_HELD_MEETING = re.compile(r"^meeting\s+held\b", re.I)  # "Meeting held in public, 4 June"


def _records(line: str) -> bool:
    """Whether a header's line is a record's with no meeting named in it: record
    words opening it ("Minutes of the meeting held on ...", "Notes - 4 June 2031")
    or "Meeting held ..."."""
    said = said_parts(line)
    if not said:
        return False
    return said[0].lower() in RECORD_WORDS or _HELD_MEETING.match(line) is not None


def header_record(layout: Layout, headline_blocks: list[int]) -> PageEvent | None:
    """The meeting a three-line record's header names (see the module), or None."""
    if not headline_blocks:
        return None
    first = headline_blocks[0]
    if first + 2 >= len(layout.blocks):
        return None
    title, middle, under = (layout.blocks[first + k].text.strip() for k in range(3))
    if _ASIDE.match(middle):
        return _as_body_line(layout, first, under)
    if not _records(under):
        return None  # "Minutes of the Grants Panel" names its own meeting
    body, part = (without_the(unshout(t)) for t in (title, middle))
    headed = _PREFIXED.sub("", part)  # "Grants Sub-Committee" ends in "Committee"
    if not names_body(body) or not names_body(headed, PART_HEADS) or _records(middle):
        return None
    event = PageEvent(f"{part} meeting", evidence=f"{title}\n{middle}\n{under}")
    event.owner = part
    event.aliases += [f"{body} {part} meeting", sitting_of("meeting", part)]
    event.date = date_in(under, layout.published) or layout.published
    return event


def _as_body_line(layout: Layout, first: int, under: str) -> PageEvent | None:
    """The body's own meeting, its aside line passed over: the record's line read as
    if it stood right under the body's name."""
    if not _records(under) and record_of(said_parts(under)) is None:
        return None
    said = "Minutes" if _HELD_MEETING.match(under) else unshout(under)
    # the line after the record's may give its date ("Wednesday 4 June 2031, 6pm")
    lines = [layout.blocks[first], Block(said, "para"), *layout.blocks[first + 3 : first + 4]]
    event = named_over_record(Layout(blocks=lines, published=layout.published), 0)
    if event is not None:
        event.date = date_in(under, layout.published) or event.date
    return event


__all__ = ["header_record"]
