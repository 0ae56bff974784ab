"""Funding as costs met: "Our core costs are met by Foo and Bar", "the Alliance's
running costs are covered by Foo", "Kelby Pantry's rent is paid by Foo": each
funder after "by" funds whose costs they are, the owner of the cost noun (a
possessive name, "our", or "the" and a body's head word named before).
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.mentions.tokens import POSSESSIVE
from collabgraph.extract.rules.reader import SentenceReader

LABELS = frozenset()
"""The cue labels this module's rule reads (none: it reads the words)."""

_MET = frozenset({"met", "covered", "paid"})
_COSTS = vocab.words("cost_nouns")
_FUNDERS = {"Organisation"}
_OWNERS = {"Organisation", "Project", "Event"}
_NOUN_GAP = 4  # describing words at most between the owner and the cost noun ("core", "two-year")


def costs_met(reader: SentenceReader) -> None:
    """Each body named after "<costs> are met/covered/paid by" funds the owner of
    the costs."""
    if not reader.tokens_among(_COSTS):
        return  # most sentences name no costs: no walk
    words, end = reader.words, reader.sent.end
    for verb in reader.tokens_among(_MET):
        k = verb.i
        if k + 2 >= end or words[k + 1] != "by" or words[k - 1] not in lx.BE_FORMS:
            continue
        owner = _cost_owner(reader, k - 1)
        if owner is None:
            continue
        for m in reader.list_after(k + 2, kinds=_FUNDERS):
            reader.relate(m, "FUNDED", owner, confidence=0.75)


def _cost_owner(reader: SentenceReader, be: int):
    """Whose costs stand before the verb "be" at token `be` ("Our core costs are",
    "the Alliance's costs were"): the owner's mention id ("our": the page's
    own body, `page_body_at`), or None."""
    words, start = reader.words, reader.sent.start
    k = be - 1
    while k > start and words[k] in {"have", "has", "will", "had"}:
        k -= 1
    if k <= start or words[k] not in _COSTS:
        return None
    j = k - 1
    while j >= start and k - j <= _NOUN_GAP:
        w = words[j]
        if w == "our":
            return reader.we_org(j) if reader.in_quote(j) else reader.page_body_at(j).id
        if w in POSSESSIVE:
            owner = reader.by_end.get(j)
            if owner is None and j - 2 >= start:
                owner = reader.definite_org(j - 2)
            return owner.id if owner is not None and reader.kind(owner) in _OWNERS else None
        if not (reader.doc[j].is_lower or words[j] in lx.DASHES or reader.doc[j].like_num):
            return None
        j -= 1
    return None


__all__ = ["costs_met"]
