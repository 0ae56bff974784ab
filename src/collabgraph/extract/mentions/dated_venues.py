"""Venues written after a date or a time, as an event's or a meeting's header line
gives them: "Tuesday 4 March 2025, 7pm, Dale Community Centre", "Saturday 29 March,
Kelby Quaker Meeting House", "Forum: 29 November, 2pm, Dale Methodist Church - guest
speaker ...", "Save the date: 18 June, Kelby Wool Hall". The name set off by a
comma after the date or time, ending in a building's word (as `listed_venues` reads
one) and ending its line or clause, is where the occasion is: a venue, a place
(corpus/GOLD.md: venues are places), whatever body's word ends it;
`name_evidence` keeps it a body when the page has it act as one.
"""

from __future__ import annotations

import re

from collabgraph.extract import lexicon as lx
from collabgraph.extract.mentions.listed_venues import VOTES as LISTED_VOTES
from collabgraph.extract.mentions.listed_venues import is_building
from collabgraph.extract.mentions.mention import Mention

_WHEN_ENTS = {"DATE", "TIME"}
_CLOCK = re.compile(r"\d{1,2}([.:]\d\d)?(am|pm)|am|pm|noon|midday", re.IGNORECASE)
_CLAUSE_ENDS = {".", "(", ";", ":", "|"} | lx.DASHES
VOTES = LISTED_VOTES
"""Place votes for a dated venue: as many as a listed venue's."""


def _when(tok) -> bool:
    """A date's or a time's last word: "March", "2025", "7pm", "10am–12pm"."""
    return tok.ent_type_ in _WHEN_ENTS or _CLOCK.fullmatch(tok.text) is not None


def dated_venue_votes(doc, sent, mentions: list[Mention]) -> None:
    """Place votes for a building's name set off after a date or a time."""
    for m in mentions:
        if m.title or not is_building(doc, m):
            continue
        k = m.start - 1
        if k >= sent.start and doc[k].lower_ == "the":
            k -= 1
        if k - 1 < sent.start or doc[k].text != "," or not _when(doc[k - 1]):
            continue
        if (
            m.end < sent.end
            and doc[m.end].text not in _CLAUSE_ENDS
            and "\n" not in doc[m.end - 1].whitespace_ + doc[m.end].text
        ):
            continue
        m.votes["Place"] += VOTES
