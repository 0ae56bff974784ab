"""Founders' posts (the employment family, continued): the person who founded a body
holds its founder's post, read from a founding verb (`vocab/founding_verbs.txt`, not
"started": "started the race") in the sentence's parse:

- passive, the founders after "by": "Foo Club, founded in 2015 by Jane Doe and her
  brother John Roe, trains ...", "Foo CIC is a company founded in 2017 by chef Jane
  Doe", "The café was set up in 2019 by Jane Doe";
- active, the founder the verb's subject: "Jane Doe founded Foo Trust", "John Roe,
  who founded the charity in 1998" (the body a "the charity" stands for).

The post is "founder" ("co-founder" after "co-"), its relation as `post_kinds.
post_relations` gives it (WORKS_FOR; a seat at a group, club or network of members).
Only people found bodies here: a body that set up another is a partner or funder
(other rules), a project set up is run (`RUNS`, other rules). Founders named together
also worked together: `founders`.
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.mentions import Mention
from collabgraph.extract.rules.founders import SET, founders_after_by, subject_of
from collabgraph.extract.rules.post_kinds import post_relations
from collabgraph.extract.rules.reader import SentenceReader

LABELS: frozenset[str] = frozenset()
"""The cue labels this family reads: none (it reads the founding verbs itself)."""

_FOUNDING = vocab.words("founding_verbs") - {"started"}
_THE = frozenset({"the", "this", "its"})


def founder_posts(reader: SentenceReader) -> None:
    """The kinds in the module docstring: each person who founded a body holds its
    founder's post (confidence 0.6)."""
    for verb in reader.sent:
        word = verb.lower_
        if word not in _FOUNDING or verb.pos_ != "VERB" or verb.tag_ not in {"VBD", "VBN"}:
            continue
        after = verb.i + 1
        if word in SET:
            if after >= reader.sent.end or reader.words[after] != "up":
                continue
            after += 1
        founders = founders_after_by(reader, after)
        if founders:
            body = _founded_passive(reader, verb)
        else:
            subject = _founder(reader, verb)
            founders = [subject] if subject is not None else []
            body = _founded_active(reader, verb)
        if body is None:
            continue
        co = verb.i >= 2 and reader.words[verb.i - 2] == "co" and reader.words[verb.i - 1] == "-"
        role = "co-founder" if co else "founder"
        for person in founders:
            if reader.kind(person) == "Person":
                rels = post_relations(role, body)
                reader.relate(person, rels, body, role=role, confidence=0.6)


def _founder(reader: SentenceReader, verb) -> Mention | None:
    """Who an active founding verb's subject is: a name, "he"/"she"
    (`founders.subject_of`), or the person a "who" clause hangs from."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ == "who" and verb.dep_ == "relcl":
        return reader.covering.get(verb.head.i)
    return subject_of(reader, verb)


def _body(reader: SentenceReader, tok) -> Mention | None:
    """The organisation a token names: the name over it, or the body "the charity" at
    it stands for (`definite_org`); None."""
    m = reader.covering.get(tok.i)
    if m is None:
        det = next((c for c in tok.children if c.dep_ in {"det", "poss"}), None)
        if det is None or det.lower_ not in _THE or det.i + 1 != tok.i:
            return None
        m = reader.definite_org(det.i)
    return m if m is not None and reader.kind(m) == "Organisation" else None


def _founded_passive(reader: SentenceReader, verb) -> Mention | None:
    """What a passive founding verb founded: the name before its comma or the name
    it hangs from ("Foo Club, founded in 2015 by"), its passive subject ("Foo Trust
    was set up by"), or the subject of the "is" whose noun it hangs from ("Foo CIC is
    a company founded by")."""
    if verb.dep_ == "acl":
        named = reader.by_end.get(verb.i - 1) if reader.words[verb.i - 1] == "," else None
        if named is not None and reader.kind(named) == "Organisation":
            return named  # "the team from Foo Group, founded in 2016 by": Foo Group
        head = verb.head
        if head.dep_ == "attr" and head.pos_ == "NOUN":
            subject = next((c for c in head.head.children if c.dep_ == "nsubj"), None)
            return _body(reader, subject) if subject is not None else None
        return _body(reader, head)
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return _body(reader, subject) if subject is not None else None


def _founded_active(reader: SentenceReader, verb) -> Mention | None:
    """What an active founding verb founded: its object ("founded Foo Trust", "founded
    the charity")."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return _body(reader, obj) if obj is not None else None


__all__ = ["LABELS", "founder_posts"]
