"""A name no word of which tells its kind, held by a host: "an Open Iftar hosted by
Kelby Mosque", "a Winter Warmer organised by Fenby Trust", "came to the Big Lunch,
convened by ...". What a body hosts or organises, brought in by "a" or "an" (or by
"the" after "to", "attended"), is an occasion (corpus/GOLD.md: ORGANISED is
to an Event): the name is an event's. The verbs are those of an organiser's slot
(vocab/by_verbs_organiser.txt) but "run" and "delivered", which a project takes
too ("a Youth Club run by"); a name whose last word is a head word of another kind
("a Kelby Hub hosted by") is left to that word. A name after "a" ending in an
event's word names a kind of occasion ("a Summer Fair"), but not one a host holds:
"a Summer Fair organised by Fenby PTA" is that fair (mentions/shape.py).
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.mentions.around import run_by_at
from collabgraph.extract.mentions.heads import head_kind
from collabgraph.extract.mentions.mention import Mention
from collabgraph.extract.mentions.tokens import lower_word

_HOSTING = vocab.words("by_verbs_organiser") - {"run", "delivered"}
_THE_AFTER = {"to", "attended", "attend", "joined", "join"}  # not "at": a venue


def _brought_in(doc, m: Mention, sent) -> bool:
    """ "an Open Iftar", "to the Big Lunch": the article before the name."""
    k = m.start - 1
    if k < sent.start:
        return False
    if doc[k].lower_ in {"a", "an"}:
        return True
    return doc[k].lower_ == "the" and k - 1 >= sent.start and doc[k - 1].lower_ in _THE_AFTER


def host_follows(doc, end: int) -> bool:
    """ "hosted by", ", organised by" right after token `end` - 1."""
    return run_by_at(doc, end, len(doc), _HOSTING, set(), relative=False) is not None


def hosted_occasion(doc, m: Mention, sent) -> bool:
    """Whether the name is an occasion a host holds (see the module)."""
    if head_kind(lower_word(doc[m.end - 1]))[0] not in {None, "Event"}:
        return False
    return _brought_in(doc, m, sent) and m.end + 2 < sent.end and host_follows(doc, m.end)
