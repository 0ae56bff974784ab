"""Participation, continued: the items of a list under a heading that names the
sessions of an event's programme ("Keynote presentations", "Breakout
workshops", "Programme"; vocab/programme_headings.txt). Each item names who led
a session, in one of the shapes a programme is written in:

    - Caring at home: Jane Doe, Chief Executive, Foo Trust
    - Money advice for carers – Jane Doe (Bar Council)
    - Jane Doe, Director, Foo Trust gave a talk on carers' rights

The people took part in the page's own event, with the role the heading gives.
A list of partners or grantees is not a programme: its heading holds none of
these words, and items naming no person give nothing.
"""

from __future__ import annotations

from collabgraph.extract.leads import heading_role
from collabgraph.extract.rules.line_labels import LINE_SEPARATORS as _SEPARATORS
from collabgraph.extract.rules.line_labels import line_label
from collabgraph.extract.rules.reader import SentenceReader

LABELS: frozenset[str] = frozenset()
"""This rule reads no cues: it reads the heading over a list item."""

# How far into an item (or past its separator) the first name may start: "Dr",
# "Cllr", "Professor" and a post before the name ("Chief Executive Jane Doe").
_NAME_WITHIN = 4
_ANY_KIND = {"Person", "Organisation", "Place", "Event", "Project", None}


def programme_item(reader: SentenceReader, heading: str) -> None:
    """PARTICIPATED_IN the page's event for the people the first sentence of a
    list item names, under a programme heading (confidence 0.65): under
    "Breakout workshops", "- Money advice – Jane Doe (Foo Council)" gives Jane
    Doe, workshop leader."""
    role = heading_role(heading)
    event = reader.ctx.main.get("Event")
    if role is None or event is None or reader.section != 0:
        return
    sent = reader.sent
    after_title = sent.start > 0 and reader.doc[sent.start - 1].text in _SEPARATORS
    if (sent.start != 0 and not after_title) or not reader.ms:
        return  # the item's first sentence, or the one after a title ends in ":"
    start = _names_start(reader)
    if start is None or line_label(reader, start) is not None:
        return  # "Chair: Jane Doe" is programme_lines'
    stop = _first_verb(reader, start)
    first = next((m for m in reader.ms if m.start >= start), None)
    if first is None or first.start - start > _NAME_WITHIN or not _full_name(reader, first):
        return
    # the first name is a person's (checked above); the names listed after it only
    # when already known as people: "Jane Doe, Northtown Hub" lists no second person
    items = reader.items_between(start, stop, _ANY_KIND)
    for m in items:
        if m is first or reader.kind(m) == "Person":
            reader.relate(m, "PARTICIPATED_IN", event, role=role, confidence=0.65)


def _names_start(reader: SentenceReader) -> int | None:
    """Where the names of an item begin: after the separator that ends a
    session's title when a person's name follows it ("Caring at home: Jane Doe",
    "10:00 Young carers – Jane Doe"), else at the item's start ("Jane Doe, Foo
    Trust: caring at home"); None when the item names no person."""
    people = [m for m in reader.ms if _full_name(reader, m)]
    if not people:
        return None
    words = reader.words
    if not any(words[k] in _SEPARATORS for k in range(reader.sent.start, people[0].start)):
        return reader.sent.start  # "Jane Doe, Foo Trust: caring at home"
    for m in people:  # the separator nearest before a name: not the one in "Co-op"
        near = range(max(reader.sent.start, m.start - _NAME_WITHIN - 1), m.start)
        seps = [k for k in near if words[k] in _SEPARATORS]
        if seps:
            return seps[-1] + 1
    return reader.sent.start


def _full_name(reader: SentenceReader, m) -> bool:
    """A person named in full, as a programme names who leads a session ("Jane
    Doe", "Dr Doe"), not one word read as a name ("Caring at home")."""
    return reader.kind(m) == "Person" and (len(m.text.split()) >= 2 or bool(m.title))


def _first_verb(reader: SentenceReader, start: int) -> int:
    """The first verb after `start` outside a name or a post ("Jane Doe, Director,
    Foo Trust gave a talk"): the list of names ends there."""
    for k in range(start, reader.sent.end):
        tok = reader.doc[k]
        if k in reader.covering or any(r.start <= k < r.end for r in reader.roles):
            continue
        if tok.pos_ in {"VERB", "AUX"}:
            return k
    return reader.sent.end


__all__ = ["LABELS", "programme_item"]
