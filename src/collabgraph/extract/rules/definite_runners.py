"""Run or organised by a body named again only by its kind of body, in a relative
clause on the thing: "the Kelby Lights, which the club organises every year with
Fenby Council", "the Foo service, which the trust runs jointly with Bar": the body
the definite noun stands for (`collab_subjects.definite_noun_subject`: the body last
named with that word, else the speaker's) runs the programme or organised the event
named right before ", which" (the cue's `relations`, tried in order). Nothing when
the noun stands for no named body. Whom it was done "with" is left to `done_with`.
"""

from __future__ import annotations

from collabgraph.extract.mentions.service_nouns import named_by_noun
from collabgraph.extract.rules.collab_subjects import definite_noun_subject
from collabgraph.extract.rules.passive_bys import by_after
from collabgraph.extract.rules.reader import SentenceReader

LABELS = frozenset({"active"})
"""The cue labels (pattern files) this rule reads: the `agents` family's active verbs."""

_RELATIVES = frozenset({"which", "that"})
_THINGS = frozenset({"Project", "Event"})
_DONE = frozenset({"RUNS", "ORGANISED"})


def definite_which_runners(reader: SentenceReader) -> None:
    """The kind in the module docstring."""
    for cue in reader.cues("active"):
        rels = cue.cue.relations
        if not _DONE.intersection(rels) or by_after(reader, cue.end) is not None:
            continue
        subjects = definite_noun_subject(reader, cue.start)
        if not subjects:
            continue
        thing = _thing_before_which(reader, reader.doc[cue.start])
        if thing is None or thing.id == subjects[0].id:
            continue
        reader.relate(subjects[0], rels, thing, role=cue.cue.role, confidence=0.7)


def _thing_before_which(reader: SentenceReader, verb):
    """The programme or event a relative clause ", which the trust runs" is on: the
    name right before the comma, or before its service noun ("the Foo discharge
    service, which ..."); None when the clause opens otherwise."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    k = subject.i - 2  # the "which" before "the trust"
    if k - 2 < reader.sent.start or reader.words[k] not in _RELATIVES:
        return None
    if reader.words[k - 1] != ",":
        return None
    named = reader.by_end.get(k - 1) or named_by_noun(reader.doc, reader.ms, k - 2, reader.sent.end)
    return named if named is not None and reader.kind(named) in _THINGS else None


__all__ = ["LABELS", "definite_which_runners"]
