"""Funding, continued: the body that passes money on ("Foo Trust will distribute
funding to 10 partners", "Foo CVS administers the grants") or announces the
grants it gives ("Foo Trust has announced its latest round of grants"): the
funder in view for the grantees named after (`rules/grants.py`). Words:
`vocab/grant_distributing_verbs.txt`, `vocab/grant_announcing_verbs.txt`."""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.mentions import Mention
from collabgraph.extract.rules.reader import SentenceReader

_DISTRIBUTING = vocab.words("grant_distributing_verbs")
_ANNOUNCING = vocab.words("grant_announcing_verbs")
_DISTRIBUTING_OR_ANNOUNCING = _DISTRIBUTING | _ANNOUNCING
_ANNOUNCED = {"grants", "awards", "round", "awardees", "recipients", "grantees"}
# what a funder announces (its grants, or who receives them), not a grant it won
_APPROVED = {"projects", "bids", "applications", "schemes"}  # what a funder approves ...
_BIDS = {"bids", "bid", "applications", "funding", "grants", "support"}  # ... for money


def distributor(reader: SentenceReader) -> Mention | None:
    """The body a sentence opens with when it passes money on: "Foo Trust was
    chosen as lead charity and will distribute funding to 10 partners", "Foo
    CVS administers the grants" (`vocab/grant_distributing_verbs.txt`, a grant
    noun or sum within four words after), or announces the grants it gives:
    "Foo Trust has announced its latest round of grants" (`vocab/
    grant_announcing_verbs.txt`, grants in the plural or a round in the verb's
    object; not "Foo announces a grant", which Foo may have won). Not in a
    quotation or the passive."""
    words = reader.words
    for i in range(reader.sent.start + 1, reader.sent.end - 1):
        if (
            words[i] not in _DISTRIBUTING_OR_ANNOUNCING
            or words[i - 1] in lx.BE_FORMS
            or reader.in_quote(i)
        ):
            continue
        if words[i] in _DISTRIBUTING:
            money = any(reader.is_funding(k) for k in range(i + 1, min(i + 5, reader.sent.end)))
        else:
            money = any(
                t.lower_ in _ANNOUNCED and t.i not in reader.covering
                for obj in reader.doc[i].children
                if obj.dep_ == "dobj"
                for t in obj.subtree
            ) or _approved_bids(reader, i)
        if money:
            subject = reader.sentence_subject()
            if subject is not None and reader.kind(subject) == "Organisation":
                return subject
    return None


def _approved_bids(reader: SentenceReader, i: int) -> bool:
    """ "Foo Council has approved dozens of projects that applied for support
    from the Bar Fund": a verb of approving (token i) whose object is projects or
    bids, in a sentence that speaks of bids or money for them."""
    if not reader.words[i].startswith("approv"):
        return False
    objects = [t.lower_ for c in reader.doc[i].children if c.dep_ == "dobj" for t in c.subtree]
    words = reader.words[i + 1 : reader.sent.end]
    return not _APPROVED.isdisjoint(objects) and not _BIDS.isdisjoint(words)


__all__ = ["distributor"]
