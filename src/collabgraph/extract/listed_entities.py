"""Which found entities a seed lists (`seed.build_seed` reads these): the checks
that leave out a name with no letters, a kind never named, a place used only as an
adjective or only a room named by what it is, a heading's stray words, and a body
named only as another's brand."""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.coref import Entity
from collabgraph.extract.mentions.shape import ranked_name
from collabgraph.model.names import name_key


def listed(e: Entity) -> bool:
    """Whether a found entity goes into the seed: it has a type and a name with
    letters; a person has two words or a title; not a rank's territory ("Duchess of
    Dalby" is a person only as a rank); not only ever a kind ("the Local Authority");
    not a place only ever used as an adjective ("UK charities") or a word read as no
    name; not a name seen only in headings with few votes (a person's full name on a
    line of its own stays)."""
    if e.type is None or not any(c.isalpha() for c in e.name):
        return False  # no name, or only a year or a number ("2019")
    words = e.name.split()
    if e.type == "Person" and len(words) < 2 and not e.title:
        return False
    # "Duchess of Dalby": a title of rank and its territory is a person's name
    if (
        e.type == "Person"
        and not ranked_name(words)
        and any(w.lower() in {"the", "of", "and"} for w in words)
    ):
        return False
    if not e.known_name and all(m.kind for m in e.mentions):
        return False  # only ever a kind of body or document: "the Local Authority"
    if (
        not e.known_name
        and e.type == "Place"
        and all(m.attributive for m in e.mentions)
        and not _owner_of_what_is_there(e)
    ):
        return False  # a place only ever used as an adjective: "UK charities"
    if (
        not e.known_name
        and e.type == "Place"
        and all(m.not_proper_noun and not m.gazetteer for m in e.mentions)
    ):
        return False  # "12 Projects based in Kelby": a word read as no name, no town
    if not e.known_name and e.type == "Place" and generic_room(e.name):
        return False  # "Committee Room 2, Kelby Civic Centre": the room, no place of its own
    only_in_headings = all(m.in_heading for m in e.mentions)
    # a person's full name on a line of its own (a caption, a signature) is still a name
    named_person = e.type == "Person" and any(
        m.ner_vote and m.ner_vote[0] == "Person" for m in e.mentions
    )
    return not (
        only_in_headings and sum(e.votes.values()) < 3 and not e.known_name and not named_person
    )


def generic_room(name: str) -> bool:
    """Whether `name` is only a room's kind, a number or letter after it allowed
    ("Committee Room 2", "Council Chamber": `vocab/place_generic_rooms.txt`)."""
    words = name.lower().split()
    while words and (words[-1].isdigit() or len(words[-1]) == 1):
        words.pop()
    return " ".join(words) in _ROOMS


def _owner_of_what_is_there(e: Entity) -> bool:
    """ "Kelby's oldest charity", "Kelby's great collection": a known place written
    as the owner of something is where that thing is, a place of the page
    (corpus/GOLD.md: a place used as an adjective is listed when it is also a
    location of something); not the state as a whole ("the UK's largest chain",
    `vocab/place_states.txt`), nor a name only the page calls a place."""
    return e.name.lower() not in _STATES and any(
        m.attributive == "possessive" and m.gazetteer for m in e.mentions
    )


_STATES = vocab.words("place_states")
_ROOMS = vocab.words("place_generic_rooms")


def brand_of_longer_name(e: Entity, entities: list[Entity]) -> bool:
    """A body only ever named as an adjective ("Westfield Lottery funding",
    "Westfield Lottery players") whose words open the name of another body on the
    page ("The Westfield Lottery Good Causes Fund"): it is that body's brand, not a
    second one. A body named on its own ("support from the Westfield Lottery") is kept."""
    if e.known_name or e.type != "Organisation" or not all(m.attributive for m in e.mentions):
        return False
    key = name_key(e.name)
    return any(
        other is not e
        and other.type == "Organisation"
        and (name_key(other.name).startswith(key + " ") or f" {key} " in name_key(other.name))
        for other in entities
    )


__all__ = ["brand_of_longer_name", "listed"]
