"""Names in an organiser's slot are no events: "organised by Kelby Arts Trust and Tern
Dialogue", "hosted jointly by A and the Fenby Forum". Whoever organises, hosts, runs or
convenes is a body or a person (corpus/GOLD.md: ORGANISED is from a Person or an
Organisation), whatever event's noun ends its name ("Dialogue", "Forum", "Assembly").
The verbs are data (vocab/by_verbs_organiser.txt); the slot is the name right after
"<verb> by" (one adverb between: "organised jointly by") and every name listed with it.
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.mentions.mention import Mention

_BY_ORGANISER = vocab.words("by_verbs_organiser")


def _after_organising_by(doc, start: int, sent_start: int) -> bool:
    """ "organised by" or "organised jointly by" right before token `start`."""
    if start - 2 < sent_start or doc[start - 1].lower_ != "by":
        return False
    verb = doc[start - 2]
    if verb.lower_ not in _BY_ORGANISER and verb.pos_ == "ADV" and start - 3 >= sent_start:
        verb = doc[start - 3]
    return verb.lower_ in _BY_ORGANISER


def organisers_not_events(doc, sent, mentions: list[Mention]) -> None:
    """Move an organiser's event votes to a body (after `list_votes`, which lists the
    names read together: `Mention.listed_with`)."""
    for m in mentions:
        if not _after_organising_by(doc, m.start, sent.start):
            continue
        for o in [m, *(o for o in m.listed_with if o.start > m.start)]:
            event = o.votes.pop("Event", 0)
            if event:
                o.votes["Organisation"] += event
