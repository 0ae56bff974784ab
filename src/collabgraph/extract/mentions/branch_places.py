"""A body's local branch named for its place: "the Ayton branch of Foo Trust",
"Foo Trust's Beeford office", "the hospice's Cowton branch". The name before
the branch's noun (`vocab/place_branch_nouns.txt`) is a place when it is bare
capitalised words (no head word of a body, event or programme; see
`where_lists`) after "the" or a possessive. Read by `context_votes` (the vote)
and `rules/place_sites.branches` (the body LOCATED_IN the place).
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.mentions.mention import Mention
from collabgraph.extract.mentions.tokens import POSSESSIVE
from collabgraph.extract.mentions.where_lists import bare_name

BRANCH_NOUNS = vocab.words("place_branch_nouns")
BRANCH_VOTES = 5
"""Above a body's vote from the recogniser or from "of" after the name."""


def branch_place(doc, sent, m: Mention) -> bool:
    """Whether `m` names the place of a branch: "the <m> branch of ...", "'s <m>
    office"; the noun is lower-case and singular and ends no name."""
    if m.start <= sent.start or m.end >= sent.end:
        return False
    noun, before = doc[m.end], doc[m.start - 1]
    return (
        noun.lower_ in BRANCH_NOUNS
        and noun.is_lower
        and (before.lower_ == "the" or before.text in POSSESSIVE)
        and bare_name(doc, m.start, m.end)
    )


def branch_votes(doc, sent, m: Mention) -> None:
    if not m.title and branch_place(doc, sent, m):
        m.votes["Place"] += BRANCH_VOTES
