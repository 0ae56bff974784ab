"""A body's local branch named for its place: "the Ayton branch of Foo Trust",
"Foo Trust's Beeford office", "the hospice's Cowton branch", "our Dalby depot",
"its Fenby head office". The name before the branch's noun
(`vocab/place_branch_nouns.txt`, a word of `vocab/place_branch_qualifiers.txt`
allowed between: "head office") is a place when it is bare capitalised words (no
head word of a body, event or programme; see `where_lists`) after "the", "our",
"its", "their" or a possessive. Read by `context_votes` (the vote) and
`rules/place_sites.branches` (the body LOCATED_IN the place).
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.mentions.mention import Mention
from collabgraph.extract.mentions.tokens import POSSESSIVE
from collabgraph.extract.mentions.where_lists import bare_town_name

BRANCH_NOUNS = vocab.words("place_branch_nouns")
_QUALIFIERS = vocab.words("place_branch_qualifiers")
OWNERS = frozenset({"the", "our", "its", "their"})
"""Words before a branch's place that say whose branch it is (with a possessive)."""
BRANCH_VOTES = 5
"""Above a body's vote from the recogniser or from "of" after the name."""


def branch_place(doc, sent, m: Mention) -> bool:
    """Whether `m` names the place of a branch: "the <m> branch of ...", "'s <m>
    office", "our <m> head office"; the noun is lower-case and ends no name."""
    if m.start <= sent.start or m.end >= sent.end:
        return False
    k = m.end + (doc[m.end].lower_ in _QUALIFIERS and doc[m.end].is_lower)
    if k >= sent.end:
        return False
    noun, before = doc[k], doc[m.start - 1]
    return (
        noun.lower_ in BRANCH_NOUNS
        and noun.is_lower
        and not _qualifies_noun(doc, sent, k)
        and (before.lower_ in OWNERS or before.text in POSSESSIVE)
        and bare_town_name(doc, m.start, m.end)
    )


def _qualifies_noun(doc, sent, k: int) -> bool:
    """Whether the branch's noun at `k` only qualifies a noun after it: "the Kelby
    branch manager", "our Kelby office staff" name a post or people, no branch."""
    return k + 1 < sent.end and doc[k + 1].is_lower and doc[k + 1].pos_ == "NOUN"


def branch_votes(doc, sent, m: Mention) -> None:
    if not m.title and branch_place(doc, sent, m):
        m.votes["Place"] += BRANCH_VOTES
