"""Whether a mention may be read as a place when a sentence is read: typed a place
so far, or a name not typed yet or typed an organisation so far whose last word
says no other kind ("Harlow Cross" read as a body until a later line names
"Harlow Cross Town Council", or nothing says). Its tie stands only if the name
ends up a place: the seed checks the ends of every relation
(`seed_relations.RelationTable.add`). Read by the rules of places said beside a
name (`described_places`, `fund_areas`, `travelled_to`, `our_sites`); `places` and
`place_arcs` still read only names typed places so far (read there too, the pooled
tune probes gained 3 right ties and 2 wrong, the check halves 1 wrong). No rules of
its own."""

from __future__ import annotations

from collabgraph.extract.mentions import Mention
from collabgraph.extract.mentions.heads import head_kind
from collabgraph.extract.rules.reader import SentenceReader


def may_be_place(reader: SentenceReader, m: Mention) -> bool:
    """Whether `m` is a place, or may end up one (see the module docstring)."""
    kind = reader.kind(m)
    if kind == "Place":
        return True
    if kind not in {None, "Organisation"} or m.id < 0:
        return False
    return head_kind(reader.words[m.end - 1].lower())[0] in {None, "Place"}


__all__ = ["may_be_place"]
