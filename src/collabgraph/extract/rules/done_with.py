"""Done with someone: "I helped run a workshop on bus fares with my friend Jo Tern",
"Fenby Museum ran a cooking club with Kelby School", "Ada Foss wrote the guide with
Orton Advice": the doer of a verb of making or running one thing
(`vocab/joint_doing_verbs.txt`) and whom it was done with, named after a "with" past
the thing, worked together (COLLABORATES_WITH: corpus/GOLD.md; bodies on a page that
calls it a partnership are partners). Not a talk done with its speaker ("ran a Q&A
with Jo Tern": `vocab/led_talk_nouns.txt`), nor a verb with no object before "with"
("the club is run with Foo": `joint_runs`), nor money ("with funding from Foo").
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.rules.founders import PASSIVE, TOGETHER, past_own_word, subject_of
from collabgraph.extract.rules.reader import SentenceReader

LABELS: frozenset[str] = frozenset()
"""This family reads no cues: it reads the verbs of `vocab/joint_doing_verbs.txt`."""

_DOING = vocab.words("joint_doing_verbs")
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


def _home_of(reader: SentenceReader, m) -> bool:
    """Whether a listed name is the body of the person before it ("with my friend Jo
    Tern from the Youth Council": the council is where Jo is from, not a partner)."""
    k = m.start - 1
    k -= k > reader.sent.start and reader.words[k] == "the"
    return k > reader.sent.start and reader.words[k] in {"from", "of", "at"}


__all__ = ["LABELS", "done_with"]
