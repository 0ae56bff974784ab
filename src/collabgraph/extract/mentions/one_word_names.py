"""A body's or a place's one-word name that is also a head word or a word never a
name alone ("Trust", "Action", "Parliament"), kept as a name when the words
before it say so: after "of"/"by" ("Chief Executive of Mind"), after a cue of
examples or a noun for a body ("charities including Action"), after "held in"
("held in Parliament"). A people named after a place ("Riponers") is none, nor
one word after "a" closing a phrase ("herself a Northener,").
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.mentions.gazetteer import is_uk_place
from collabgraph.extract.mentions.heads import head_kind
from collabgraph.extract.mentions.tokens import is_cap

_VENUE_SINGLE = vocab.words("venue_single_words")
_HELD = {"held", "hosted", "staged"}
_OCCASIONS = {w for w, kind in vocab.table("focus_nouns").items() if kind == "Event"}
_OCCASIONS |= vocab.words("occasion_place_nouns")
_TYPE_NOUNS = vocab.table("type_nouns")

_BODY_PREPOSITIONS = {"of", "at", "from", "with", "by"}


def qualified_body(doc, start: int) -> bool:
    """'Chief Executive of Mind', 'of national Mind': a body's one-word name that
    is also a head word, written in title case right after "of"/"at"/"from"/
    "with"/"by", or after one of these and a qualifier in lower case (not "the",
    which makes it a head word alone: "the Trust"; not "help with CVs")."""
    if start >= 1 and doc[start].text.istitle() and doc[start - 1].lower_ in _BODY_PREPOSITIONS:
        return True  # "chief executive of Mind", "funded by Action": no article, a name
    return (
        start >= 2
        and is_cap(doc[start])
        and doc[start - 1].is_alpha
        and doc[start - 1].is_lower
        and doc[start - 1].lower_ not in lx.ARTICLES | {"our", "its", "their", "his", "her"}
        and doc[start - 2].lower_ in {"of", "at", "from", "for", "with", "by"}
    )


_EXAMPLE_CUE_ENDS = frozenset(c.split()[-1] for c in vocab.ordered("list_example_cues"))


def named_as_a_body(doc, start: int) -> bool:
    """'charities including Action', 'guests included Aid Chief Executive Jane Doe',
    'the youth charity COLLECTIVE': a body's one-word name that is also a body's
    head word, in capitals mid-sentence, right after a cue of examples
    (`vocab/list_example_cues.txt`) or a noun for a body in lower case
    ("charity"); not "the Trust", nor a word opening a longer name ("including
    Action Kelby" is read whole), nor one qualifying a noun after it ("including
    Aid workers"). (A comma before it is not enough: "Police, Council and Aid"
    lists services as often as bodies.)"""
    if start < 2 or not is_cap(doc[start]):
        return False
    nxt = doc[start + 1] if start + 1 < len(doc) else None
    if nxt is not None and nxt.is_lower and nxt.pos_ in {"NOUN", "ADJ", "PROPN"}:
        return False  # "Aid workers": a word qualifying a noun, no body named
    prev = doc[start - 1]
    if prev.lower_ in _EXAMPLE_CUE_ENDS and prev.is_lower:
        return prev.lower_ != "as" or doc[start - 2].lower_ == "such"
    return prev.is_lower and _TYPE_NOUNS.get(prev.lower_) == "Organisation"


def held_at_venue(doc, start: int, word: str) -> bool:
    """ "The event was held in Parliament", "a special reception in Parliament": a
    word never a name alone (`vocab/venue_single_words.txt`) after "in"/"at" and a
    verb of holding or a noun for an occasion is the place it was held."""
    if word not in _VENUE_SINGLE or start < 2 or doc[start - 1].lower_ not in {"in", "at"}:
        return False
    return doc[start - 2].lower_ in _HELD or doc[start - 2].lower_ in _OCCASIONS


def people_of_place(word: str) -> bool:
    """ "many Whitbyers", "herself a Marlower": a word for the people of a gazetteer
    place (the place and "er" or "ers") names no body nor place."""
    for tail in ("ers", "er"):
        stem = word[: -len(tail)]
        if word.endswith(tail) and word[:1].isupper() and len(stem) >= 3 and is_uk_place(stem):
            return True
    return False


def one_of_a_people(doc, start: int) -> bool:
    """ "herself a Marlower,", "as a Yorkshireman.": one capitalised word (no letters,
    no head word) after a word in lower case and "a"/"an", and before a stop or
    comma, says what someone is, one of a people, and names nothing (not "a
    Kelby-based charity", nor a name with "a" inside: "Contact a Carer,")."""
    tok = doc[start]
    return (
        start > 1
        and doc[start - 1].lower_ in {"a", "an"}
        and doc[start - 2].is_lower
        and (start + 1 >= len(doc) or doc[start + 1].text in {",", ".", ";", ":", ")", "!", "?"})
        and tok.is_alpha
        and tok.text[:1].isupper()
        and not tok.text.isupper()
        and head_kind(tok.lower_)[0] is None
    )
