"""Bodies a person worked for before (the employment family, continued), read from
the sentence's dependency parse:

- a body left: "Jane Doe has left Foo Council, where she led the parks team, to
  become ...", "John Roe, who left Bar Trust in May": the verb "leave" whose
  subject is a named person (or "who" after one, or "he"/"she") and whose object is
  an employer's name;
- a body moved from: "Jane Doe joins Foo as its first manager, moving from Bar
  Aid", "John Roe transferred from Bar Trust": a verb of moving with "from" and an
  employer's name, said of the sentence's person (its own subject, or the subject
  of the verb it hangs from);
- a body worked for on the way: "Jane Doe set up Foo in 2014 after a decade working
  for Bar Aid": "working for/at" an employer's name, hanging from a verb whose
  subject is a named person.

Each person works for the body: WORKS_FOR, with the post a "where" clause right
after it says ("..., where she was head of grants"), else none. Bodies of members
(`post_kinds.people_join`: a club or network left is a membership ended) and
everyday words alone are no employers (`joined_bodies.employer`). Not "left the
meeting", "left Kelby" (no employer named), "volunteers working for Foo" (no verb
with a person's subject above "working"), "working with Foo" (a collaboration).
"""

from __future__ import annotations

from collabgraph.extract.rules.joined_bodies import body_of_prep, employer, joiners, post_there
from collabgraph.extract.rules.post_kinds import post_relations
from collabgraph.extract.rules.reader import SentenceReader

LABELS: frozenset[str] = frozenset()
"""The cue labels (pattern files) this family's rules read: none, it reads the parse."""

_LEAVING = frozenset({"leave", "leaves", "left", "leaving"})
_MOVING = frozenset(
    {"move", "moves", "moved", "moving", "transfer", "transfers", "transferred", "transferring"}
)
_WORKING = frozenset({"working"})
_CAREER_WORDS = _LEAVING | _MOVING | _WORKING
_WORK_LINKS = frozenset({"for", "at"})
_TIME_LINKS = frozenset({"after", "before", "following"})
_HANGING = frozenset({"advcl", "conj", "xcomp"})
"""How a moving or working verb hangs from the verb whose subject it shares."""


def career_moves(reader: SentenceReader) -> None:
    """The kinds in the module docstring: WORKS_FOR each body left, moved from or
    worked for on the way, by the person the verb is said of."""
    for tok in reader.tokens_among(_CAREER_WORDS):
        if tok.pos_ != "VERB":
            continue
        word = tok.lower_
        if word in _LEAVING:
            objects = [c for c in tok.children if c.dep_ == "dobj"]
            bodies = [employer(reader, reader.covering.get(c.i)) for c in objects]
            people = joiners(reader, tok)
        elif word in _MOVING:
            if any(c.dep_ == "dobj" for c in tok.children):
                continue  # "moved the hub from Bar Aid": a thing moved, not a career
            bodies = [body_of_prep(reader, c) for c in tok.children if c.lower_ == "from"]
            people = joiners(reader, tok)
            if not people and tok.dep_ in _HANGING and tok.head.pos_ in {"VERB", "AUX"}:
                people = joiners(reader, tok.head)  # "..., moving from Bar Aid"
        elif word in _WORKING:
            bodies = [body_of_prep(reader, c) for c in tok.children if c.lower_ in _WORK_LINKS]
            above = _verb_above(tok)
            people = joiners(reader, above) if above is not None else []
        else:
            continue
        for body in bodies:
            if body is None:
                continue
            role = post_there(reader, body)
            rels = post_relations(role, body) if role else ("WORKS_FOR",)
            for person in people:
                reader.relate(person, rels, body, role=role, confidence=0.6)


def _verb_above(tok):
    """The verb a "working" hangs from, whose subject worked: "set up Foo, working
    for Bar" (a clause), "after working for Bar", "after a decade working for Bar";
    None when it says what a noun does ("volunteers working for Foo")."""
    if tok.dep_ == "advcl":
        return tok.head
    prep = tok.head if tok.dep_ == "pcomp" else None
    if tok.dep_ == "acl" and tok.head.dep_ == "pobj":
        prep = tok.head.head  # "after a decade working for Bar"
    if prep is not None and prep.lower_ in _TIME_LINKS and prep.head.pos_ in {"VERB", "AUX"}:
        return prep.head
    return None


__all__ = ["LABELS", "career_moves"]
