"""The page's event is held at the venue the page names: a write-up about one
event ("Northtown Food Summit") that names a place with a venue's head word
("Dale Community Centre", "Kelby Racecourse", `vocab/page_venue_heads.txt`) names where
the event was held, wherever in the page it names it ("thanks to the team at
Dale Community Centre"), or after the date or time in a record's header ("Held 5
June 2025, Dale Civic Centre, 7pm"). Read from the kept entities when the seed is built.
"""

from __future__ import annotations

import re

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.context import DocumentContext
from collabgraph.extract.coref import Entity
from collabgraph.extract.rules.place_ties import OTHER_OCCASION_WORDS
from collabgraph.extract.rules.reader import FOCUS_EVENT_NOUNS
from collabgraph.extract.written_dates import MONTH_RE

_VENUE_HEADS = vocab.words("page_venue_heads")
_OUTDOOR_HEADS = vocab.words("page_venue_outdoor_heads")
_WORDS_BEFORE = vocab.words("page_venue_words_before")
_CONTACT = [w.split() for w in vocab.words("page_venue_contact_words")]
_REACH = 6  # words before a venue read for a contact phrase or another occasion


def page_event_venues(
    entities: list[Entity], placed: set[int], page_event: Entity | None
) -> list[tuple[Entity, Entity]]:
    """(event, venue) for the page's one event and each venue the page names that
    nothing else is placed at yet (`placed`: ids of places some relation already
    has as its end). The page's event is the one the page is about
    (`page_event`, found from the headline, address and first sentences): a
    page's only other event may be a side-session held elsewhere ("workshops at
    Dale Hall" on a page about a forum). Empty when the page is about no event.

    >>> # "Northtown Food Summit ... thanks to the team at Dale Hall"
    >>> # -> [(Northtown Food Summit, Dale Hall)]
    """
    if page_event is None or page_event.type != "Event":
        return []
    event = page_event
    return [
        (event, p)
        for p in entities
        if p.type == "Place"
        and id(p) not in placed
        and (_venue(p.name) or _ground_of(p, event))
        and _named_as_where(p)
        and not _inside_longer_name(p, entities)
    ]


def _named_as_where(place: Entity) -> bool:
    """Whether the page names the venue as where something is or happens: after
    "at", "in", "to" and the like ("the team at Dale Hall"), after a possessive
    ("Fenby Club's Dale Stadium"), set beside a venue noun ("a great venue, the Dale
    Hall") or as the house of its staff ("the staff of the Fernlea Hotel";
    `vocab/page_venue_words_before.txt`). Not a venue named only as a body ("Ada
    Brook (The Dale Centre)"), listed among those present, built ("created the
    original Dale Centre"), or cut from a longer name ("Urgent Care and Trauma
    Centre")."""
    for m in place.mentions:
        k = m.sentence.find(m.surface or m.text) if m.sentence else -1
        words = [w for w in m.sentence[:k].replace(",", " ").lower().split()] if k > 0 else []
        if _elsewhere(words):
            continue
        if m.word_before in _WORDS_BEFORE:
            return True
        if words and words[-1] in lx.ARTICLES:
            words.pop()
        if any(words[-len(p) :] == p for p in _PHRASES_BEFORE):
            return True
        if k > 0 and m.block <= _HEADER_BLOCKS and after_date_fields(m.sentence[:k]):
            return True
    return False


_HEADER_BLOCKS = 3  # the lines a record opens with: its title, then when and where
_DATE_OR_TIME = re.compile(
    r"(\b(19|20)\d\d|\d{1,2}([:.]\d\d)?\s*[ap]\.?m\.?|\d{1,2}(st|nd|rd|th)?\s+%s)$" % MONTH_RE,
    re.I,
)


def after_date_fields(before: str) -> bool:
    """Whether the words before a name end in a date or a time and a comma, a short
    field of capitalised words between allowed: the header of a record of a meeting
    ("Held 5 June 2025, Dale Civic Centre", "minutes of the meeting of 9 May 2024,
    6pm, Room 4, Dale Civic Centre"), which names where it was held without a word
    of where."""
    parts = [p.strip() for p in before.split(",")]
    if len(parts) < 2 or parts[-1]:
        return False
    if _DATE_OR_TIME.search(parts[-2]):
        return True
    field = parts[-2].split()
    short = 0 < len(field) <= 4 and field[0][0].isupper()
    return short and len(parts) > 2 and _DATE_OR_TIME.search(parts[-3]) is not None


_PHRASES_BEFORE = [w.split() for w in _WORDS_BEFORE]


def _elsewhere(words: list[str]) -> bool:
    """Whether the words of a sentence before a venue name it as the place of
    something other than the page's event: a body's door the reader is asked to
    come to ("please call in to Dale House", "copies can be collected from ...";
    `vocab/page_venue_contact_words.txt`), or another occasion ("the next committee
    meeting is at the Swan Hotel", "our last conference was held at ...";
    `vocab/event_coming_words.txt`, `vocab/event_other_words.txt`)."""
    near = words[-_REACH:]
    if any(near[i : i + len(p)] == p for p in _CONTACT for i in range(len(near))):
        return True
    others = [i for i, w in enumerate(words) if w in OTHER_OCCASION_WORDS]
    return any(w.strip(".'’") in FOCUS_EVENT_NOUNS for i in others for w in words[i + 1 : i + 5])


def _venue(name: str, heads: frozenset[str] = _VENUE_HEADS) -> bool:
    """ "Dale Community Centre", "Kelby Racecourse": a name of capitalised words, more
    than the head word alone, ending in a venue's head word (`heads`; not "Hospice in
    Dale Road", a phrase)."""
    words = name.split()
    capitalised = all(not w[0].islower() for w in words)
    return len(words) > 1 and capitalised and words[-1].lower() in heads


def _ground_of(place: Entity, event: Entity) -> bool:
    """ "Victoria Park", "Riverside Gardens" (`vocab/page_venue_outdoor_heads.txt`) in
    a sentence that names the page's event or an event's noun ("festival", "race"):
    the ground the event was held on, not a park the page names in passing."""
    if not _venue(place.name, _OUTDOOR_HEADS):
        return False
    told = {(m.block, m.sent) for m in event.mentions}
    for m in place.mentions:
        words = {w.strip(".,:;!?'’\"").lower() for w in m.sentence.split()}
        if (m.block, m.sent) in told or words & FOCUS_EVENT_NOUNS:
            return True
    return False


def _inside_longer_name(place: Entity, entities: list[Entity]) -> bool:
    """ "Dale Hall" where the page also names "Dale Hall Hospital": the short form of
    a longer name that runs on past the venue's head word, not a venue."""
    low = place.name.lower().split()
    n = len(low)
    for e in entities:
        words = e.name.lower().split()
        for i in range(len(words) - n):
            if words[i : i + n] == low and e.name.split()[i + n][0].isupper():
                return True
    return False


def venue_towns(
    relations: list[dict], entities: list[Entity], ctx: DocumentContext, by_mention: dict
) -> list[tuple[Entity, Entity]]:
    """(event, town) for each event a LOCATED_IN of `relations` places at a venue
    the page says is in a town: "held at Y Hall ... Y Hall in Kelby", "at the Y
    Hotel in Kelby" (`ctx.places_within`: place mention id -> the mention ids of
    the places it is said to be in). corpus/GOLD.md: an event "held at or in" both.

    >>> # "Northtown Food Summit ... on route to Dale Hall in Kelby"
    >>> # -> [(Northtown Food Summit, Kelby)]
    """
    named = {(e.type, e.name): e for e in entities}
    out = []
    for r in relations:
        event, venue = named.get(("Event", r["from"])), named.get(("Place", r["to"]))
        if r["type"] != "LOCATED_IN" or event is None or venue is None:
            continue
        for m in venue.mentions:
            for town_id in ctx.places_within.get(m.id, ()):
                town = by_mention.get(town_id)
                kept = town is not None and named.get((town.type, town.name)) is town
                if kept and town is not venue and town.type == "Place":
                    out.append((event, town))
    return out


__all__ = ["page_event_venues", "venue_towns"]
