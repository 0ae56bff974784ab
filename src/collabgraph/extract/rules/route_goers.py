"""Who and what go an occasion's route, for `event_venues.route_venues`: "1,400
walkers set off from Y Racecourse for the Foo Midnight Walk", "the 10km route
started and finished at Y Park", "the procession set off from Y Bus Station" on a
page about the Foo Carnival 2031: the occasion whose route it is."""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.mentions.event_venues import ROUTE_NOUNS
from collabgraph.extract.rules.reader import SentenceReader

GOERS = vocab.words("event_route_goers")
"""Plural nouns for those who go a route ("walkers", "runners")."""
_HOSTS = vocab.words("event_route_hosts")
PATHS = frozenset({"route", "course"})
"""Nouns for the route itself: "the 10km route started and finished at Y Park"."""


def route_word(word: str) -> bool:
    """Whether a name's last word is a route's noun ("walk", "parade"), as a
    compound's end too ("moonwalk"), or an occasion a procession is part of
    (`vocab/event_route_hosts.txt`: "carnival")."""
    return word in _HOSTS or any(
        word == n or (len(word) > len(n) + 2 and word.endswith(n)) for n in ROUTE_NOUNS
    )


def goers_event(reader: SentenceReader, verb, sub) -> int | None:
    """ "1,400 walkers set off from Y Racecourse for the Foo Midnight Walk",
    "Walkers set off from Y Market Place" on a page about the Foo Moonwalk: those
    who go the route (`vocab/event_route_goers.txt`) start the named Event of the
    verb's "for" phrase, else the page's own event when its name ends in a route's
    noun; not "the walkers" of some other occasion ("our walkers")."""
    if any(c.dep_ == "poss" for c in sub.children):
        return None
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "for":
            for g in c.children:
                m = reader.covering.get(g.i)
                if g.dep_ == "pobj" and m is not None and reader.kind(m) == "Event":
                    return m.id
    page = reader.ctx.page_event
    return page if page is not None and route_word(last_word(reader, page)) else None


def last_word(reader: SentenceReader, mention_id: int) -> str:
    """The last word of a mention's name, a year or number after it left off
    ("Foo Carnival 2031" -> "carnival")."""
    words = reader.ctx.mentions[mention_id].text.lower().split()
    while len(words) > 1 and words[-1].isdigit():
        words.pop()
    return words[-1] if words else ""
