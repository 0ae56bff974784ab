"""Which names a sentence says received money, for the grant rules
(`rules/grant_receivers.py`; no rules): a name that can take a grant (a body, project or
event, or a building a group runs: "Fenby Village Hall has been awarded"; a
theatre or gallery, `vocab/grantee_building_heads.txt`, is then a body); a second
grantee joined after the first one's place ("The Dale Theatre in Kelby and Foo
Dance are among the groups sharing ..."); the body a grant "will be used by"
("A £5,000 grant will be used by Kelby's Dale Theatre to ..."); not a place
that only says where a body not named is ("A youth charity in Kelby has received").
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.mentions import Mention
from collabgraph.extract.mentions.tokens import POSSESSIVE
from collabgraph.extract.rules.grant_subjects import GRANTEE_KINDS
from collabgraph.extract.rules.reader import SentenceReader

_BUILDINGS = vocab.words("grantee_building_heads")
_AT_PLACE = {"in", "at", "from"}


def can_receive(reader: SentenceReader, m: Mention) -> bool:
    """Whether a name said to receive money can: a body, project or event, or a
    building a group runs, which then gets an organisation's votes."""
    return (
        reader.vote_building_grantee(m)
        or reader.kind(m) in GRANTEE_KINDS
        or reader.vote_organisation(m)
    )


def building_named(m: Mention) -> bool:
    """ "Fenby Village Hall", "the Dale Theatre": a name ending with a word of a
    building a group runs and takes grants for."""
    return m.text.split()[-1].lower() in _BUILDINGS


def joined_past_place(reader: SentenceReader, subject: Mention) -> list[Mention]:
    """ "The Dale Theatre in Kelby and Foo Dance are among the groups sharing ...":
    the name joined by "and" after the subject's place, right before the verb,
    when it can receive money; [] otherwise."""
    words, end = reader.words, reader.sent.end
    if subject.end >= end or words[subject.end] not in _AT_PLACE:
        return []
    place = reader.mention_at(subject.end + 1)
    if place is None or reader.kind(place) != "Place" or place.end + 1 >= end:
        return []
    m = reader.by_start.get(place.end + 1) if words[place.end] == "and" else None
    if m is None or m.end >= end:
        return []
    verb = words[m.end] in lx.BE_FORMS or reader.doc[m.end].pos_ in {"VERB", "AUX"}
    return [m] if verb and can_receive(reader, m) else []


def used_by(reader: SentenceReader, k: int) -> Mention | None:
    """ "[a grant] will be used by Foo", "used" at token k: Foo, past a place's
    possessive ("by Kelby's Dale Theatre": Dale Theatre), when it can receive money."""
    words, end = reader.words, reader.sent.end
    if not (words[k] == "used" and k + 2 < end and words[k + 1] == "by"):
        return None
    if words[k - 1] not in lx.BE_FORMS:
        return None
    m = reader.mention_at(k + 2)
    if m is not None and m.end + 1 < end and words[m.end] in POSSESSIVE:
        m = reader.by_start.get(m.end + 1, m)
    return m if m is not None and can_receive(reader, m) else None


def unnamed_body_in(reader: SentenceReader, subject: Mention | None) -> bool:
    """Whether the name before a received-money verb only says where a body not
    named is: "A youth charity in Kelby has received" (a common noun before "in" or
    "at", no name ending there; the place may be read as a body); not "Foo Trust in
    Kelby"."""
    if subject is None or reader.kind(subject) == "Person" or subject.start < 2:
        return False
    k = subject.start - 1
    return (
        reader.words[k] in {"in", "at"}
        and k not in reader.by_end
        and reader.doc[k - 1].is_lower
        and reader.doc[k - 1].pos_ == "NOUN"
    )


__all__ = ["building_named", "can_receive", "joined_past_place", "unnamed_body_in", "used_by"]
