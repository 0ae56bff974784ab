"""A number opening a name, for `run_starts.name_start_ok`: a year after a
determiner or "of" ("our 2030 Vision": `year_opens_name`, `vocab/year_name_after.txt`),
an ordinal numbering a body's unit ("1st Ashby Scout Group": `ordinal_opens_body`) or
an event ("our 30th Anniversary Dinner": `ordinal_opens_event`,
`vocab/event_modifiers.txt`); not a date nor a placing after a verb."""

from __future__ import annotations

import re

from spacy.tokens import Token

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.mentions.heads import head_kind
from collabgraph.extract.mentions.tokens import (
    CALENDAR_WORDS,
    NON_NAME_ENTS,
    is_cap,
    is_ordinal,
    lower_word,
)

_EVENT_MODIFIERS = vocab.table("event_modifiers")

# a year, or a span of years ("2023/2024", "2023/24", "2023-24")
_YEAR = re.compile(r"(19|20)\d\d([/\-–](19|20)?\d\d)?")
_YEAR_NAME_AFTER = vocab.words("year_name_after")


def year_opens_name(tok: Token) -> bool:
    """'our 2030 Vision consultation', 'themes of 2030 Vision': a year after a
    determiner or "of" and before a capitalised word opens a name ("in 2019
    Dalby Trust opened" does not)."""
    doc = tok.doc
    return (
        _YEAR.fullmatch(tok.text) is not None
        and 0 < tok.i < len(doc) - 1
        and doc[tok.i - 1].lower_ in _YEAR_NAME_AFTER
        and is_cap(doc[tok.i + 1])
        and lower_word(doc[tok.i + 1]) not in CALENDAR_WORDS
        and doc[tok.i + 1].ent_type_ not in NON_NAME_ENTS
    )


def ordinal_opens_body(tok: Token) -> bool:
    """ "1st Ashby Scout Group", "4th Kelby Cubs": a numbered unit of a body, the
    ordinal opening a run of capitalised words that ends in a body's head word or
    the members a club is named after (lexicon.CLUB_HEADS) ("1st March", "the 3rd
    Kelby Conference" and "our 2nd Annual Fair" are no body's), not a placing after
    a verb ("Ashby Mind came 2nd Kelby Trust said")."""
    doc = tok.doc
    if not is_ordinal(tok.text):
        return False
    if tok.i > 0 and doc[tok.i - 1].pos_ in {"VERB", "AUX"}:
        return False
    k = tok.i + 1
    while k < len(doc) and k - tok.i <= 6 and is_cap(doc[k]):
        if lower_word(doc[k]) in CALENDAR_WORDS or doc[k].ent_type_ in NON_NAME_ENTS:
            return False
        k += 1
    last = lower_word(doc[k - 1])
    return k > tok.i + 1 and (head_kind(last) == ("Organisation", 3) or last in lx.CLUB_HEADS)


def ordinal_opens_event(tok: Token) -> bool:
    """ "our 30th Anniversary Dinner", "the 18th Annual Foo Show": the ordinal numbering
    an event opens its name, when two or more capitalised words follow it, the last an
    event's head word or the first a word an event's name keeps ("Annual":
    vocab/event_modifiers.txt); not a date ("the 3rd March Kelby Fair") nor a placing
    after a verb."""
    doc = tok.doc
    if not is_ordinal(tok.text) or (tok.i > 0 and doc[tok.i - 1].pos_ in {"VERB", "AUX"}):
        return False
    k = tok.i + 1
    while k < len(doc) and k - tok.i <= 6 and is_cap(doc[k]):
        low = lower_word(doc[k])
        dated = doc[k].ent_type_ in NON_NAME_ENTS and _EVENT_MODIFIERS.get(low) != "keep"
        if low in CALENDAR_WORDS or dated:  # "its 18th Annual" read as a date: still a name
            return False
        k += 1
    if k <= tok.i + 2:
        return False
    kept = _EVENT_MODIFIERS.get(lower_word(doc[tok.i + 1])) == "keep"
    return kept or head_kind(lower_word(doc[k - 1]))[0] == "Event"
