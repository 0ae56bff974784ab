"""Running, continued: a body's speaker telling a meeting about a programme: "Jo Tern
from Kelby Mind talked about the Walk Together project", "Ada Foss, chief officer
of Fenby Forum, introduced the Health Pals scheme", "PC Jo Tern of Kelby Police
spoke about the new Speedwatch scheme": the body the speaker is from (named between
the speaker and the verb, after "of", "from" or "at") RUNS the programme, named
with a programme's noun after it (vocab/programme_run_nouns.txt) or read as a
project already. Nothing when the sentence says who runs it ("run by", "delivered
by" after the name), nor for a speaker with no body named beside them, nor for a
body's name as the thing talked about.
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.mentions import Mention
from collabgraph.extract.mentions.tokens import OPENING_QUOTES
from collabgraph.extract.rules.described_run_by import RUN_BY
from collabgraph.extract.rules.reader import SentenceReader

LABELS: frozenset[str] = frozenset()
"""This rule reads no cues: it reads a talk verb, its speaker and its object."""

_RUN_NOUNS = vocab.words("programme_run_nouns")
_TALK_VERBS = vocab.words("programme_talk_verbs")  # "talked", "introduced": past forms
_ABOUT = frozenset({"about", "on"})
_FROM = frozenset({"of", "from", "at"})
_BEFORE_NAME = frozenset({"the", "new", "their", "its"}) | OPENING_QUOTES
_BY_REACH = 4  # "the Foo project, run by", "the Foo scheme, which is run by"


def talked_projects(reader: SentenceReader) -> None:
    """The kinds in the module docstring."""
    for m in reader.ms:
        if not _programme(reader, m):
            continue
        verb = _talk_verb(reader, m)
        if verb is None or _run_by_after(reader, m):
            continue
        person = _speaker(reader, verb)
        if person is None:
            continue
        body = _body_beside(reader, person, verb.i)
        if body is not None:
            reader.relate(body, "RUNS", m, confidence=0.55)


def _programme(reader: SentenceReader, m: Mention) -> bool:
    """Whether `m` is a programme by its reading, or by a programme's noun right after
    it ("the Walk Together project"), and no body's, person's or place's name."""
    kind = reader.kind(m)
    after = reader.words[m.end] if m.end < reader.sent.end else ""
    return kind == "Project" or (kind is None and after in _RUN_NOUNS)


def _talk_verb(reader: SentenceReader, m: Mention):
    """The talk verb `m` is told about: its object ("introduced the Foo project") or
    the object of its "about"/"on" ("talked about the Foo scheme"); None otherwise."""
    k = m.start
    while k > reader.sent.start and reader.words[k - 1] in _BEFORE_NAME:
        k -= 1
    if k <= reader.sent.start:
        return None
    before = reader.doc[k - 1]
    verb = before.head if before.lower_ in _ABOUT else before
    if before.lower_ not in _ABOUT and not (k == m.start or reader.words[k] == "the"):
        return None
    return verb if verb.lower_ in _TALK_VERBS and verb.pos_ == "VERB" else None


def _speaker(reader: SentenceReader, verb) -> Mention | None:
    """The person the verb's subject names, or names in apposition ("our guest
    speaker, Jo Tern from Kelby Mind, talked about"); None for anyone else."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    for tok in (subj, *(c for c in subj.children if c.dep_ == "appos")) if subj else ():
        person = reader.covering.get(tok.i)
        if person is not None and reader.kind(person) == "Person":
            return person
    return None


def _run_by_after(reader: SentenceReader, m: Mention) -> bool:
    """Whether a run verb and "by" follow the name ("the Foo scheme, run by Bar")."""
    words = reader.words[m.end : min(m.end + _BY_REACH + 2, reader.sent.end)]
    return any(w in RUN_BY for w in words) and "by" in words


def _body_beside(reader: SentenceReader, person: Mention, verb_i: int) -> Mention | None:
    """The body named after "of", "from" or "at" between the speaker and the verb
    ("Jo Tern from Kelby Mind", "Ada Foss, chief officer of Fenby Forum,")."""
    found = None
    for o in reader.ms:
        if person.end <= o.start and o.end <= verb_i and reader.kind(o) == "Organisation":
            k = o.start - 1
            k -= k > person.end and reader.words[k] == "the"
            if reader.words[k] in _FROM:
                found = o
    return found


__all__ = ["LABELS", "talked_projects"]
