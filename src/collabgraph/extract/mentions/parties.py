"""Political parties in names (`vocab/party_adjectives.txt`,
`vocab/party_leader_posts.txt`, `vocab/party_not_political.txt`): whether a name is
a party's ("Labour", "the Kelby Party"; not "the Kelby Working Party"), and when
a party's name only says what a person is ("a Labour councillor") or names a
leader's office ("Westshire Party Leader Jane Doe"), no body that acts (for
`shape.not_a_name` and `rules.affiliations`).
"""

from __future__ import annotations

from collabgraph.extract import vocab

_PARTIES = vocab.words("party_adjectives")
_PARTY_LEADERS = vocab.words("party_leader_posts")
_NOT_POLITICAL = vocab.words("party_not_political")


def party_before_post(doc, start: int, end: int, words: list[str]) -> bool:
    """ "the Liberal Democrat spokesperson", "a Labour councillor": a party's name
    (`vocab/party_adjectives.txt`) right before a lower-case noun says what a
    person is, not a body that acts ("the Labour Party" is a name)."""
    return (
        " ".join(words) in _PARTIES
        and end < len(doc)
        and doc[end].is_lower
        and doc[end].pos_ in {"NOUN", "PROPN"}
        and doc[end].lower_ not in {"party", "parties"}
    )


def party_name(text: str) -> bool:
    """Whether a name is a political party's: a name of `vocab/party_adjectives.txt`
    ("Labour", "Greens") or one ending in "Party" but a working party's."""
    words = text.casefold().split()
    if not words:
        return False
    if " ".join(words) in _PARTIES:
        return True
    return len(words) >= 2 and words[-1] == "party" and words[-2] not in _NOT_POLITICAL


def party_as_leaders_office(doc, start: int, end: int, words: list[str]) -> bool:
    """ "Westshire Party Leader Jane Doe", "Jane Doe, the leader of the Kelby Party": a
    political party named only in its leader's post (`vocab/party_leader_posts.txt`)
    is the person's office, not a body that acts; not "the Kelby Working Party"."""
    if len(words) < 2 or words[-1] != "party" or words[-2] in _NOT_POLITICAL:
        return False
    after = end < len(doc) and doc[end].lower_ in _PARTY_LEADERS
    before = (
        start >= 3
        and doc[start - 1].lower_ == "the"
        and doc[start - 2].lower_ == "of"
        and doc[start - 3].lower_ in _PARTY_LEADERS
    )
    return after or before
