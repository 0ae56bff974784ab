"""Members of a club named by its members' plural: "Jane Doe of the bellringers",
"John Roe from the ramblers" (the body last named ending in that word,
`vocab/head_organisation_clubs.txt`: "Fenby Bellringers"): the person is a member
(MEMBER_OF), and the words make the name a person's even when the recogniser
called it a body. Membership, continued; no cue labels of its own.
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract.mentions.given_names import is_given_name
from collabgraph.extract.rules.reader import SentenceReader

LABELS: frozenset[str] = frozenset()
"""The cue labels (pattern files) this family's rules read: none."""

_LINKS = {"of", "from"}
_PERSON_VOTE = 3  # the words say a person: more than the recogniser's 2 for a body


def club_members(reader: SentenceReader) -> None:
    """ "Bryony Hale of the bellringers said ...": a person-shaped name (two or three
    words opening with a given name, or a person), then "of"/"from", "the" and a
    club's plural in lower case, standing in no name: a member of the body last
    named ending in that plural, or of the one the next sentences of the paragraph
    name so ("... Fenby Bellringers have rung there for a century"); nothing when
    the page names no such body."""
    for m in reader.ms:
        noun = _club_after(reader, m)
        club = reader.ctx.recent_with_word(noun, "Organisation") if noun else None
        if club is not None and club.id != m.id:
            person_member(reader, m, club)
    for club in reader.ms:  # the club named after its members were
        words = club.text.lower().split()
        if reader.kind(club) != "Organisation" or words[-1] not in lx.CLUB_HEADS:
            continue
        for m in reader.ctx.mentions[: min(n.id for n in reader.ms)]:
            near = m.block == club.block and club.sent - m.sent <= _NEAR
            if near and _club_after(reader, m) == words[-1]:
                person_member(reader, m, club)


_NEAR = 3  # sentences back a member may be named before the club


def _club_after(reader: SentenceReader, m) -> str | None:
    """The club's plural after mention m of this paragraph ("of the bellringers"),
    lower case and in no name, when m is shaped like a person's name; else None."""
    words, k = reader.words, m.end
    if k + 2 >= len(words) or words[k] not in _LINKS or words[k + 1] != "the":
        return None
    noun, tok = words[k + 2], reader.doc[k + 2]
    if noun not in lx.CLUB_HEADS or not tok.is_lower or not _person_shaped(reader, m):
        return None
    return noun


def person_member(reader: SentenceReader, m, club, confidence: float = 0.65) -> None:
    """m is a person and a member of the club (a name read as a body is voted a
    person's: a body would not be "of the bellringers")."""
    if reader.kind(m) != "Person" or reader.ctx.votes_for(m)["Person"] < _PERSON_VOTE:
        m.votes["Person"] += _PERSON_VOTE  # a person's too by the words around it alone
        reader.ctx.votes_for(m)["Person"] += _PERSON_VOTE
    reader.relate(m, "MEMBER_OF", club, role="member", confidence=confidence)


def _person_shaped(reader: SentenceReader, m) -> bool:
    """A person, or two or three capitalised words opening with a given name."""
    if reader.kind(m) == "Person":
        return True
    parts = m.text.split()
    return 2 <= len(parts) <= 3 and is_given_name(parts[0]) and all(p[:1].isupper() for p in parts)
