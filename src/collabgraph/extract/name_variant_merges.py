"""One named thing written two ways, merged into one entity when only one
other name fits.

"the Combined Authority" is "Northtown Combined Authority" and "Harvest Futures"
is "Harvest Futures Hackathon": a name one word longer, of the same type
(`merge_one_word_more`); "the Members’ Grant Fund" is "the Member Grant Fund": a
plural possessive written once without its mark (`merge_possessive_plurals`);
"the Grants Board" is "National Heritage Grants Board": the last words of a longer
name (`merge_name_tails`). `coref` runs these with `body_merges`' short forms of
bodies.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from collabgraph.extract import vocab
from collabgraph.extract.lexicon import EVENT_COMPOUND_HEADS
from collabgraph.extract.mentions.acronyms import CONNECTORS
from collabgraph.extract.name_forms import head_type

if TYPE_CHECKING:
    from collabgraph.extract.coref import Entity
    from collabgraph.extract.entity_merges import Merges

_DROPPED_QUALIFIERS = vocab.words("name_dropped_qualifiers")
_HEADLINE_JOINS = CONNECTORS - {"and", "&"}


def merge_one_word_more(entities: list[Entity], merges: Merges) -> None:
    """ "the Combined Authority" is "Northtown Combined Authority" when only one
    fits; "Harvest Futures" is "Harvest Futures Hackathon" when the document has
    both: a name one word longer, of the same type."""
    for e in entities:
        if merges.gone(e) or e.type is None:
            continue
        words = [w.lower() for w in e.words()]
        found = []
        for o in entities:
            if o is e or merges.gone(o) or o.type != e.type:
                continue
            other = [w.lower() for w in o.words()]
            extra = len(other) - len(words)
            if extra != 1:
                continue
            if (
                e.type == "Organisation"
                and other[1:] == words
                and (len(words) >= 2 or _dropped_qualifier(other[0], words[0]))
            ) or (
                e.type in {"Event", "Project", "Report"}
                and other[:-1] == words
                and (head_type(other[-1]) == e.type)
            ):
                found.append(o)
        if len({id(merges.target(o)) for o in found}) == 1:
            merges.merge(e, found[0])


def merge_possessive_plurals(entities: list[Entity], merges: Merges) -> None:
    """ "the Members’ Grant Fund" is "the Member Grant Fund" (and "the
    Ward Members’ Grant Fund"): one word written once as a plural possessive
    and once as a singular (or a plural without its mark) before the same head
    word, a body or a programme either way (the type is settled from both forms'
    votes), when only one name fits."""
    named = [e for e in entities if e.type in _POSSESSIVE_PLURAL_TYPES and len(e.words()) >= 2]
    keys = {id(e): [w.casefold().replace("’", "'") for w in e.words()] for e in named}
    for e in named:
        if merges.gone(e) or not any(w.endswith("s'") for w in keys[id(e)][:-1]):
            continue
        found = [
            o
            for o in named
            if o is not e and not merges.gone(o) and _plural_of(keys[id(e)], keys[id(o)])
        ]
        if len({id(merges.target(o)) for o in found}) == 1:
            one = merges.target(found[0])
            if {one.type, e.type} == _POSSESSIVE_PLURAL_TYPES and keys[id(e)][-1] in _OWNED_HEADS:
                # a programme under one form (run, given) is one under the other,
                # whatever a fund's head word votes at each mention
                for m in (*one.mentions, *e.mentions):
                    m.votes["Project"] += m.votes.pop("Organisation", 0) + 1
            merges.merge(one, e)


_POSSESSIVE_PLURAL_TYPES = frozenset({"Organisation", "Project"})
_OWNED_HEADS = vocab.words("owned_programme_heads")


def _plural_of(plural: list[str], other: list[str]) -> bool:
    """The same words but one, before the same last word: 'members'' in the one,
    'member' or 'members' in the other, which may leave off the one's first
    words ('county councillors' grant fund', 'councillor grant fund')."""
    if len(plural) < len(other) or plural[-1] != other[-1]:
        return False
    differ = [(a, b) for a, b in zip(plural[-len(other) :], other, strict=True) if a != b]
    return (
        len(differ) == 1
        and differ[0][0].endswith("s'")
        and differ[0][1] in {differ[0][0][:-2], differ[0][0][:-1]}
    )


def merge_name_tails(entities: list[Entity], merges: Merges) -> None:
    """ "the Grants Board" is "National Heritage Grants Board", "the Green Spaces
    Programme" is "Kelby Green Spaces Programme", "the Village Awards" is "Westmoor
    Village Awards": the last words of one longer name of the same type, two words
    or more ending in a head word of that type (or, for an event, two: "the Open
    Studios" is "Seaton Bay Open Studios"), when only one name ends so; not a
    headline's words before a name ("Grant for Kelby Libraries"), which a small
    word joins to it."""
    bodies = [e for e in entities if e.type in {"Organisation", "Project", "Event"}]
    lowered = {id(e): [w.lower() for w in e.words()] for e in bodies}
    for e in bodies:
        words = lowered[id(e)]
        if merges.gone(e) or len(words) < 2 or words[0] == "the":
            continue
        if head_type(words[-1]) != e.type and not _compound_event(e.type, words):
            continue
        n = len(words)
        found = {
            id(merges.target(o)): o
            for o in bodies
            if o is not e
            and not merges.gone(o)
            and o.type == e.type
            and len(lowered[id(o)]) > n
            and lowered[id(o)][-n:] == words
            and not any(w in _HEADLINE_JOINS for w in lowered[id(o)][:-n])
        }
        if len(found) == 1:
            merges.merge(e, next(iter(found.values())))


def _compound_event(kind: str | None, words: list[str]) -> bool:
    """ "Open Studios", "Fun Run": an event's name ending in two words that make it
    one though the last alone does not (`vocab/head_event_compounds.txt`)."""
    return kind == "Event" and " ".join(words[-2:]) in EVENT_COMPOUND_HEADS


def _dropped_qualifier(first: str, word: str) -> bool:
    """'Mint' is 'Royal Mint': one word, not a head word, after a qualifier a
    body's name may drop (`vocab/name_dropped_qualifiers.txt`)."""
    return first in _DROPPED_QUALIFIERS and head_type(word) is None
