"""A body's name that ends in where it works, read by the recogniser as a person's:
"Age Well Dalby", "Language Link Westshire", "Streetwise Fenby", "Voluntary Action
Kelby" (a brand and its town or county, the way many local charities and branches
are named). A person's name does not end in a place the page names as a place
("Dalby Hospice", "services across Westshire") or, after two words or more, a known
UK town ("Age Well Preston"; a volunteer "Bex Harlow" is a person), unless its
first word is a given name ("Jo Preston"), it has a given name among its other words
("Ada Mary Preston") or the page writes it with an honorific ("Ms Fenby").

`name_evidence.retype` types such a name by the words around it (`named_kind`), else
as an organisation.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from collabgraph.extract.mentions import head_kind
from collabgraph.extract.mentions.gazetteer import is_uk_place
from collabgraph.extract.mentions.given_names import is_given_name

if TYPE_CHECKING:
    from collabgraph.extract.coref import Entity


def page_places(entities: list[Entity]) -> set[str]:
    """The case-folded words, not a name's head word, of the names the page gives
    other than people's: where its bodies, places and programmes are ("Dalby" of
    "Dalby Hospice", "NHS Westshire ...", "Dalby"), read before places are typed."""
    words = {w for e in entities if e.type != "Person" for w in e.words() if w[:1].isupper()}
    return {w.casefold() for w in words if head_kind(w.lower())[0] is None}


def opens_a_name(words: list[str], entities: list[Entity]) -> bool:
    """Whether the page gives a longer name opening with these words: "Marston Green"
    of "Marston Green Parish Council" is the council's place, not a brand."""
    n = len(words)
    return any(len(e.words()) > n and e.words()[:n] == words for e in entities)


def ends_in_a_place(
    entity: Entity, words: list[str], places: set[str], entities: list[Entity]
) -> bool:
    """Whether a name read as a person's is a brand and its place: two to four
    capitalised words, the last a place of the page (`places`, case-folded) or, after
    two words or more, a known UK town, the first (of two) or the middle ones (of three or four) no
    given name, never written with an honorific, not opening a longer name of the
    page (`opens_a_name`)."""
    if not 2 <= len(words) <= 4 or any(m.title for m in entity.mentions):
        return False
    if not all(w[:1].isupper() for w in words):
        return False
    last = words[-1].removesuffix("'s").removesuffix("’s")  # "Voluntary Action Kelby's"
    if last.casefold() not in places and not (len(words) > 2 and is_uk_place(last)):
        return False  # "Bex Harlow", a volunteer: a known town alone is a surname too
    if opens_a_name(words, entities):
        return False
    if len(words) == 2:
        return not is_given_name(words[0])
    return not any(is_given_name(w) for w in words[1:-1])


__all__ = ["ends_in_a_place", "opens_a_name", "page_places"]
