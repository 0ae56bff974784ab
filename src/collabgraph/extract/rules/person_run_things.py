"""Running, continued: a person who runs, leads or set up a club, a league, a café
or a choir ("Ada Foss, who has run the Dalby Lunch Club for 20 years", "Jo Tern set
up and runs the Kelby Street League") runs a project (corpus/GOLD.md: RUNS is
Person/Organisation -> Project). A name the finder reads as a body only by such a
weak head word (vocab/run_thing_heads.txt) is voted a project when a person is said
to run it; a body's name by a strong head word ("Fenby Foodbank", "Kelby Trust") is
left: a person running it works for it.
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.mentions.given_names import is_given_name
from collabgraph.extract.rules.described_run_by import RUN_VOTE
from collabgraph.extract.rules.reader import SentenceReader

LABELS: frozenset[str] = frozenset()
"""This rule reads no cues: it reads the parse around a verb of running."""

_HEADS = vocab.words("run_thing_heads")
_RUN_WORDS = vocab.words("programme_verbs") | vocab.words("programme_lead_verbs")
_RUN_WORDS = _RUN_WORDS | {"coordinate", "coordinates", "coordinated", "coordinating"}
_SET_UP = "set"  # "set up and runs" (the parser gives no lemmas: the words themselves)
_RUN_OR_SET = _RUN_WORDS | {_SET_UP}
_RELATIVES = {"who", "that"}


def person_run_things(reader: SentenceReader) -> None:
    """ "Ada Foss, who has run the Dalby Lunch Club": Ada Foss RUNS it, a project.
    Not "the Kelby Walking Group, led by Jo Tern": a group a person leads may be a
    body she chairs."""
    for tok in reader.tokens_among(_RUN_OR_SET):
        if tok.pos_ != "VERB":
            continue
        if tok.lower_ == _SET_UP and not any(c.lower_ == "up" for c in tok.children):
            continue
        thing = _object(reader, tok)
        person = _subject(reader, tok)
        if thing is not None and person is not None:
            _run(reader, person, thing)


def _object(reader: SentenceReader, verb):
    """The name the verb (or the verb it is joined to: "set up and runs") takes as
    its object, or None."""
    for v in (verb, *verb.conjuncts):
        for c in v.children:
            if c.dep_ == "dobj":
                return reader.covering.get(c.i)
    return None


def _subject(reader: SentenceReader, verb):
    """The person doing it: the verb's subject, or the name "who" stands for
    ("Ada Foss, who has run ..."), through a verb it is joined to; None if no person."""
    v = verb
    while v.dep_ == "conj" and v.head.i < v.i:
        v = v.head
    subjects = [c for c in v.children if c.dep_ == "nsubj"]
    if not subjects:
        return None
    tok = subjects[0]
    if tok.lower_ in _RELATIVES and v.dep_ == "relcl":
        tok = v.head
    m = reader.covering.get(tok.i)
    if m is None or reader.kind(m) in {"Place", "Event", "Report", "Project"}:
        return None
    # a name a given name opens is a person's, whatever the page reads it as so far
    return m if reader.kind(m) == "Person" or is_given_name(m.text.split()[0]) else None


def _run(reader: SentenceReader, person, thing) -> None:
    """Vote `thing` a project and relate the person as running it, when only a weak
    head word (or a project's) made it a body."""
    if thing.gazetteer or thing.title or reader.kind(thing) not in {"Organisation", "Project"}:
        return
    if reader.words[thing.end - 1] not in _HEADS:
        return
    thing.votes["Project"] += RUN_VOTE
    reader.ctx.votes_for(thing)["Project"] += RUN_VOTE
    reader.relate(person, "RUNS", thing, confidence=0.7)


__all__ = ["LABELS", "person_run_things"]
