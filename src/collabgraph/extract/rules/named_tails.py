"""A body named again by the last words of its name, written in lower case after
"the" ("the food partnership" for the Kelby Food Partnership, "the tenants'
union" for the Fenby Tenants' Union), for the membership and employment rules (no
rules of its own). One head word alone ("the partnership") is `definite_org`'s;
`body_named_back` asks both, after a verb ("who chairs the network").
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract.mentions import Mention
from collabgraph.extract.rules.board_owners import board_owner
from collabgraph.extract.rules.reader import POSSESSIVE, SentenceReader

_MOST_BEFORE = 2  # describing words before the head: "the tenants' union", "the food bank network"
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'"})


def named_tail_at(reader: SentenceReader, k: int) -> tuple[Mention, int] | None:
    """(the organisation last named whose name ends with the words after "the" at
    token k, the token after them) when one or two lower-case words and an
    organisation's head word (`lexicon.ORG_HEADS`) follow "the" and a name ends
    with them all; else None ("the food partnership" with no Food Partnership named,
    "the local council": no name ends so)."""
    words, end = reader.words, reader.sent.end
    if k + 2 >= end or words[k] != "the":
        return None
    for h in range(k + 2, min(end, k + 3 + _MOST_BEFORE)):
        tok = reader.doc[h - 1]
        if not (tok.is_lower or tok.text in {"'", "’"}):
            return None  # "the Foo partnership": a name, not a description
        if words[h] in lx.ORG_HEADS or words[h] in lx.EXTRA_ORG_HEADS:
            body = _ending_with(reader, reader.doc[k + 1 : h + 1].text)
            return (body, h + 1) if body is not None else None
    return None


def _ending_with(reader: SentenceReader, phrase: str) -> Mention | None:
    """The latest organisation mention whose name ends with `phrase` (lower case,
    apostrophes alike), with at least one word before it."""
    tail = " " + phrase.lower().translate(_APOSTROPHES)
    for m in reversed(reader.ctx.mentions[-2000:]):
        text = m.text.lower().translate(_APOSTROPHES)
        if text.endswith(tail) and reader.ctx.type_of(m) == "Organisation":
            return m
    return None


def body_named_back(reader: SentenceReader, k: int) -> list[Mention]:
    """ "who has chaired the foundation since 2017", "who coordinates the network": the
    body last named with that word (`definite_org`), or with those last words ("chairs
    the food partnership": `named_tail_at`), when the word ends the phrase (not
    "chaired the trust meeting", "leads the network's work"); else []."""
    # "who chairs the residents' group": the Foo Residents' Group, before "the residents"
    tail = named_tail_at(reader, k)
    body, after = tail or (reader.definite_org(k) or board_owner(reader, k), k + 2)
    if body is None or (after < reader.sent.end and reader.doc[after].pos_ in {"NOUN", "PROPN"}):
        return []
    return [] if after < reader.sent.end and reader.words[after] in POSSESSIVE else [body]


__all__ = ["body_named_back", "named_tail_at"]
