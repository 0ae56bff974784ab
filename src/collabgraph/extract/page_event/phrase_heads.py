"""Which word heads an event noun phrase: "meeting" in "Foo's combined Annual
General Meeting", "roundtable" in "a roundtable discussion", "day" in "a fun day";
not a verb ("Foo awards £1m"), a noun inside another name ("Conference Centre")
or a noun describing another ("her AGM presentation"). `phrases.py` reads the
phrase around the noun.

The words are data: `vocab/page_event_heads.txt` (with `_tails`, `_times`,
`_time_kinds`, `_heads_capitalised`, `_heads_after_noun`), `vocab/event_modifiers.txt`,
`vocab/event_compound_heads.txt` ("Sleep Out"), `vocab/event_paired_tails.txt`
("Lunch and Learn").
"""

from __future__ import annotations

import re

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.mentions.tokens import (
    POSSESSIVE,
    SUBJECT_DEPS,
    is_cap,
    lower_word,
    lower_words,
    re_prefixed,
)
from collabgraph.extract.page_event.around import verb_with_object
from collabgraph.extract.page_event.phrase_words import PAIRED_TAILS, paired_half, verb_like
from collabgraph.extract.written_dates import YEAR

HEADS = vocab.words("page_event_heads")
TAILS = vocab.words("page_event_tails")
# two words heading an event ("Sleep Out"), with those that make a name an event's
# whose last word is no event noun alone ("Open Studios", not "Lantern Parade", which
# "parade" heads: vocab/head_event_compounds.txt, read for mentions)
COMPOUNDS = vocab.words("event_compound_heads") | {
    c for c in lx.EVENT_COMPOUND_HEADS if c.rsplit(" ", 1)[-1] not in HEADS
}
CAPITALISED = vocab.words("page_event_heads_capitalised")
AFTER_NOUN = vocab.words("page_event_heads_after_noun")
TIMES = vocab.words("page_event_times")
TIME_KINDS = vocab.words("page_event_time_kinds")
_TIME_ACTS_NOT = vocab.words("page_event_time_acts_not")
HEAD_WORDS = HEADS | TAILS | TIMES | {c.rsplit(" ", 1)[-1] for c in COMPOUNDS} | PAIRED_TAILS
"""A word `event_head` can read as an event noun, a word after one ("Out" of "Sleep
Out") or the second half of a paired name ("Learn"); no other can."""
_TAIL_BEFORE = HEADS | {"panel"}
MODIFIERS = vocab.table("event_modifiers")
_DAY = re.compile(r"\d{1,2}(st|nd|rd|th)$", re.I)
_NOUN_DEPS = {"dobj", "pobj", *SUBJECT_DEPS}
# "Foo roundtable with Jane Doe", "Discussion on Rural Housing": a title goes on after these
GUEST_PREPS = {"with", "on", "about"}


def event_head(doc, i: int, start: int, end: int, *, headline: bool) -> tuple[str, bool] | None:
    """The event noun token i heads a phrase with (lower case), and whether token
    i is a word after that noun ("discussion" in "a roundtable discussion": the
    noun is "roundtable"; "day" in "a fun day"), between tokens `start` and `end`;
    None when token i heads no event phrase.

    In a headline a lower-case word ending in "s" after the noun is read as a
    verb ("Foo summit tackles loneliness"), not as a noun the event describes.
    """
    head = lower_words(doc)[i]
    if head not in HEAD_WORDS:
        return None  # most words, looked at no further
    tok = doc[i]
    if paired_half(doc, i, start):  # "Stitch and Natter"; "Learn" after "Lunch", not again
        return None if lower_word(doc[i - 2]) in HEADS else (head, False)
    if re_prefixed(tok):
        return None  # "the re-launch of Foo Centre": a relaunch (page_event/occasions.py)
    before = lower_word(doc[i - 1]) if i > start else ""
    tail = head in TAILS and before in _TAIL_BEFORE
    if tail:  # "a roundtable discussion on ...", "a panel discussion"
        head = before
    elif f"{before} {head}" in COMPOUNDS and is_cap(tok) and is_cap(doc[i - 1]):
        head, tail = before, True  # "the Tenby Sleep Out": one event noun of two words
    elif head in TIMES and _time_kind(doc, i, before) and tok.pos_ in {"NOUN", "PROPN"}:
        tail = True  # "a fun day", "the Foo Family Fun Day", "an awards evening"
    elif head not in HEADS or not (
        tok.pos_ in {"NOUN", "PROPN"}
        or tok.dep_ in _NOUN_DEPS  # "a roundtable" as ADJ
        or (i + 1 < end and doc[i + 1].lower_ in GUEST_PREPS)  # "Foo roundtable with X"
    ):
        return None
    if (
        is_cap(tok)
        and f"{before} {head}" in lx.ORG_COMPOUND_HEADS
        and not (i + 1 < end and YEAR.fullmatch(doc[i + 1].text))
    ):
        return None  # "Kelby Tenants Forum": a standing body ("... Forum 2025" is an occasion)
    if head in CAPITALISED and not (
        is_cap(tok)
        or tail
        or _after_noun(doc, i, start)
        or _owned_noun(doc, i, start)
        or _after_name(doc, i, start, end)
    ):
        return None  # "Foo awards £1m to ...": a verb; "the Foo Awards 2031": an event
    nxt = doc[i + 1] if i + 1 < end else None
    # "Project Launch 17th March 2015": the day after the noun is its date
    dated = nxt is not None and _DAY.match(nxt.text) is not None
    if (
        nxt is not None
        and (nxt.text in {"£", "$", "€"} or nxt.like_num)
        and not YEAR.fullmatch(nxt.text)
        and not dated
    ):
        return None  # "Foo awards £1m", "Foo Trust launch 3 new funds": a verb
    recap = headline and lx.RECAP_WORDS.match(doc[i + 1 : end].text) is not None
    if (
        nxt is not None
        and is_cap(nxt)
        and nxt.pos_ != "PRON"  # "at the Foo coffee morning I met ...": no name goes on
        and not YEAR.fullmatch(nxt.text)
        and not dated
        and not recap
    ):
        return None  # "Conference Centre", "Summit House": the noun is inside another name
    if nxt is not None and nxt.text in POSSESSIVE:
        return None  # "the Foo Forum's spring meeting": the noun names who holds the event
    if (
        nxt is not None
        and nxt.pos_ == "NOUN"
        and not is_cap(nxt)
        and not dated
        and not verb_like(nxt, headline)
        and not recap
    ):
        return None  # "her AGM presentation": the noun describes another
    if verb_with_object(tok, nxt):
        return None  # "Foo and Bar launch joint projects": what they launched, not an event
    return head, tail


def _time_kind(doc, i: int, before: str) -> bool:
    """Whether the word before the noun of time at i makes it an event: a kind of
    day (vocab/page_event_time_kinds.txt: "fun day", "awards evening") or what is
    done on it, a noun in -ing compounded with it ("the Foo Orchard planting day", "a
    cleaning morning"; not "the opening day", vocab/page_event_time_acts_not.txt)."""
    if before in TIME_KINDS:
        return True
    prev = doc[i - 1]
    return (
        before.endswith("ing")
        and prev.tag_ == "NN"
        and prev.dep_ == "compound"
        and before not in _TIME_ACTS_NOT
    )


def _after_noun(doc, i: int, start: int) -> bool:
    """Whether a lower-case event noun that is often an adjective closes a compound
    after a lower-case noun: "the volunteer recruitment fair" (vocab/page_event_
    heads_after_noun.txt), not "a fair deal"."""
    if lower_word(doc[i]) not in AFTER_NOUN or i <= start:
        return False
    before = doc[i - 1]
    return before.pos_ == "NOUN" and not is_cap(before)


def _after_name(doc, i: int, start: int, end: int) -> bool:
    """Whether a lower-case event noun that is often a verb closes a name the page
    writes in capitals, then a comma or a verb of its own: "The Kelby Volunteer
    awards, which took place ...", "the Dale Jobs fair was held ..."; not "Foo
    awards grants", "Foo Trust awards £1m" (an object after it)."""
    if i - 1 <= start or not is_cap(doc[i - 1]) or doc[i - 1].is_sent_start:
        return False
    nxt = doc[i + 1] if i + 1 < end else None
    return nxt is not None and (nxt.text == "," or nxt.pos_ == "AUX")


def _owned_noun(doc, i: int, start: int) -> bool:
    """Whether a lower-case event noun that is often a verb ("awards") is an
    event's, held by someone and described as one: "our annual awards", "Foo's
    annual awards", "the organisation's annual awards" (a possessive, then words
    of vocab/event_modifiers.txt); not "Foo awards £1m", "the awards of £500"."""
    k = i - 1
    while k >= start and doc[k].is_lower and lower_word(doc[k]) in MODIFIERS:
        k -= 1
    if k == i - 1 or k < start or doc[i].pos_ != "NOUN":
        return False
    return doc[k].text in POSSESSIVE or lower_word(doc[k]) in {"our", "their", "its"}
