"""A town written after a venue or a street, a comma between: "St Luke's Church,
Ashby Tarn", "14 Ropewalk, Brightmoor", "Mill Road, Fernlea", "the Wool Hall,
Dunmarsh, and online". Written the way an address is, the name after the comma
says where the venue stands: a place (corpus/GOLD.md: towns are places), not the
short form of a body named after the town ("Brightmoor Aid Society", which
`body_merges` takes a name with few votes for) nor a person the recogniser reads
in a lone unknown word. The venue so given an address is a place too ("Holy Trinity
Church, Eastbank", "Dale Youth Centre, Mill Road"), not the body the recogniser may
read in a name ending in "Church" or "Centre". Run by `context_votes`.

The venue is read from its last word (`vocab/head_venue.txt`: hall, church, centre;
`vocab/place_street_heads.txt`: road, lane, street), or a house number before one
capitalised word ("14 Ropewalk"). The town is a bare name (no head word of any
type: not "Kelby Hall, Fenby Library and ..." nor "Dale Hall, Fenby Trust"), not
opened by a given name ("Kelby Hall, Ada Brook"), and not joined on by "and" to
more names (a list of bodies or venues, not an address).

A town set off after a body's name on a line of a list of grants or awards
("Fenby Lunch Club, Kelby – £2,500", "Club of the Year: Jo Tern Bakes, Kelby")
is a place the same way (`_line_town`); so is one set off after a body's name in a
sentence or a sign-off ("GP at Kelby Surgery, Fenby, and ...", "vicar of St Wenlo's,
Fenby": `_body_town`). `rules/place_arcs` places the body there.
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.mentions.given_names import is_given_name
from collabgraph.extract.mentions.heads import head_kind
from collabgraph.extract.mentions.mention import Mention
from collabgraph.extract.mentions.street_joins import addressed_street
from collabgraph.extract.mentions.tokens import POSSESSIVE, POSSESSIVE_S, SAINT_WORDS, lower_word
from collabgraph.extract.mentions.where_lists import bare_name

_STREET_HEADS = vocab.words("place_street_heads")
_ROOM_HEADS = vocab.words("venue_room_heads")
_LIST_JOINS = {"and", "&", "or"}
_MOST_WORDS = 3  # "Ashby Tarn", "Upper Dunmarsh": a town's name is short
ADDRESS_TOWN_VOTES = 4
"""As many as a hometown gets ("Jane Doe (21) from Dalby"): over the recogniser's
reading and a body's short form."""
ADDRESS_VENUE_VOTES = 3
"""For a venue-headed name given an address: over the recogniser's 2 for a body."""


def address_town_votes(doc, sent, mentions: list[Mention]) -> None:
    """Place votes for each name a comma sets after a venue or a street; such a
    name is a name whatever the tagger reads in its word ("14 Ropewalk, Brightmoor":
    not `Mention.not_proper_noun`, which leaves a lone word out of the seed)."""
    by_start = {m.start: m for m in mentions}
    by_end = {m.end: m for m in mentions}
    for m in mentions:
        if _address_town(doc, sent, m, by_end):
            m.votes["Place"] += ADDRESS_TOWN_VOTES
            m.not_proper_noun = False
        after = by_start.get(m.end + 1)
        if after is not None and _venue_given_address(doc, sent, m, after):
            m.votes["Place"] += ADDRESS_VENUE_VOTES
        if (room := _room_before(doc, sent, m, by_end)) is not None:
            m.votes["Place"] += ADDRESS_VENUE_VOTES  # the building
            if room.end - room.start > 1:  # "Council Chamber": no council's; not "Room"
                room.votes["Place"] += ADDRESS_VENUE_VOTES


def _room_before(doc, sent, m: Mention, by_end: dict[int, Mention]) -> Mention | None:
    """The room's name before a building's: "Committee Room 2, Kelby Civic Centre",
    "the Council Chamber, Fenby Town Hall": a venue-headed name a comma sets after a
    room's name (`vocab/venue_room_heads.txt`, a number after it or not) is the
    building the room is in, and both are places, whatever few votes a record's
    header gives them."""
    comma = m.start - 1
    if comma - 1 <= sent.start or doc[comma].text != ",":
        return None
    if lower_word(doc[m.end - 1]) not in lx.VENUE_HEADS:
        return None
    end = comma - 1 if doc[comma - 1].like_num else comma  # "Room 2"
    room = by_end.get(end)
    if room is None or lower_word(doc[room.end - 1]) not in _ROOM_HEADS:
        return None
    return room


def _venue_given_address(doc, sent, venue: Mention, after: Mention) -> bool:
    """ "Holy Trinity Church, Eastbank", "Dale Youth Centre, Mill Road, Kelby": a name
    ending in a venue's head word (`vocab/head_venue.txt`, not a street's) that a
    comma sets before its town or street is the venue, not a body of that name."""
    low = lower_word(doc[venue.end - 1])
    if low not in lx.VENUE_HEADS or low in _STREET_HEADS or doc[venue.end].text != ",":
        return False
    if after.end < sent.end and doc[after.end].lower_ in _LIST_JOINS:
        return False  # "Dale Hall, Fenby Library and ...": a list
    street = lower_word(doc[after.end - 1]) in _STREET_HEADS
    return street or (_bare_name(doc, after) and _venue_ends(doc, sent, venue.end - 1))


def _address_town(doc, sent, m: Mention, by_end: dict[int, Mention]) -> bool:
    comma = m.start - 1
    body = by_end.get(comma)
    if comma - 1 < sent.start or doc[comma].text != ",":
        return False
    if not _bare_name(doc, m):
        return False
    if m.end < sent.end and doc[m.end].lower_ in _LIST_JOINS:
        return False  # "Dale Hall, Fenby and Marlow Trust": a list
    if _venue_ends(doc, sent, comma - 1) or _line_town(doc, sent, m, body):
        return True
    return _body_town(doc, sent, m, _body_before(doc, sent, comma, body, by_end), by_end)


def _body_before(doc, sent, comma: int, body, by_end: dict[int, Mention]) -> Mention | None:
    """The name the comma closes, past a possessive the name leaves out ("St
    Wenlo's, Kelby": the name is "St Wenlo")."""
    if body is not None or comma - 2 < sent.start or doc[comma - 1].lower_ not in POSSESSIVE_S:
        return body
    return by_end.get(comma - 1)


def _body_town(doc, sent, m: Mention, body: Mention | None, by_end: dict[int, Mention]) -> bool:
    """ "GP partner at Kelby Surgery, Upper Dalewick, and clinical lead", "Marlow
    Hospice, Fenby, welcomed ...", "vicar of St Wenlo's, Fenby": a bare name
    set off after a body's name (its last word a body's head word, or a church named
    for its saint) that closes the sentence or a clause is the body's town, the way
    an address or a sign-off says where a body is; not an item of a list of names
    ("Kelby Foodbank, Fenbyco, Dale Aid ..."; "A, Kelby Foodbank, Fenbyco")."""
    if body is None or body.end > m.start - 1 or not _town_owner(doc, body, m.start - 1):
        return False
    if not bare_name(doc, m.start, m.end):
        return False  # "Kelby Council, Commissioning": a department, no town
    before = body.start - 1
    if before > sent.start and doc[before].text == "," and before in by_end:
        return False  # "A, Kelby Foodbank, Fenbyco": a list
    end = m.end
    if end >= sent.end or doc[end].is_space or doc[end].text in lx.CLAUSE_ENDS:
        return True
    if doc[end].text != "," or end + 1 >= sent.end:
        return False
    k = end + 1
    if doc[k].lower_ in _LIST_JOINS:
        k += 1  # "Kelby Surgery, Fenby, and the Dale Trust": a list
    while k < sent.end - 1 and doc[k].pos_ == "DET":
        k += 1
    if k >= sent.end or doc[k].like_num:
        return False  # "the Lunch Club, Fenby WI, two yoga classes": a list
    return not doc[k].text[:1].isupper()


def _town_owner(doc, body: Mention, comma: int) -> bool:
    """Whether the name before the comma is a body's: its last word a body's head
    ("Surgery", "Hospice", "Club"), or a saint's church ("St Wenlo's")."""
    if doc[comma - 1].lower_ in POSSESSIVE_S:
        return doc[body.start].lower_ in SAINT_WORDS and body.end - body.start == 2
    return head_kind(lower_word(doc[body.end - 1]))[0] == "Organisation"


def _line_town(doc, sent, m: Mention, body: Mention | None) -> bool:
    """ "Fenby Lunch Club, Kelby – £2,500", "Club of the Year: Jo Tern Bakes, Kelby",
    "The Fenby Youth Club, Kelby, £900 for ...": a bare name set off after a body's
    name (`_named_body`) that closes the line or stands before a dash, a colon or a
    comma and a sum, the way a list of grants or awards says where each body is;
    the name is bare as a listed place's is (`where_lists.bare_name`: no everyday
    words alone, no field of work)."""
    if body is None or body.end != m.start - 1 or not _named_body(doc, body):
        return False
    if not bare_name(doc, m.start, m.end):
        return False  # "Fenby Cakes, Good Talk" (everyday words), "Jo Tern, Kelby Health"
    if m.end >= sent.end or doc[m.end].is_space:
        return True
    after = doc[m.end].text
    if after in lx.DASHES or after == ":":
        return True
    return after == "," and m.end + 1 < sent.end and "£" in doc[m.end + 1].text


def _named_body(doc, body: Mention) -> bool:
    """Whether a name of two words or more may be a body's: not voted a person's or a
    place's, not a post ("Chief Executive"), not a given name and a surname."""
    words = [lower_word(t) for t in doc[body.start : body.end]]
    if len(words) < 2 or words[-1] in lx.ROLE_CORE:
        return False
    if body.votes and body.votes.most_common(1)[0][0] in {"Person", "Place"}:
        return False
    first = doc[body.start].text
    return not (len(words) == 2 and is_given_name(first) and head_kind(words[-1])[0] is None)


def _bare_name(doc, m: Mention) -> bool:
    """A town's shape: a few capitalised words, no head word of any type ("Kelby
    Hall, Fenby Library": a list of venues), not opened by a given name ("Kelby
    Hall, Ada Brook")."""
    words = list(doc[m.start : m.end])
    if not words or len(words) > _MOST_WORDS or not all(t.text[:1].isupper() for t in words):
        return False
    if head_kind(lower_word(doc[m.end - 1]))[0] is not None:
        return False
    return not (len(words) > 1 and is_given_name(words[0].text))


def _venue_ends(doc, sent, k: int) -> bool:
    """Whether the token at `k` ends a venue's or a street's name: "... Church",
    "... Road", or "14 Ropewalk" (a house number before a capitalised word)."""
    last = doc[k]
    if not last.text[:1].isupper():
        return False
    low = lower_word(last)
    if low in lx.VENUE_HEADS or low in _STREET_HEADS:
        j = k - 1
        if j > sent.start and doc[j].lower_ in POSSESSIVE:
            j -= 1  # "St Luke's Church", "the Dyers' Hall"
        return j >= sent.start and doc[j].text[:1].isupper()  # a name, not "Hall"
    if any(addressed_street(doc, k + 1 - n, k + 1, sent.start) for n in (2, 3, 4)):
        return True  # "on Kiln Row, Fenby", "4 Mill Yard, Fenby"
    return k - 1 >= sent.start and doc[k - 1].like_num and doc[k - 1].text.isdigit()


__all__ = ["ADDRESS_TOWN_VOTES", "ADDRESS_VENUE_VOTES", "address_town_votes"]
