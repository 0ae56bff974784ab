"""Venues listed together where something is: "Warm spaces are open at Fenby Library,
the Phoenix Centre in Lowgate and Holy Trinity Church", "drop-in sessions at Kelby
Library, Ashwell Library and the Orchard Hub", "at A Library and the Kingsway
Mosque". A name ending in a building's word that is a body's as well ("Centre",
"Hub", "Mosque": `vocab/grantee_building_heads.txt`, `vocab/head_venue.txt`,
`vocab/listed_venue_heads.txt`), listed after a word of where with another name the
words so far make a venue (a place by its votes, a building's word last), is one
more venue (corpus/GOLD.md: venues are places). The opposite of
`venue_bodies.venues_listed_with_bodies`, which makes a venue's name listed with bodies
a body. Run by `context_votes` after `list_votes`, which sets `listed_with`;
`name_evidence` keeps it a body when the page has it act as one.
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.mentions.mention import Mention

_WHERE = vocab.words("where_list_prepositions") | {"at", "into"}
_BUILDINGS = (
    vocab.words("grantee_building_heads") | lx.VENUE_HEADS | vocab.words("listed_venue_heads")
)
VOTES = 4
"""Place votes for a listed building's name: as many as a venue slot's."""


def venues_listed_with_venues(doc, sent, mentions: list[Mention]) -> None:
    """Place votes for a building's name listed after "at"/"in" with another venue."""
    for m in mentions:
        if not m.listed_with or m.title or not is_building(doc, m) or _voted(m) == "Place":
            continue
        if not any(is_building(doc, o) and _voted(o) == "Place" for o in m.listed_with):
            continue
        first = min([m, *m.listed_with], key=lambda o: o.start)
        k = first.start - 1
        if k >= sent.start and doc[k].lower_ == "the":
            k -= 1
        if k >= sent.start and doc[k].lower_ in _WHERE:
            m.votes["Place"] += VOTES


def is_building(doc, m: Mention) -> bool:
    """The name's last word is a building's ("Hub", "Library", "Mosque")."""
    return doc[m.end - 1].lower_ in _BUILDINGS


def _voted(m: Mention) -> str | None:
    """The type the votes so far favour."""
    return m.votes.most_common(1)[0][0] if m.votes else None
