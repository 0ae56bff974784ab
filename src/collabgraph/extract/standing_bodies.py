"""A chairing verb done to a standing body, not to a meeting or session: "the hall
committee, chaired by Jo Tern", "a Partnership Board which is chaired by Ada Foss",
"the partnership will be chaired by Kelby's mayor" (`vocab/chaired_standing_bodies.txt`).
Its chair holds a seat on the body and took no part in the page's event by it: the
rules relate no chair to the event (`rules.agents.by_phrases`), and the word
"chaired" says nothing of the chair's part for the participation model
(`learned.told_of`)."""

from __future__ import annotations

from spacy.tokens import Token

from collabgraph.extract import vocab

_STANDING_BODIES = vocab.words("chaired_standing_bodies")
_BETWEEN = {",", "which", "that", "is", "was", "are", "were", "be", "been", "will"}


def chairs_a_body(verb: Token) -> bool:
    """Whether the chairing verb `verb` (a passive "chaired") is done to a standing
    body: the word before it (past a comma, "which is", "will be"), the noun the
    participle hangs from, or its passive subject is one."""
    sent = verb.sent
    k = verb.i - 1
    while k > sent.start and verb.doc[k].lower_ in _BETWEEN:
        k -= 1
    heads = {verb.doc[k].lower_} if k >= sent.start else set()
    if verb.dep_ == "acl" and verb.head.i >= sent.start:
        heads.add(verb.head.lower_)  # "a volunteer-led charity chaired by A"
    heads |= {c.lower_ for c in verb.children if c.dep_ == "nsubjpass"}
    return bool(heads & _STANDING_BODIES)


__all__ = ["chairs_a_body"]
