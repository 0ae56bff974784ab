"""Running, continued: a programme named after its noun and "called" ("the Foo
Trust's project - called KLOVA -", "Foo Council organised a course on ageing well
called Kelby Voices"): run by the body the noun belongs to, or by the subject of
the verb that runs, sets up or holds it (RUNS). The noun and "called" are read by
`mentions/type_noun_votes.called_programme_noun`.
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.mentions.tokens import SUBJECT_DEPS
from collabgraph.extract.mentions.type_noun_votes import called_programme_noun
from collabgraph.extract.relation_candidates import PAGE_ORG
from collabgraph.extract.rules.reader import POSSESSIVE, SentenceReader

LABELS: frozenset[str] = frozenset()
"""This rule reads no cues: it reads the parse around a programme noun and "called"."""

_CALLED_VERBS = (
    vocab.words("programme_verbs")
    | vocab.words("programme_founding_verbs")
    | vocab.words("programme_holding_verbs")
)
_SET_VERBS = vocab.words("programme_set_verbs")
_CLAUSE_LINKS = {"xcomp", "advcl", "conj", "ccomp"}


def called_programmes(reader: SentenceReader) -> None:
    """ "the Foo Trust's project - called KLOVA -", "Foo Council organised a course
    on ageing well called Kelby Voices", "we set up visiting schemes, called ‘Tea and
    Talk’": the programme named after its noun and "called" is run by the body the
    noun belongs to, or by the subject of the verb that runs, sets up or holds it
    (`vocab/programme_verbs.txt`, `programme_founding_verbs.txt`,
    `programme_holding_verbs.txt`; "we": the page's own body)."""
    doc, sent = reader.doc, reader.sent
    for m in reader.ms:
        if reader.kind(m) != "Project":
            continue
        noun = called_programme_noun(doc, sent, m.start)
        if noun is None:
            continue
        for owner in _called_owners(reader, noun):
            reader.relate(owner, "RUNS", m, confidence=0.7)


def _called_owners(reader: SentenceReader, noun: int) -> list:
    """Who runs the programme named after the noun at `noun`. A "we" subject is read
    here as well as by the sentence reader (rules/voice.py), which leaves a quotation
    opened in the same sentence ('X said: “We help set up schemes, called ...”') alone."""
    words, start = reader.words, reader.sent.start
    k = noun - 1
    while k >= start and reader.doc[k].is_lower and reader.doc[k].pos_ == "ADJ":
        k -= 1  # "the Foo Trust's new project"
    if k > start and words[k] in POSSESSIVE:
        owner = reader.by_end.get(k)
        return [owner] if owner is not None and reader.kind(owner) == "Organisation" else []
    tok = reader.doc[noun]
    verb = tok.head
    if tok.dep_ not in {"dobj", "obj"} or verb.lower_ not in _CALLED_VERBS:
        return []
    if verb.lower_ in _SET_VERBS and not any(
        c.dep_ == "prt" and c.lower_ == "up" for c in verb.children
    ):
        return []  # "set Foo targets", not "set up"
    while True:
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        if subjects or verb.dep_ not in _CLAUSE_LINKS or verb.head.i == verb.i:
            break
        verb = verb.head  # "we work ... to help set up schemes": the clause's subject
    if any(s.lower_ == "we" for s in subjects):
        ours = reader.we_org(subjects[0].i)
        if ours is None and not reader.in_quote(subjects[0].i):
            ours = PAGE_ORG  # the page's own body, named further on
        return [ours] if ours is not None else []
    return reader.named_by(subjects, {"Organisation"})


__all__ = ["LABELS", "called_programmes"]
