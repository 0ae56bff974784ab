"""A name with "'s" right before a person's name: "Westshire Women's Jane Doe",
"Kelby Carers' Jane Doe". The recogniser often reads the two as one person and
the first keeps its vote; but what a person belongs to is a body, not a person
(a person's own name does not open it: "Amy's John Roe" is left alone)."""

from __future__ import annotations

from collabgraph.extract.mentions.given_names import is_given_name
from collabgraph.extract.mentions.mention import Mention
from collabgraph.extract.mentions.persons_names import given_persons_name
from collabgraph.extract.mentions.tokens import POSSESSIVE


def owner_votes(doc, mentions: list[Mention]) -> None:
    """Each mention before "'s" and a person's name, not a place, loses its Person
    vote and gets an Organisation one."""
    by_start = {m.start: m for m in mentions}
    for m in mentions:
        if m.end >= len(doc) or doc[m.end].text not in POSSESSIVE:
            continue
        held = by_start.get(m.end + 1)
        if held is None or not _persons_name(doc, held) or is_given_name(doc[m.start].text):
            continue
        # a Person vote, or none at all when the recogniser's person read was set
        # aside by the name's own words (`votes.no_persons_name`); a place keeps its
        # own ("Fenby's Jane Doe")
        if m.votes.get("Person", 0) > 0 or not m.votes.get("Place", 0):
            m.votes.pop("Person", None)
            m.votes["Organisation"] += 3


def _persons_name(doc, m: Mention) -> bool:
    words = doc[m.start : m.end]
    return len(words) >= 2 and given_persons_name(words)


__all__ = ["owner_votes"]
