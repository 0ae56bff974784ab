"""Seats taken by election or by joining a committee or board named by its words
only (the membership family, continued): "Jo Tern and Sam Reed were elected to the
committee", "Ada Foss joins the committee as the representative of Foo WI", "were
elected to the steering committee", "was co-opted onto the board": each person
named as the verb's subject (with those listed with them) holds a seat (MEMBER_OF)
in the role `vocab/committee_seats.txt` gives: at the body "the board" is of
(`board_owner`), else at the page's own body (queued for
`page_organisation.place_posts`). Not when a
body is named after the seat ("the committee of Foo Trust", "the board's finance
committee": read elsewhere), nor a meeting ("the committee meeting"), nor with a
negation ("was not elected"). No cue labels of its own.
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.mentions import Mention
from collabgraph.extract.mentions.tokens import SUBJECT_DEPS
from collabgraph.extract.rules.board_owners import board_owner
from collabgraph.extract.rules.reader import POSSESSIVE, SentenceReader
from collabgraph.extract.rules.welcomed_seats import owned_phrase_at

LABELS: frozenset[str] = frozenset()
"""The cue labels (pattern files) this family's rules read: none."""

_SEATS = vocab.table("committee_seats")  # "steering committee" -> steering committee member
_LONGEST = max(len(phrase.split()) for phrase in _SEATS)
_ELECTING = vocab.words("seat_electing_verbs")
_JOINING = vocab.words("committee_joining_verbs")
_INTO = frozenset({"to", "onto"})
_OWNERS = vocab.words("committee_owner_words")
_NOT_AFTER = frozenset({"NOUN", "PROPN"})  # "the committee meeting": no seat


def committee_seats(reader: SentenceReader) -> None:
    """ "A and B were elected to the committee", "A joins the steering group": A and B
    hold the seat at its body (see the module)."""
    words, end = reader.words, reader.sent.end
    for k in range(reader.sent.start + 1, end - 2):
        word, verb = words[k], k
        if word == "opted" and words[k - 2 : k] == ["co", "-"]:
            word, verb = "co-opted", k - 2  # "co-opted", split in three
        if word in _ELECTING and words[k + 1] in _INTO:
            at = k + 2
        elif word in _JOINING:
            at = k + 1
        else:
            continue
        seat = _seat_at(reader, at)
        if seat is None:
            continue
        role, owner_word = seat
        people = _subjects(reader, verb)
        if not people:
            continue
        body = board_owner(reader, at) if owner_word == "the" and role == "board member" else None
        for p in people:
            if body is not None:
                reader.relate(p, "MEMBER_OF", body, role=role, confidence=0.6)
            else:
                reader.ctx.unplaced_posts.append((p.id, role, reader.evidence, "page"))


def _seat_at(reader: SentenceReader, k: int) -> tuple[str, str] | None:
    """(the seat's role, the owner word) for "the/our" and a committee's or board's
    words at token k, the longest phrase, with no body named after them and no noun
    going on ("the committee meeting"); else None."""
    words, end = reader.words, reader.sent.end
    found = owned_phrase_at(words, k, end, _OWNERS, _SEATS, _LONGEST)
    if found is None:
        return None
    role, after = found
    if after < end and (
        words[after] == "of"
        or words[after] in POSSESSIVE
        or reader.doc[after].pos_ in _NOT_AFTER
        or after in reader.by_start
    ):
        return None
    return role, words[k]


def _subjects(reader: SentenceReader, k: int) -> list[Mention]:
    """The people the verb at token k is said of: its subject in the parse (or the
    subject of the verb it is joined to: "A was re-elected chair and B joined the
    committee" reads B) and those listed with it; [] when the verb is negated or
    its subject names no person. With no subject in the parse (a clause it takes
    for another's: "B was elected secretary and A joins the committee"), the person
    named just before the verb."""
    verb = reader.doc[k]
    if any(c.dep_ == "neg" for c in verb.children):
        return []
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None:
        return _named_just_before(reader, k)
    return reader.named_by([subject], {"Person"})


_AUXILIARIES = vocab.words("committee_seat_gap_words")


def _named_just_before(reader: SentenceReader, k: int) -> list[Mention]:
    """The person whose name ends right before token k, past auxiliaries ("A has
    also joined"); []."""
    j = k
    while j > reader.sent.start and reader.words[j - 1] in _AUXILIARIES:
        j -= 1
    person = reader.by_end.get(j)
    return [person] if person is not None and reader.kind(person) == "Person" else []


__all__ = ["LABELS", "committee_seats"]
