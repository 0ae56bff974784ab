"""Where an event was held: "took place at the Old Mill College", "was held at
Dale Museum", "a sharing event at Dale Chapel", "an event held in the Dale
Institute". The name there is a venue, a
place (corpus/GOLD.md: venues are places), whatever body's word ends it;
`name_evidence` keeps it a body when the page has it act as one.
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.mentions.mention import Mention

_HOLDING_VERBS = vocab.words("event_venue_verbs")
_TAKING = vocab.words("venue_taking_place_verbs")
_PREPOSITIONS = {"at", "in"}  # "held in the Senedd", "an event in Dale Chapel"
VENUE_VOTES = 3
"""The votes for a place that `event_venue` gives a mention."""


def event_venue(doc, m: Mention, sent, mentions: list[Mention] = ()) -> bool:
    """The name is where an event was: after "at" or "in" (and "the") that hangs from a
    verb of holding ("was held at", `vocab/event_venue_verbs.txt`), from "took place"
    (`vocab/venue_taking_place_verbs.txt`), from an event's noun in lower case
    ("a sharing event at Dale Chapel", `vocab/head_event.txt`) or right after a
    named event ("our Annual KYA at Dale Academy": `mentions`, the sentence's)."""
    k = m.start - 1
    if k > sent.start and doc[k].lower_ == "the":
        k -= 1
    if k < sent.start or doc[k].lower_ not in _PREPOSITIONS:
        return False
    if doc[m.start : m.end].root.head.i != k:
        return False
    head = doc[k].head
    if head.pos_ == "VERB" and head.lower_ in _HOLDING_VERBS:
        return True
    if head.lower_ in _TAKING and any(c.lower_ == "place" for c in head.children):
        return True
    noun = doc[k - 1] if k > sent.start else head  # the parse may hang "at" elsewhere
    if any(t.is_lower and t.lower_ in lx.EVENT_HEADS for t in (head, noun)):
        return True
    return doc[k].lower_ == "at" and any(o.end == k and _named_event(o) for o in mentions)


def _named_event(m: Mention) -> bool:
    """The mention is an event's name by its own words ("Kelby Carnival", "Annual KYA")."""
    return bool(m.votes) and m.votes.most_common(1)[0][0] == "Event"


__all__ = ["VENUE_VOTES", "event_venue"]
