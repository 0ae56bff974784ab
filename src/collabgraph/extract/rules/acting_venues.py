"""A name with a building's head word ("Kelby Library", "St Anne's Church", "Orton
Hospital", "Fenby Studio") read as a place, that the sentence shows doing what a
body does: the agent "by" names after a verb ("Stalls were run by Kelby Library",
"designed by the architects Fenby Studio"), the one "with" names after a word of
working beside ("run in partnership with Kelby Library", "together with Fenby
Studio", "we worked with Orton Library", "a warm space run with Holy Cross Chapel",
"delivered jointly with Fenby Family Centre": `vocab/venue_body_with_heads.txt`), or the
body people come from ("nurses from Orton Hospital", "volunteers from the mosque
and St Anne's Church": `vocab/venue_body_people.txt`). It gets an organisation's
votes, enough to outweigh the place's, as a funded hall does
(`TypeVoting.vote_building_grantee`): the body that goes by the building's name, so
the ties the page gives it (took part, organised) hold. Not "held at Kelby Library",
"surrounded by Orton Hospital", "residents from Kelby Church Lane".

Runs first of the rules, so that the rules after it read the name as a body.
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.rules.reader import SentenceReader

LABELS: frozenset[str] = frozenset()
"""The cue labels (pattern files) this family's rules read: none."""

_HEADS = lx.ANY_ORG_HEADS | lx.VENUE_HEADS | vocab.words("grantee_building_heads")
_PEOPLE = vocab.words("venue_body_people")
_WITH = vocab.words("venue_body_with_heads")
# participles "by" follows that tell where a thing is, not who did it
_PLACING = frozenset({"surrounded", "bordered", "overlooked", "flanked", "followed", "passed"})


def acting_venues(reader: SentenceReader) -> None:
    """Vote a building-named place an organisation when the sentence shows it acting."""
    for m in reader.ms:
        if m.end <= m.start or reader.kind(m) != "Place" or not _building(m.text):
            continue
        if not _acting(reader.doc[m.start : m.end].root):
            continue
        votes = reader.ctx.votes_for(m)
        need = max(1, votes["Place"] - votes["Organisation"] + 1)
        m.votes["Organisation"] += need
        votes["Organisation"] += need


def _building(name: str) -> bool:
    """Whether a name ends in a building's or a body's head word, or has one before
    "of" ("Kelby Library of Things")."""
    words = name.lower().split()
    if words[-1:] and words[-1] in _HEADS:
        return True
    return "of" in words[1:] and words[words.index("of", 1) - 1] in _HEADS


def _acting(tok) -> bool:
    """Whether the name whose root is `tok` is the agent after "by", the partner
    after "with", or where people come from after "from" (through "and" lists and
    appositions: "the architects Fenby Studio")."""
    while tok.dep_ in {"conj", "appos"} and tok.head is not tok:
        tok = tok.head
    if tok.dep_ != "pobj":
        return False
    prep = tok.head
    head = prep.head
    word = prep.lower_
    if word == "by":
        return head.lower_ not in _PLACING and (prep.dep_ == "agent" or head.tag_ == "VBN")
    if word == "with":
        return head.lower_ in _WITH or (head.pos_ == "VERB" and head.lemma_ in _WITH)
    if word == "from":
        return head.lower_ in _PEOPLE
    return False


__all__ = ["acting_venues"]
