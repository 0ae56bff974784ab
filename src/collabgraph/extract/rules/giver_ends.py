"""Funding, last: a giver is no grantee of the funders told beside it. "Foo received
£5,000 from the Kelby Trust, and a minibus was bought with a grant from Fenby
Council", "The hall was set up with funding from the Kelby Trust and is now funded
by Fenby Council", "The project is funded by the Bar Fund through Fenby Council, with
match funding from the Kelby Trust": the body the money came from (named after
"from" a gift or sum: "a grant from", "£5,000 from", "help from"; or after "through"
right behind a funder) gave money in this sentence, so a FUNDED tie read here from
another funder to it is dropped. That funder funded what the giver funded here (its
FUNDED targets from this sentence), or, for a body money went "through", what the
funder before the "through" funded.
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.mentions import Mention
from collabgraph.extract.rules.reader import SentenceReader
from collabgraph.extract.rules.second_funders import drop_funded

LABELS: frozenset[str] = frozenset()
"""This rule reads no cues: it reads the FUNDED ties the sentence's rules gave."""

_GIFTS = (
    vocab.words("grant_nouns")
    | vocab.words("second_money_nouns")
    | vocab.words("thanked_gift_nouns")
    | vocab.words("given_from_nouns")
)
_BODIES = {"Organisation"}


def givers_not_grantees(reader: SentenceReader) -> None:
    """Drop the FUNDED ties read from this sentence to a body the sentence names as
    giving money (see the module); each funder so cut loose funds what that giver
    funded here instead."""
    ctx, evidence = reader.ctx, reader.evidence[:500]
    funded = [c for c in ctx.candidates if c.evidence == evidence and c.relations[0] == "FUNDED"]
    sources = {c.source for c in funded}
    for c in list(funded):
        giver = reader.by_id.get(c.target)
        if giver is None or reader.kind(giver) not in _BODIES:
            continue
        behind = _given_by(reader, giver, sources)
        if behind is None:
            continue
        drop_funded(ctx, c.source, c.target, evidence)
        targets = {t.target for t in funded if t.source in behind} - {c.source, *behind}
        for target in sorted(targets):
            reader.relate(c.source, "FUNDED", target, confidence=0.7)


def _given_by(reader: SentenceReader, m: Mention, sources: set[int]) -> set[int] | None:
    """Whether the body `m` is named as where money came from: after "from" a gift
    or a sum ("a grant from", "£5,000 from", "help from"), or after "through" right
    behind a funder of this sentence ("funded by the Bar Fund through Foo"). The ids
    whose FUNDED targets a funder beside it shares: `m`'s own, and for "through" the
    funder before it; None when `m` is not named so."""
    words = reader.words
    k = m.start - 1
    while k > reader.sent.start and words[k] in lx.ARTICLES:
        k -= 1
    if k <= reader.sent.start:
        return None
    if words[k] == "from" and (words[k - 1] in _GIFTS or reader.is_money(k - 1)):
        return {m.id}
    before = reader.by_end.get(k)
    if words[k] == "through" and before is not None and before.id in sources:
        return {m.id, before.id}
    return None


__all__ = ["LABELS", "givers_not_grantees"]
