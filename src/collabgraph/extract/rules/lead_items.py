"""What an item of a list under a lead-in is (read by `rules/lead_lists.py`): the
body it opens with ("Foo Trust - £5,000"), each body of a run of names it is only
("A, B, and the C Company."), and a place after its body ("Foo Trust (Kelby)")
or the place the lead-in says its groups are in ("grants to seven groups in Kelby:").
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract.mentions import Mention
from collabgraph.extract.mentions.body_fields import name_after_field
from collabgraph.extract.rules.reader import SentenceReader

ITEM_TYPES = {"Organisation", None}
"""The types a list's item may be: a body, or a name not yet typed."""


def item_body(reader: SentenceReader) -> Mention | None:
    """The body an item opens with ("Foo Trust", "The Foo Trust - £5,000")."""
    m = reader.mention_at(reader.sent.start)
    k = None if m else name_after_field(reader.doc, reader.sent.start, reader.sent.end)
    m = reader.mention_at(k) if k is not None else m  # "Youth charity the Foo Project"
    if m is None or reader.kind(m) not in ITEM_TYPES:
        return None
    if reader.kind(m) is None and not reader.vote_organisation(m):
        return None
    return m


def place_in_brackets(reader: SentenceReader, m: Mention) -> Mention | None:
    """ "Foo Trust (Kelby)", "Foo Trust, Kelby - £500": the place right after the
    item's body, in brackets or set off by a comma and ending the item's name."""
    k = m.end
    if k + 1 < reader.sent.end and reader.words[k] == ",":
        place = reader.by_start.get(k + 1)
        if place is not None and reader.kind(place) == "Place":
            if place.end >= reader.sent.end:
                return place
            if reader.words[place.end] in {":", ",", "("} | lx.DASHES:
                return place
            if reader.is_money(place.end):
                return place
    if k + 2 < reader.sent.end + 1 and reader.words[k] == "(":
        place = reader.by_start.get(k + 1)
        if (
            place is not None
            and reader.kind(place) == "Place"
            and place.end < reader.sent.end
            and reader.words[place.end] == ")"
        ):
            return place
    return None


_IN = {"in", "across", "throughout", "within"}
_PLACE_JOINS = {",", "and", "&"}


def lead_places(reader: SentenceReader, end: int) -> tuple[int, ...]:
    """The places a lead-in names its groups in, before token `end` (its colon):
    "Foo awarded grants to seven organisations in Kelby:", "... to the following
    groups across Kelby and Dale:": after a plural noun and "in", "across"; each
    item of the list under it is there. Not "Grants awarded in Kelby:" (a verb's)."""
    k = next((k for k in range(end - 2, reader.sent.start, -1) if reader.words[k] in _IN), None)
    if k is None or reader.doc[k - 1].tag_ != "NNS":
        return ()
    out: list[int] = []
    i = k + 1 + (reader.words[k + 1] == "the")
    while i < end and (m := reader.by_start.get(i)) is not None and reader.kind(m) == "Place":
        out.append(m.id)
        i = m.end + (m.end < end and reader.words[m.end] in _PLACE_JOINS)
    return tuple(out) if i == end else ()


def run_of_bodies(reader: SentenceReader, item: Mention) -> list[Mention]:
    """The bodies an item is: each of a line that is only a run of names ("A, B,
    and the C Company." under "Grants went to the following groups:"; a place
    after a body's name is where it is, "A, Kelby and B"), else the one it opens
    with."""
    names = reader.list_after(reader.sent.start)
    bodies = [m for m in names if reader.kind(m) in _RUN_KINDS]
    ends = reader.sent.end - (reader.words[reader.sent.end - 1] in {".", ";"})
    if (
        len(bodies) < 2
        or bodies[0] is not item
        or names[-1].end != ends
        or any(reader.kind(m) not in _RUN_KINDS | {"Place"} for m in names)
    ):
        return [item]
    return bodies


_RUN_KINDS = frozenset({"Organisation", "Project"})


__all__ = ["ITEM_TYPES", "item_body", "place_in_brackets", "run_of_bodies"]
