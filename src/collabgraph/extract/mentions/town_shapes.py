"""A name shaped as a town's or district's by its words alone: a word that is no
everyday English, no given name and no head word of a body, a place or an event,
then a word that closes a place's name ("Brindle Vale", "Ashby Fold", "Harbury
Fields": `vocab/place_name_tails.txt`). The recogniser reads many such names as a
person ("Brindle Vale" beside "Nkechi Obi") or a body ("at Harbury Fields"); a
person's surname that closes places too ("Ros Marsh", "Ida Heath") follows a
given name, and a body's name ends in its head word ("Brindle Vale Carers' Centre").
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.mentions.common_words import everyday_word
from collabgraph.extract.mentions.given_names import is_given_name
from collabgraph.extract.mentions.heads import head_kind

_PLACE_TAILS = vocab.words("place_name_tails") - {"water"}
"""Not "water", which closes a water company's name as often ("Solent Water")."""
TOWN_SHAPE_VOTES = 3
"""Over the recogniser's 2 for a person or a body; under a post's or a slot's that
only a person or a body fills ("Nkechi Moor, chief executive")."""


def town_shaped(words: list[str]) -> bool:
    """Whether a name's lower-case words are two, the first no everyday word, given
    name or head word, the second one closing a place's name."""
    if len(words) != 2 or not words[0].isalpha() or words[1] not in _PLACE_TAILS:
        return False
    first = words[0]
    if everyday_word(first) or is_given_name(first.capitalize()):
        return False
    return head_kind(first)[0] is None


__all__ = ["TOWN_SHAPE_VOTES", "town_shaped"]
