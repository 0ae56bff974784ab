"""The body a short news item is about, for a post named with no organisation on
a page with no organisation of its own ("Kelby Players have won the prize at the
Fenby Festival. ... Director Jane Doe said"; read by `page_organisation.place_posts`
when nothing is named just before the holder).

It is the first organisation that is the subject of a sentence in the holder's own
paragraph, before the holder: what the item opens by saying something of. Not a
local council (its posts are placed as a council's), not a body named in passing
("raising money for Foo Hospice": no subject), and not one whose name ends in
another kind of body than the post names ("partnership coordinator"). A staff post
said "our" ("our grants officer, Jane Doe") is at the page's own body all the same
(`said_ours`), even on a page that funds others.
"""

from __future__ import annotations

import re

from collabgraph.extract import lexicon as lx
from collabgraph.extract.context import DocumentContext
from collabgraph.extract.entity_names import local_council
from collabgraph.extract.mentions import Mention

_SUBJECTS = {"nsubj", "nsubjpass"}


def paragraph_subject(
    ctx: DocumentContext, by_mention: dict, person: Mention, kinds: set[str], docs
) -> Mention | None:
    """The first organisation that is a sentence's subject in the person's paragraph
    (block) before them; None when none is, or when the post names a kind of body
    (`kinds`: "partnership") that organisation's name does not end in."""
    if person.block >= len(docs):
        return None
    doc = docs[person.block]
    for m in ctx.mentions[: person.id]:
        if m.block != person.block or m.synthetic or not m.start < m.end <= len(doc):
            continue
        e = by_mention.get(m.id)
        if e is None or e.type != "Organisation" or local_council(m.text):
            continue
        if doc[m.start : m.end].root.dep_ not in _SUBJECTS:
            continue
        if kinds and m.text.lower().split()[-1] not in kinds:
            return None
        return m
    return None


def post_kinds(role: str, board_words: set[str]) -> set[str]:
    """The kinds of body a post's words name ("partnership coordinator": partnership),
    but a board's ("board member" sits on any body's board)."""
    return {w for w in role.lower().split() if w in lx.ANY_ORG_HEADS} - board_words


def said_ours(role: str, evidence: str) -> bool:
    """Whether the sentence says the post is "our" one ("led by our Head of
    Communities, Jane Doe", "our new centre manager"): held at the page's own body,
    even on a page that funds others (whose staff posts are otherwise taken for a
    grantee's: `page_organisation.place_posts`)."""
    if "our " not in evidence.lower():
        return False
    said = re.compile(r"\bour\s+(?:[\w'-]+\s+){0,3}?" + re.escape(role) + r"\b", re.IGNORECASE)
    return said.search(evidence) is not None
