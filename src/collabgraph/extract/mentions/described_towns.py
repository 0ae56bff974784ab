"""A town written inside the description set after a body's name: "Tunebox, the
Kelby music charity", "Fennel Aid, a Fenby charity", "the Centre for Foo, a Dale
Vale charity"; or before it: "the Kelby law firm Foo & Bar", "Fenby printing firm
Foo Print". The name between the article and the words saying what the body is
(`vocab/description_nouns.txt`: charity, trust, group, firm) says where the body is: a
place (corpus/GOLD.md: "based in ... a place"), not a body the recogniser reads in
"the Kelby ... charity". `rules/place_arcs` then places the body there. Run by
`context_votes`.
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract.mentions.mention import Mention
from collabgraph.extract.mentions.tokens import POSSESSIVE_S
from collabgraph.extract.mentions.where_lists import bare_town_name

DESCRIBED_TOWN_VOTES = 8
"""Over the votes "the Kelby ... charity" gives a body named Kelby."""
_MOST_WORDS = 3  # "a Dale Vale charity": a town's name is short
_DESCRIPTION_WORDS = 3  # "the Kelby community music charity": lower-case words at most


def described_town_votes(doc, sent, mentions: list[Mention]) -> None:
    """Place votes for each name opening the description a comma sets after a
    body's name, as the module says."""
    by_end = {m.end: m for m in mentions}
    by_start = {m.start: m for m in mentions}
    for m in mentions:
        body = town_described_body(doc, sent, m.start, m.end, by_end, by_start.get)
        if body is not None and (
            not body.votes or body.votes.most_common(1)[0][0] == "Organisation"
        ):
            m.votes["Place"] += DESCRIBED_TOWN_VOTES
            m.attributive = None  # where the body is: a place of the page, kept
            m.not_proper_noun = False  # "the Dalewick music charity": a name


def body_described_in(doc, sent, start: int, end: int, by_end: dict) -> Mention | None:
    """The name before ", the <start:end> ... charity" when the name from `start` to
    `end` is a town's (a few capitalised words, no head word) opening a description
    of a body (`vocab/description_nouns.txt` ending a few lower-case words); None
    otherwise. `by_end`: the sentence's mentions by where they end."""
    art = start - 1
    if art - 1 <= sent.start or doc[art].lower_ not in lx.ARTICLES or doc[art - 1].text != ",":
        return None
    if end - start > _MOST_WORDS or not bare_town_name(doc, start, end):
        return None
    if description_noun(doc, sent, end) is None:
        return None
    return by_end.get(art - 1)


def town_described_body(doc, sent, start: int, end: int, by_end: dict, starting) -> Mention | None:
    """The body a town's name from `start` to `end` describes, set after it ("Foo,
    the Kelby music charity": `body_described_in`) or before it ("the Kelby law firm
    Foo": `body_after_description`); None otherwise."""
    return body_described_in(doc, sent, start, end, by_end) or body_after_description(
        doc, sent, start, end, starting
    )


def body_after_description(doc, sent, start: int, end: int, starting) -> Mention | None:
    """The name right after "the <start:end> law firm" when the name from `start` to
    `end` is a town's opening the sentence or after an article, and a few lower-case
    words closed by a noun of `vocab/description_nouns.txt` follow it: "the Kelby
    law firm Foo & Bar", "Fenby printing firm Foo Print"; None otherwise.
    `starting(i)`: the sentence's mention starting at token i, or None."""
    if start > sent.start and doc[start - 1].lower_ not in lx.ARTICLES:
        return None
    if end - start > _MOST_WORDS or not bare_town_name(doc, start, end):
        return None
    noun = description_noun(doc, sent, end)
    return starting(noun + 1) if noun is not None and noun + 1 < sent.end else None


def description_noun(doc, sent, end: int) -> int | None:
    """The index of the noun saying what a body is (`vocab/description_nouns.txt`) in
    the few lower-case words after a town's name ending at `end`, the first of them:
    "Kelby('s) music charity that ...", "Kelby law firm"; None when there is none."""
    k = end + (end < sent.end and doc[end].lower_ in POSSESSIVE_S)
    for j in range(k, min(k + _DESCRIPTION_WORDS, sent.end)):
        if not (doc[j].is_lower and doc[j].is_alpha):
            return None
        if doc[j].lower_ in lx.ORG_DESCRIPTION_NOUNS:
            return j
    return None


__all__ = [
    "DESCRIBED_TOWN_VOTES",
    "body_after_description",
    "body_described_in",
    "described_town_votes",
    "town_described_body",
]
