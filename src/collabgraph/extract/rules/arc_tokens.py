"""The token tests a place arc (`place_arcs`) climbs by: a verb of work done to
people served ("helps renters in Kelby fix"), "open to", a former base, a group's
regular meeting, a participle after people served, a noun of where ("in a bus
depot on Quarry Road"), a noun of areas, a phrasal verb. Each reads one token of
the parse and its arcs; word lists are `vocab/place_*.txt`. No rules of its own.
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.rules.work_bodies import SERVED

WORK_VERBS = vocab.words("place_work_verbs")
AREA_NOUNS = vocab.words("place_nouns")
PREPOSITIONS = {"in", "across", "throughout", "within", "for", "at", "into"}
"""The prepositions of where a place arc leaves from ("works in Kelby")."""
_MEETING_VERBS = vocab.words("place_meeting_verbs")
_FORMER = vocab.words("place_former_words")
_OPEN_WORDS = vocab.words("place_open_words")


def helped_to(noun) -> bool:
    """ "helps renters in Kelby fix their homes": people served (`noun`), the subject
    of a bare infinitive that completes a verb of work."""
    verb = noun.head
    return (
        noun.dep_ == "nsubj"
        and verb.dep_ in {"ccomp", "xcomp"}
        and verb.tag_ in {"VB", "VBP"}
        and verb.head.lower_ in WORK_VERBS
    )


def open_to(tok) -> bool:
    """ "open" or "available" said of a subject (`vocab/place_open_words.txt`):
    the adjective itself ("open to people in Kelby") or the "is" it completes
    ("is open every Saturday in Y Hall")."""
    if tok.pos_ == "ADJ":
        return tok.lower_ in _OPEN_WORDS and tok.dep_ == "acomp"
    if tok.pos_ != "AUX":
        return False
    return any(c.dep_ == "acomp" and c.lower_ in _OPEN_WORDS for c in tok.children)


def former(verb) -> bool:
    """ "was previously based at Y": where the body was before, not where it is
    (`vocab/place_former_words.txt`)."""
    return any(c.dep_ == "advmod" and c.lower_ in _FORMER for c in verb.children)


def meets(verb) -> bool:
    """ "the choir, which meets in Y Library": a group's regular gathering
    (`vocab/place_meeting_verbs.txt`), with no object ("meets councillors")."""
    if verb.pos_ != "VERB" or verb.lower_ not in _MEETING_VERBS:
        return False
    return not any(c.dep_ == "dobj" for c in verb.children)


def participle_on_served(verb) -> bool:
    """ "those facing grief across Kelby", "children affected by poverty in Dale": a
    participle set after a noun of people served (`vocab/place_served_nouns.txt`)
    says where they are, as "people living in Kelby" does; not a verb of work
    ("projects working with ..."), whose own subject is read."""
    if verb.dep_ != "acl" or verb.tag_ not in {"VBG", "VBN"} or verb.i < verb.head.i:
        return False
    return verb.head.lower_ in SERVED


def where_noun(tok) -> bool:
    """ "in a converted depot", "from a church hall": a common noun after a
    preposition of where that hangs from a verb; a place set on it is the verb's.
    Not a gathering (`vocab/head_event.txt`): "expanded on its plans at a meeting
    in London" says where the meeting was."""
    return (
        tok.pos_ == "NOUN"
        and tok.dep_ == "pobj"
        and tok.lower_ not in lx.EVENT_HEADS
        and tok.head.lower_ in PREPOSITIONS | {"from"}
        and tok.head.head.pos_ in {"VERB", "AUX"}
    )


def is_area(tok) -> bool:
    """Whether a noun names areas of a place ("areas", "towns", "cities", "a district");
    plurals are read here (the pipeline has no lemmatizer)."""
    word = tok.lower_
    singles = {word, word.removesuffix("s"), word.removesuffix("ies") + "y"}
    return tok.pos_ == "NOUN" and bool(singles & AREA_NOUNS)


def phrasal(verb) -> str:
    """A verb with its particle, said of its subject alone ("Foo was set up in
    Kelby"), or "": not one with an object ("Foo set up a stall in Kelby")."""
    prt = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    if prt is None or any(c.dep_ == "dobj" for c in verb.children):
        return ""
    return f"{verb.lower_} {prt}"


__all__ = [
    "AREA_NOUNS",
    "PREPOSITIONS",
    "WORK_VERBS",
    "former",
    "helped_to",
    "is_area",
    "meets",
    "open_to",
    "participle_on_served",
    "phrasal",
    "where_noun",
]
