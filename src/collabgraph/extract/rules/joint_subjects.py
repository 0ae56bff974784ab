"""Joint subjects, read from the parse: "In the spring, Kelby Trust and Fenby Advice
jointly ran a course", "Kelby Homes and Orton Housing have launched Warm Orton, a
joint programme", "... The University of Fenby and Kelby Carers have published a
joint study": two or more bodies that are the subjects of one verb, the verb said
to be done "jointly" or to make a "joint" thing (the verb's object, or a name set
beside it), work together, each with each (COLLABORATES_WITH; partners on a page
that calls their work a partnership: `joint_clauses.relate_jointly`). Where the
subjects do not open the sentence (a headline run into it, an opening phrase of
time) `collaboration.joint_work` does not see them. Only bodies: people said to do
a joint thing ("Jo Tern and Ada Foss described their joint project") are left to
the rules of people.
"""

from __future__ import annotations

from collabgraph.extract.rules.joint_clauses import relate_jointly, remember_joint
from collabgraph.extract.rules.reader import SentenceReader

LABELS: frozenset[str] = frozenset()
"""This family reads no cues: it reads "joint" and "jointly" in the parse."""

_JOINT = frozenset({"jointly", "joint"})
_OBJECTS = frozenset({"dobj"})
_BESIDE = frozenset({"appos"})  # "launched Warm Orton, a joint programme"
_SUBJECTS = frozenset({"nsubj"})
_BODIES = frozenset({"Organisation", None})  # a name not typed yet may be a body


def joint_subjects(reader: SentenceReader) -> None:
    """The kind in the module docstring."""
    for t in reader.tokens_among(_JOINT):  # the others: `_verb_of` is None
        verb = _verb_of(t)
        if verb is None:
            continue
        subjects = body_subjects(reader, verb)
        if len(subjects) >= 2:
            remember_joint(reader, subjects)
            relate_jointly(reader, subjects, partners=False, confidence=0.65)


def _verb_of(t):
    """The verb a "jointly" tells of ("jointly ran"), or that makes the "joint"
    thing (its object, or a name set beside its object); None."""
    if t.lower_ == "jointly" and t.dep_ == "advmod" and t.head.pos_ == "VERB":
        return t.head
    if t.lower_ != "joint" or t.dep_ != "amod":
        return None
    noun = t.head
    if noun.dep_ in _BESIDE:
        noun = noun.head
    if noun.dep_ in _OBJECTS and noun.head.pos_ == "VERB":
        return noun.head
    return None


def body_subjects(reader: SentenceReader, verb) -> list:
    """The bodies the verb's subject names, with those joined to it by "and" ("A
    and B", "A, B and C"), each once, in order; [] when any of them is no body."""
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    if subject is None:
        return []
    tokens = [subject, *(c for c in subject.conjuncts)]
    found = []
    for tok in sorted(tokens, key=lambda x: x.i):
        m = reader.covering.get(tok.i)
        if m is None or reader.kind(m) not in _BODIES:
            return []
        if m not in found:
            found.append(m)
    return found if any(reader.kind(m) == "Organisation" for m in found) else []


__all__ = ["LABELS", "body_subjects", "joint_subjects"]
