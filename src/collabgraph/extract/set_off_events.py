"""An event's name set off by commas after the noun that says what it is: "at the
Kelby Carers conference, Caring Counts, at the Lister Building", "the town's
summer festival, Fenby Fest, drew ...". The name has no event word of its own, so
the recogniser may read it as a body; the noun before it says it is an event. The
page's own event is named so by `page_event.forms.set_off_name`; this reads any
event a sentence describes so (called by `block_reading` on each sentence's
mentions). The nouns are the page event's (`vocab/page_event_heads.txt`).
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract.mentions.mention import Mention
from collabgraph.extract.page_event.phrase_heads import HEADS

SET_OFF_VOTES = 6  # over a recogniser's body (3) and a weak body word
_ENDS = {",", "at", "in", "on", "."}  # what may follow "the X conference, Caring Counts"


def vote_set_off_events(doc, sent, mentions: list[Mention]) -> None:
    """Give Event votes to each mention written ", <Name>," right after a lower-case
    event noun ("conference, Caring Counts,"), when the name ends in no strong
    body word ("Fenby Council") and its first word is no person's."""
    for m in mentions:
        k = m.start - 1
        if k - 1 <= sent.start or doc[k].text != ",":
            continue
        noun = doc[k - 1]
        if not noun.is_lower or noun.lower_ not in HEADS:
            continue
        if m.end < sent.end and doc[m.end].lower_ not in _ENDS:
            continue  # "the conference, Jo Tern said": not set off
        last = doc[m.end - 1].lower_
        if last in lx.STRONG_ORG_HEADS or any(
            t.ent_type_ == "PERSON" for t in doc[m.start : m.end]
        ):
            continue
        m.votes["Event"] += SET_OFF_VOTES
