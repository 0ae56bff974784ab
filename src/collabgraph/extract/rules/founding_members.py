"""Founding members (the membership family, continued): "Foo Trust and Bar
CVS have set up the Baz Alliance", "A, B and C have formed the Foo Network",
"the councils co-founded the Foo Partnership with Bar Homes": the bodies that
start a body with members (a name ending like one,
`vocab/body_heads.txt`: partnership, network, alliance, board, forum ...) are
its members (MEMBER_OF, "member"). People who found one are its founders
(`chairs`), not read here. No cue labels of its own.
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.rules.founders import SET, founders_before
from collabgraph.extract.rules.reader import SentenceReader

LABELS: frozenset[str] = frozenset()
"""The cue labels (pattern files) this family's rules read: none."""

_FOUNDING = vocab.words("founding_verbs") - {"started"} | {"formed", "form", "forms"}
_BODY_HEADS = vocab.words("body_heads")  # bodies with members


def founding_members(reader: SentenceReader) -> None:
    """Each founding verb in the active voice ("set up", "formed", "founded",
    "co-founded") with a body with members right after it: the bodies named as
    its subjects, and those after "with" past that body, are its members."""
    words, end = reader.words, reader.sent.end
    for v in range(reader.sent.start + 1, end - 1):
        w = words[v]
        if w not in _FOUNDING or (w in SET and words[v + 1] != "up"):
            continue
        body = reader.mention_at(v + 1 + (w in SET))
        if body is None or reader.kind(body) != "Organisation":
            continue
        if body.text.lower().split()[-1] not in _BODY_HEADS:
            continue
        co = words[v - 2 : v] == ["co", "-"]  # "co-founded", read as three words
        founders = list(founders_before(reader, v - 2 if co else v))
        if body.end + 1 < end and words[body.end] == "with":
            founders += reader.list_after(body.end + 1, kinds={"Organisation"})
        for f in founders:
            if f is not body and reader.kind(f) == "Organisation":
                reader.relate(f, "MEMBER_OF", body, role="member", confidence=0.6)


__all__ = ["LABELS", "founding_members"]
