"""What "we" did with a body: "From April we are piloting a repair café with Fenby
Men's Shed", "the hub, which we share with Fenby Homes", "We co-fund the Foo
Partnership with the Kelby Trust", "With Fenby Libraries, we now run help
sessions": the body "we" stands for (the speaker's inside a quote, else the page's
own) worked with the bodies named right after the "with" (COLLABORATES_WITH:
corpus/GOLD.md "worked with"; partners on a page that calls the work a
partnership). Pages name their own body in a heading or sign-off and tell its work
with others in "we" sentences that never name it, so the tie is read from the
parse: a "with" hanging from a verb whose subject is "we" (or from that verb's
object: "we share a van with Foo"). Not a verb of meeting, talking or feeling
("we met with Fenby Council", "we were delighted with", `vocab/we_with_not_work_verbs.txt`),
nor what was told or taken part in ("we shared our findings with Foo", "we took
part with Foo": `vocab/we_with_not_work_objects.txt`), nor a body that is no one
"we" worked with ("with solicitors from Foo": the name must follow "with" at once).
"We joined forces with Foo" makes partners (corpus/GOLD.md PARTNER_OF).
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.rules.founders import TOGETHER
from collabgraph.extract.rules.partner_leads import ours_at
from collabgraph.extract.rules.reader import SentenceReader

LABELS: frozenset[str] = frozenset()
"""This rule reads no cues: it reads "we", a verb and "with"."""

WE = frozenset({"we"})
"""The subject the rule reads (its early exit: needs.txt)."""

_NOT_WORK = vocab.words("we_with_not_work_verbs")
_NOT_WORK_OBJECTS = vocab.words("we_with_not_work_objects")
# "we joined forces with Foo": partners (corpus/GOLD.md PARTNER_OF "joined forces")
_JOINING = frozenset({"join", "joins", "joined", "joining"})
_CLIMB = frozenset({"xcomp", "conj"})  # "we are hoping to plant ... with": the subject's verb
_OBJECTS = frozenset({"dobj", "attr", "oprd"})  # "we share a van with Foo": the van's verb
_CONFIDENCE = 0.6


def we_did_with(reader: SentenceReader) -> None:
    """The kind in the module docstring."""
    words, doc = reader.words, reader.doc
    if not any(words[k] in WE for k in range(reader.sent.start, reader.sent.end)):
        return
    for k in range(reader.sent.start, reader.sent.end - 1):
        if words[k] != "with" or doc[k].dep_ != "prep":
            continue
        verb = _verb_of(doc[k])
        if verb is None or verb.lower_ in _NOT_WORK:
            continue
        objects = {c.lower_ for c in verb.children if c.dep_ in _OBJECTS}
        if objects & _NOT_WORK_OBJECTS:
            continue  # "we shared our findings with Foo", "we took part with Foo"
        we = _we_subject(verb)
        if we is None or not (reader.sent.start <= we.i < reader.sent.end):
            continue
        first = k + 1 + (words[k + 1] == "the")
        named = reader.by_start.get(first)
        if named is None or reader.kind(named) != "Organisation":
            continue
        ours = ours_at(reader, we.i)
        if ours is None:
            continue
        rels = ("PARTNER_OF",) if verb.lower_ in _JOINING and "forces" in objects else TOGETHER
        for p in reader.list_after(first, kinds={"Organisation"}):
            if p.id != ours:
                reader.relate(ours, rels, p, confidence=_CONFIDENCE)


def _verb_of(with_token):
    """The verb a "with" hangs from: its head, or the head of the object it hangs
    from ("share a van with"); None when it hangs from anything else."""
    head = with_token.head
    if head.pos_ in {"NOUN", "PROPN"} and head.dep_ in _OBJECTS:
        head = head.head
    return head if head.pos_ == "VERB" else None


def _we_subject(verb):
    """The "we" that is the verb's subject, climbing from an infinitive or a second
    verb to the one whose subject it shares; None when the subject is another."""
    for _ in range(3):
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None:
            return subject if subject.lower_ in WE and subject.dep_ == "nsubj" else None
        if verb.dep_ not in _CLIMB:
            return None
        verb = verb.head
    return None


__all__ = ["LABELS", "WE", "we_did_with"]
