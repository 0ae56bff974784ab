"""A service's word inside a post: "Chief Fire Officer", "Deputy Harbour Master".
`roles.role_at` reads a post as modifiers and core words; one capitalised word
naming a service between a modifier and the core word belongs to the post, so
the words before the core are not left as a body ("Chief Fire"). Only where the
modifier opens the run ("Kelby Carers Link Chief Executive": a body's name, then a
post) and the word is no place."""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract.mentions.gazetteer import is_uk_place
from collabgraph.extract.mentions.given_names import is_given_name
from collabgraph.extract.mentions.heads import head_kind
from collabgraph.extract.mentions.tokens import lower_word


def field_between(doc, i: int, j: int, nxt: int, end: int) -> bool:
    """ "Chief Fire Officer", "Deputy Harbour Master": one capitalised word naming a
    service, between a post's modifier (`lx.ROLE_MODIFIERS`, "Chief") and its core
    word: the post's, not a body's name ("Chief Fire" is no body). Not a given name
    ("Deputy Ada Officer" is no shape of a post), not a word ending a body."""
    return (
        j == i + 1
        and not (i > 0 and doc[i - 1].text[:1].isupper())
        and nxt == j + 1
        and nxt < end
        and lower_word(doc[j - 1]) in lx.ROLE_MODIFIERS
        and doc[j].is_alpha
        and doc[j].text[:1].isupper()
        and not doc[j].text.isupper()
        and not is_given_name(doc[j].text)
        and head_kind(lower_word(doc[j]))[0] is None
        and not is_uk_place(doc[j].text)
        and lower_word(doc[nxt]) in lx.ROLE_CORE
    )


__all__ = ["field_between"]
