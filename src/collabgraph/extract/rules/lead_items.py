"""What an item of a list under a lead-in is (read by `rules/lead_lists.py`): the
body it opens with ("Foo Trust - £5,000"), each body of a run of names it is only
("A, B, and the C Company."), and a place after its body ("Foo Trust (Kelby)").
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
