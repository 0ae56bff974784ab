"""Done with someone: "I helped run a workshop on bus fares with my friend Jo Tern",
"Fenby Museum ran a cooking club with Kelby School", "Ada Foss wrote the guide with
Orton Advice": the doer of a verb of making or running one thing
(`vocab/joint_doing_verbs.txt`) and whom it was done with, named after a "with" past
the thing, worked together (COLLABORATES_WITH: corpus/GOLD.md; bodies on a page that
calls it a partnership are partners). Not a talk done with its speaker ("ran a Q&A
with Jo Tern": `vocab/led_talk_nouns.txt`), nor a verb with no object before "with"
("the club is run with Foo": `joint_runs`), nor money ("with funding from Foo").
And the thing done named before its doer, in a relative clause with no object ("the
scheme Foo runs with Kelby Surgery", "a guide which the council is designing with
Fenby Trust", "the sessions it runs with Orton Youth": `vocab/relative_doing_verbs.txt`):
the doer and the body right after "with" worked together.
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.rules.collab_subjects import definite_subject, pronoun_subject_of
from collabgraph.extract.rules.founders import PASSIVE, TOGETHER, past_own_word, subject_of
from collabgraph.extract.rules.reader import SentenceReader

LABELS: frozenset[str] = frozenset()
"""This family reads no cues: it reads the verbs of `vocab/joint_doing_verbs.txt`."""

_DOING = vocab.words("joint_doing_verbs")
_RELATIVE_DOING = vocab.words("relative_doing_verbs")
_RELATIVES = frozenset({"which", "that", "who"})
_OWN_OBJECTS = frozenset({"dobj", "nsubjpass"})
_TALKS = vocab.words("led_talk_nouns") | {"talk", "talks", "interview", "interviews", "chat"}
_PARTIES = frozenset({"Person", "Organisation"})
_GAP = 10  # "ran a workshop on travel costs for young people with": words from verb to "with"
_STOPS = frozenset({",", ";", ":", ".", "which", "who", "by", "from", "and", "but"})


def done_with(reader: SentenceReader) -> None:
    """The kinds in the module docstring."""
    words, end = reader.words, reader.sent.end
    for v in range(reader.sent.start + 1, end - 2):
        if words[v] not in _DOING or reader.doc[v].pos_ != "VERB":
            continue
        if words[v - 1] in PASSIVE:
            continue  # "the club is run with Foo": no doer named
        verb = reader.doc[v]
        if not any(c.dep_ == "dobj" for c in verb.children):
            continue
        subject = subject_of(reader, verb if verb.dep_ != "xcomp" else verb.head)
        if subject is None:
            continue
        for j in range(v + 2, min(v + _GAP, end - 1)):
            named = reader.by_start.get(j)  # the thing done may be named ("a Workshop on X")
            if words[j] in _STOPS or words[j] in _TALKS or reader.kind(named) in _PARTIES:
                break
            if words[j] == "with":
                for p in reader.list_after(past_own_word(reader, j + 1), kinds=_PARTIES):
                    if p.id != getattr(subject, "id", subject) and not _home_of(reader, p):
                        reader.relate(subject, TOGETHER, p, confidence=0.6)
                break


def relative_done_with(reader: SentenceReader) -> None:
    """ "the scheme Foo runs with B", "which the trust is delivering with B": a
    verb of the relative clause on the thing done, with no object of its own and
    "with" right after it; its subject (a name, a pronoun's body, or "the trust"
    for the body last named so) worked with the bodies or people named next."""
    words, end = reader.words, reader.sent.end
    for v in range(reader.sent.start + 1, end - 2):
        if words[v] not in _RELATIVE_DOING or words[v + 1] != "with":
            continue
        verb = reader.doc[v]
        if verb.dep_ == "ROOT":
            continue
        if any(c.dep_ in _OWN_OBJECTS and c.lower_ not in _RELATIVES for c in verb.children):
            continue  # "the group which runs sessions with B": `done_with` reads it
        nsubj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if nsubj is None or nsubj.lower_ in _RELATIVES or not _thing_before(reader, nsubj):
            continue  # "the group which works with B": no object gap
        subject = subject_of(reader, verb)
        subjects = [subject] if subject is not None else (
            pronoun_subject_of(reader, v) or definite_subject(reader, v)
        )  # fmt: skip
        partners = reader.list_after(past_own_word(reader, v + 2), kinds=_PARTIES) or [
            m for m in [reader.definite_org(v + 2)] if m is not None
        ]  # "which the college is running with the trust": the one named before
        for s in subjects:
            for p in partners:
                if p.id != getattr(s, "id", s) and not _home_of(reader, p):
                    reader.relate(s, TOGETHER, p, confidence=0.6)


def _thing_before(reader: SentenceReader, subject) -> bool:
    """Whether the word before a clause's subject is the thing the clause is on ("the
    scheme Foo runs", "which the trust runs"), not a verb or a clause break."""
    k = subject.left_edge.i - 1
    if k < reader.sent.start:
        return False
    before = reader.doc[k]
    return before.lower_ in _RELATIVES or (before.pos_ == "NOUN" and k not in reader.covering)


def _home_of(reader: SentenceReader, m) -> bool:
    """Whether a listed name is the body of the person before it ("with my friend Jo
    Tern from the Youth Council": the council is where Jo is from, not a partner)."""
    k = m.start - 1
    k -= k > reader.sent.start and reader.words[k] == "the"
    return k > reader.sent.start and reader.words[k] in {"from", "of", "at"}


__all__ = ["LABELS", "done_with", "relative_done_with"]
