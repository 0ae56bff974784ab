"""Working together, told in what a grant is for: "Kelby Youth Forum – £3,750 for a
summer club run with Fenby Police Cadets", "Orton Museum has been awarded £9,000 for
a heritage project with Dalby School": the body a grant line or sentence opens with
does the thing the money is for with the body named after "with" (COLLABORATES_WITH:
corpus/GOLD.md, working together on a thing; the grant itself is the funding family's).
Not "£500 for equipment, with match funding from Foo" (no name right after "with").
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract.rules.reader import SentenceReader

LABELS: frozenset[str] = frozenset()
"""This rule reads no cues: it reads the shape of a grant's line or sentence."""

_GRANTEES = frozenset({"Organisation", None})  # a name not typed yet may be a body
_PARTNERS = frozenset({"Organisation", "Person"})
_PURPOSE = frozenset({"for", "towards", "to"})
_TO_MONEY = 8  # "has been awarded a grant of £9,000": words at most from the name to the sum
_TO_WITH = 10  # "for a summer programme for young people run with": words to "with"
_STOPS = frozenset({",", ";", ":", "(", ".", "from", "by", "which", "who", "and"})


def purpose_partners(reader: SentenceReader) -> None:
    """The kinds in the module docstring."""
    words, end = reader.words, reader.sent.end
    k = reader.sent.start
    while k < end and (words[k] in lx.DASHES or words[k] in {"*", "•"}):
        k += 1  # a list line's bullet
    grantee = reader.mention_at(k)
    if grantee is None or reader.kind(grantee) not in _GRANTEES:
        return
    money = next(
        (j for j in range(grantee.end, min(grantee.end + _TO_MONEY, end)) if reader.is_money(j)),
        None,
    )
    if money is None or any(
        grantee.end <= m.start < money and reader.kind(m) != "Place" for m in reader.ms
    ):
        return  # a name between the grantee and the sum: another's grant, or its funder's
    j = money + 1
    while j < end and reader.is_money(j):
        j += 1
    if j >= end or words[j] not in _PURPOSE:
        return
    for w in range(j + 1, min(j + _TO_WITH, end - 1)):
        if words[w] in _STOPS or w in reader.by_start:
            return
        if words[w] == "with":
            for p in reader.list_after(w + 1, kinds=_PARTNERS):
                if p.id != grantee.id:
                    reader.relate(grantee, ("COLLABORATES_WITH",), p, confidence=0.65)
            return


__all__ = ["LABELS", "purpose_partners"]
