"""Whether capitalised words are the field a body works in, written before a
noun for a body and the body's name: "Homelessness charity Shelter Kelby",
"Domestic Abuse charity safeHaven", "Social Care Support charity the Ashdown
Project". The field names no body (the name after the noun does).
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.mentions.common_words import everyday_word
from collabgraph.extract.mentions.gazetteer import is_uk_place
from collabgraph.extract.mentions.given_names import is_given_name
from collabgraph.extract.mentions.heads import head_kind
from collabgraph.extract.mentions.tokens import is_cap, lower_word

_TYPE_NOUNS = vocab.table("type_nouns")
_BODY_NOUNS = lx.ORG_DESCRIPTION_NOUNS - vocab.words("body_nouns_not_before_names")


def field_before_body_noun(doc, start: int, end: int) -> bool:
    """True when doc[start:end] is only words of a field of work or of everyday
    English, none a body's or a place's head word, a place or a given name, and a
    noun for a body in lower case follows it ("charity", `vocab/type_nouns.txt`),
    then a name ("the" may come between); not "Kelby charity Foo" (a place), nor
    "Foo Trust charity shop" (no name after)."""
    if end + 1 >= len(doc) or not doc[end].is_lower:
        return False
    if _TYPE_NOUNS.get(doc[end].lower_) != "Organisation":
        return False
    k = end + 1
    if doc[k].lower_ == "the" and k + 1 < len(doc):
        k += 1
    name = doc[k]
    if not name.is_alpha or name.is_lower:
        return False  # "Youth charity workers": no name after the noun
    if is_uk_place(doc[start:end].text):
        return False
    return all(
        (lower_word(t) in lx.DOMAIN_WORDS or everyday_word(t.text))
        and head_kind(lower_word(t))[0] is None
        and not is_given_name(t.text)
        for t in doc[start:end]
        if t.text not in {"-", "‐"}
    )


def name_after_field(doc, start: int, end: int) -> int | None:
    """Where the name starts in a line or list item that opens with a field and a
    noun for a body ("Domestic Abuse charity the Kelby Refuge - £500": the
    token after "charity"); None when doc[start:end] opens otherwise."""
    k = start
    while k < end and doc[k].is_title:
        k += 1
    if k == start or k + 1 >= end:
        return None
    if not field_before_body_noun(doc, start, k):
        return None
    return k + 1


__all__ = ["field_before_body_noun", "name_after_field", "place_before_body_noun"]


def place_before_body_noun(doc, name_end: int, noun: int, end: int) -> bool:
    """ "Fenby charity Bright Steps", "Kelby youth charity the Foo": a name before up
    to three lower-case words ending in a body's noun, the body's own name after,
    says where the body is, not which body; not a name a body's head word ends
    ("Foo Trust charity Bar" is the trust). The name ends at `name_end`, the
    noun's words start at `noun`; `end` is the sentence's end."""
    k = noun
    while k < end and k - noun < 3 and doc[k].is_lower and doc[k].is_alpha and not doc[k].is_stop:
        k += 1  # not "Jane Doe of the charity Foo"
    if (
        k == noun
        or doc[k - 1].lower_ not in _BODY_NOUNS
        or head_kind(lower_word(doc[name_end - 1]))[0]
        or doc[name_end - 1].ent_type_ == "PERSON"
    ):
        return False
    k += k < end and doc[k].lower_ == "the"
    return k < end and is_cap(doc[k]) and doc[k].ent_type_ != "PERSON"
