"""Whether a mention may be read as a place when a sentence is read: typed a place
so far, or a name not typed yet or typed an organisation so far whose last word
says no other kind ("Harlow Cross" read as a body until a later line names
"Harlow Cross Town Council", or nothing says). Its tie stands only if the name
ends up a place: the seed checks the ends of every relation
(`seed_relations.RelationTable.add`). No rules of its own."""

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
