"""Running, said without "run by": a name described as a body's programme ("Kelby
Sparks, a project of Foo", "Kelby Sparks is an initiative of Foo"), a body taking
on the running of a named thing ("Foo has taken over the running of the Kelby
Centre"), and a programme or facility named before and taken up by its head noun
("The hub is managed by Foo", after "the Kelby Hub" was named): the body RUNS it,
and it is voted a project. Names right before "run by": `rules/named_run_by.py`;
names a run noun describes before "run by": `rules/described_run_by.py`.
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.mentions.heads import head_kind
from collabgraph.extract.rules.described_run_by import RUN_BY, RUN_VOTE
from collabgraph.extract.rules.named_run_by import runnable
from collabgraph.extract.rules.programmes import generic_body
from collabgraph.extract.rules.reader import SentenceReader

LABELS: frozenset[str] = frozenset()
"""This module reads no cues: it reads the words and parse around "of" and "by"."""

_RUN_NOUNS = vocab.words("programme_run_nouns")
_FACILITY_HEADS = vocab.words("facility_heads")
_RUNNING = vocab.words("running_nouns")
_TAKE = vocab.words("running_take_verbs")
_OPENING = vocab.words("facility_opening_verbs")
_SET = vocab.words("programme_set_verbs")
_ARTICLES = {"a", "an"}
_BEFORE_ARTICLE = {",", "(", ":", "is", "was", "remains"} | lx.DASHES
_GAP = 2  # words describing the run noun: "a new pilot project of", "a weekly scheme of"


def _run(reader: SentenceReader, body, named, over: tuple[str, ...] = ("Organisation",)) -> None:
    """`body` RUNS `named` (no tie when `body` is None: no body named), voted a project
    over what else made it a body (a facility's name, "the Kelby Hub", read as one by
    its head word) or, given in `over`, a place (a venue "at" which things are done)."""
    votes = reader.ctx.votes_for(named)
    vote = max(RUN_VOTE, max(votes[kind] for kind in over) - votes["Project"] + 1)
    named.votes["Project"] += vote
    votes["Project"] += vote
    if body is not None:
        reader.relate(body, "RUNS", named, confidence=0.7)


def projects_of(reader: SentenceReader) -> None:
    """ "Kelby Sparks, a project of Foo", "Kelby Sparks is an initiative of Foo": a
    name a run noun (vocab/programme_run_nouns.txt) after "a" or "an" describes,
    "of" a body, is a programme the body runs. "the Foo programme of Bar" (a name
    before the noun) is `rules/programmes.py`'s."""
    words, start, end = reader.words, reader.sent.start, reader.sent.end
    for k in range(start + 2, end - 1):
        if words[k] != "of" or words[k - 1] not in _RUN_NOUNS:
            continue
        a = next(
            (j for j in range(k - 2, max(start, k - 2 - _GAP) - 1, -1) if words[j] in _ARTICLES),
            None,
        )
        if a is None or any(not reader.doc[j].is_lower for j in range(a + 1, k)):
            continue
        body = reader.mention_at(k + 1)
        if body is None or reader.kind(body) != "Organisation":
            continue
        named = _named_before(reader, a)
        # said outright: "Kelby Reads is an initiative of Foo" even if read as a person's name
        if named is not None and named is not body and runnable(reader, named, said=True):
            _run(reader, body, named)


def _named_before(reader: SentenceReader, a: int):
    """The name right before ", a", "(a", ": a" or "is a"/"was a" at token `a`, past the
    name's own programme noun ("the Good Food project, an initiative of Foo"), or None."""
    j = a
    if j - 1 > reader.sent.start and reader.words[j - 1] in _BEFORE_ARTICLE:
        j -= 1
    named = reader.by_end.get(j)
    if named is None and j - 1 > reader.sent.start and reader.words[j - 1] in _RUN_NOUNS:
        named = reader.by_end.get(j - 1)
    return named


def running_taken_on(reader: SentenceReader) -> None:
    """ "Foo has taken over the running of the Kelby Centre", "Foo took on the
    management of Kelby Library": the verb's subject, a body, runs the named thing."""
    doc, words, start, end = reader.doc, reader.words, reader.sent.start, reader.sent.end
    for k in range(start + 1, end - 1):
        if words[k] != "of" or words[k - 1] not in _RUNNING or words[k - 2] != "the":
            continue
        verb = doc[k - 1].head
        if verb.dep_ == "prt" or (verb.pos_ == "ADP" and verb.head.pos_ in {"VERB", "AUX"}):
            verb = verb.head
        if verb.lower_ not in _TAKE:
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        bodies = reader.named_by(subjects, {"Organisation"})
        named = reader.mention_at(k + 1)
        if bodies and named is not None and named not in bodies and _takeable(reader, named):
            _run(reader, bodies[0], named)


def _takeable(reader: SentenceReader, m) -> bool:
    """A programme or facility whose running can be taken on: what `runnable`
    allows, or a venue or facility by its last word ("the Kelby Community
    Centre", read as a place)."""
    facility = reader.words[m.end - 1] in _FACILITY_HEADS and not (m.gazetteer or m.title)
    return runnable(reader, m) or (facility and reader.kind(m) in {"Organisation", "Place"})


def the_noun_run_by(reader: SentenceReader) -> None:
    """ "The hub is managed by Foo", "The scheme is delivered by Foo": a run noun or
    facility head after "the", opening the sentence before a run verb and "by",
    takes up the last name with that word; the body after "by" runs it."""
    doc, words, start = reader.doc, reader.words, reader.sent.start
    if start + 4 >= reader.sent.end or words[start] != "the":
        return
    noun = words[start + 1]
    if noun not in _RUN_NOUNS and noun not in _FACILITY_HEADS:
        return
    k = start + 2
    while k < reader.sent.end and doc[k].dep_ in {"aux", "auxpass"}:
        k += 1
    if k + 1 >= reader.sent.end or words[k] not in RUN_BY or words[k + 1] != "by":
        return
    bodies = reader.named_by([c for c in doc[k + 1].children if c.dep_ == "pobj"], {"Organisation"})
    if not bodies:
        return
    # a facility is taken up from a venue too ("drop in at the Kelby Hub ... The hub
    # is managed by Foo": a service Foo runs, `mentions/at_venues.py` read it a place)
    kinds = (
        ("Project", "Organisation", "Place")
        if noun in _FACILITY_HEADS
        else ("Project", "Organisation")
    )
    for kind in kinds:
        named = reader.ctx.recent_with_word(noun, kind)
        if named is not None and named not in bodies and _runnable_named(reader, named):
            _run(reader, bodies[0], named, over=("Organisation", "Place"))
            return


def _runnable_named(reader: SentenceReader, m) -> bool:
    """`runnable` for a mention of an earlier sentence (its tokens in another Doc):
    read by its words; a facility's head word names the body's service."""
    last = m.text.lower().split()[-1]
    if m.gazetteer or m.title or reader.kind(m) not in {"Organisation", "Project", "Place"}:
        return False
    if reader.kind(m) == "Place":
        return last in _FACILITY_HEADS
    head, strength = head_kind(last)
    return (
        last in _FACILITY_HEADS
        or head not in {"Organisation", "Place", "Event", "Report"}
        or (head == "Organisation" and strength < 3)
    )


def facilities_opened(reader: SentenceReader) -> None:
    """ "Foo set up the Kelby Sparrow Hub", "Foo has opened the Kelby Wellbeing Café",
    "Foo operates the Kelby Pantry": a facility (its last word in
    vocab/facility_heads.txt) a body opens or keeps (vocab/facility_opening_verbs.txt)
    is a service the body runs, not a body, place or event of its own; opened with
    no body named ("The partners plan to open the Kelby Hub"), a service still."""
    doc, words = reader.doc, reader.words
    for m in reader.ms:
        if words[m.end - 1] not in _FACILITY_HEADS or m.gazetteer or m.title:
            continue
        if reader.kind(m) in {"Person", None}:
            continue
        tok = doc[m.end - 1]
        verb = tok.head
        if tok.dep_ not in {"dobj", "obj"} or verb.lower_ not in _OPENING:
            continue
        if verb.lower_ in _SET and not any(
            c.dep_ == "prt" and c.lower_ == "up" for c in verb.children
        ):
            continue  # "set Foo targets", not "set up"
        doer = verb.head if verb.dep_ == "xcomp" else verb  # "Foo plans to open the Bar Hub"
        subjects = [c for c in doer.children if c.dep_ == "nsubj"]
        bodies = reader.named_by(subjects, {"Organisation"})
        last = reader.ctx.last_org_subject
        if not bodies and subjects and last is not None and generic_body(reader, subjects[0].i - 1):
            bodies = [reader.ctx.mentions[last]]  # "The charity set up ...": the last body named
        if bodies and m not in bodies:
            _run(reader, bodies[0], m)
        elif not bodies and verb.lower_ not in _SET:
            _run(reader, None, m)  # "The partners will open the Bar Hub": a service still


__all__ = ["LABELS", "facilities_opened", "projects_of", "running_taken_on", "the_noun_run_by"]
