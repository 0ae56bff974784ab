"""Volunteers (the membership family, continued): a person who gives their time to
a body as a volunteer is MEMBER_OF it, role "volunteer" (corpus/GOLD.md's golds
write volunteers so; a volunteer coordinator or manager is a job, read elsewhere).
Read from the parse:
- "Jane Doe, a volunteer with Foo Men's Shed," (an appositive "volunteer" whose
  "with", "at" or "for" names the body);
- "Jane Doe volunteers at Foo Foodbank", "Jane Doe, who has volunteered with Foo
  League of Friends for 41 years" (the verb "volunteer", its subject or the
  person its clause is said of);
- in a sentence that names volunteers ("Volunteer of the Year went to Jane Doe,
  who has driven for Foo Community Transport since 1996"), a verb of giving time
  (`vocab/volunteer_service_verbs.txt`: "driven", "helped", "served") said of the person the
  same way, with "for" or "at" the body.
Not when the body after the preposition is not an organisation ("volunteered at
the Fore Street shop"), nor when the volunteer word is part of a post
("volunteer coordinator"). No cue labels of its own.
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.entity_names import local_council
from collabgraph.extract.mentions import Mention
from collabgraph.extract.mentions.tokens import SUBJECT_DEPS
from collabgraph.extract.rules.reader import SentenceReader

LABELS: frozenset[str] = frozenset()
"""The cue labels (pattern files) this family's rules read: none."""

_VOLUNTEER = vocab.words("volunteer_nouns")  # the noun, or the verb's present
_VOLUNTEERED = vocab.words("volunteer_verbs")  # the verb's forms
_SERVICE = vocab.words("volunteer_service_verbs")
_READ_WORDS = _VOLUNTEER | _VOLUNTEERED | _SERVICE  # the words the loop below reads
_TO_BODY = vocab.words("volunteer_body_preps")
_SERVICE_TO_BODY = vocab.words("volunteer_service_preps")
_ROLE = "volunteer"


def volunteer_seats(reader: SentenceReader) -> None:
    """Each person said to volunteer with a body holds a volunteer's seat there (see
    the module)."""
    if not reader.tokens_among(_VOLUNTEERED):
        return  # a sentence naming no volunteers
    for tok in reader.tokens_among(_READ_WORDS):
        word = tok.lower_
        if word in _VOLUNTEER and tok.pos_ == "NOUN" and tok.dep_ == "appos":
            person, preps = _person_at(reader, tok.head), _TO_BODY
        elif word in _VOLUNTEERED and tok.pos_ == "VERB":
            person, preps = _said_of(reader, tok), _TO_BODY
        elif word in _SERVICE and tok.pos_ == "VERB" and tok.dep_ == "relcl":
            person, preps = _said_of(reader, tok), _SERVICE_TO_BODY
        else:
            continue
        if person is None:
            continue
        for body in _bodies_after(reader, tok, preps):
            if preps is _SERVICE_TO_BODY and local_council(body.text):
                continue  # "who has served for Foo Council": a councillor's years
            reader.relate(person, "MEMBER_OF", body, role=_ROLE, confidence=0.6)


def _person_at(reader: SentenceReader, tok) -> Mention | None:
    """The person whose name token `tok` is part of, else None."""
    m = reader.covering.get(tok.i)
    return m if m is not None and reader.kind(m) == "Person" else None


def _said_of(reader: SentenceReader, verb) -> Mention | None:
    """The person a verb is said of: its subject, or (a relative clause: "Jane Doe,
    who has volunteered with") the name the clause hangs from; else None."""
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if verb.dep_ == "relcl":
        return _person_at(reader, verb.head)
    return _person_at(reader, subject) if subject is not None else None


def _bodies_after(reader: SentenceReader, tok, preps: frozenset[str]) -> list[Mention]:
    """The organisations the word's "with", "at" or "for" names (and those listed
    with them)."""
    bodies = []
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ not in preps:
            continue
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        bodies += reader.named_by(objects, {"Organisation"})
    return bodies


__all__ = ["LABELS", "volunteer_seats"]
