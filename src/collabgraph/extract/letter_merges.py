"""Letters standing alone for a named thing that is no body: "RKI" is the venue
"Royal Kelby Infirmary", "FHRP" the project "Fenby Heath Restoration Project"
(`acronym_of` says when letters spell a name). Bodies' letters are merged by
`body_merges`, which calls this after them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from collabgraph.extract.mentions.acronyms import acronym_of
from collabgraph.extract.relation_candidates import related_entities

if TYPE_CHECKING:
    from collabgraph.extract.coref import Entity
    from collabgraph.extract.entity_merges import Merges
    from collabgraph.extract.relation_candidates import Candidate

_LETTERED_TYPES = frozenset({"Place", "Project", "Event", "Report"})
_FEWEST_LETTERS = 3  # two letters spell too many names ("UK", "EU")


def merge_letters_of_things(
    entities: list[Entity], merges: Merges, candidates: list[Candidate]
) -> None:
    """Letters standing alone ("RKI") that spell the name of exactly one named
    thing on the page that is no body (a venue, a programme, an event): the same
    thing. Only letters in no relation the page states ("Jane Doe of KCC": a
    body of its own whose initials a venue shares), no place the gazetteer
    knows ("the UK"), of three letters or more; the full name's type holds.
    Letters other words type ("staff at RKI") are still merged: the thing's
    letters are as often read so."""
    things = [e for e in entities if e.type in _LETTERED_TYPES and len(e.words()) > 1]
    by_mention = {m.id: merges.target(e) for e in entities for m in e.mentions}
    related = related_entities(candidates, by_mention)
    for e in entities:
        words = e.words()
        if (
            merges.gone(e)
            or e.type == "Person"
            or len(words) != 1
            or len(words[0]) < _FEWEST_LETTERS
            or id(e) in related
            or any(m.gazetteer for m in e.mentions)
        ):
            continue
        found = {
            id(merges.target(o)): o
            for o in things
            if o is not e and not merges.gone(o) and acronym_of(words[0], o.words())
        }
        if len(found) == 1:
            for m in e.mentions:
                m.votes.clear()
            merges.merge(e, next(iter(found.values())))
