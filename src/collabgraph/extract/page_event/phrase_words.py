"""The words around an event noun that a phrase keeps or stops at: a name quoted
before it ("‘Save Our Parks’ event"), a possessive inside a name ("Tenants'
Conference") or before it ("a carers' forum"), lower-case words between a name
and the noun ("the Foo annual public health conference"), a news story's
opening word in capitals, a headline's verb tagged as a noun.
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.mentions.split_joins import event_on_topic
from collabgraph.extract.mentions.tokens import (
    CLOSING_QUOTES,
    OPENING_QUOTES,
    POSSESSIVE,
    is_cap,
    lower_word,
)

DETERMINERS = {"the", "a", "an", "this", "that", "our", "its", "their", "his", "her", "my"}
POSSESSIVE_NOUNS = vocab.words("name_possessive_nouns")
# "the organisation's", "the charity's": common nouns that refer back to a body
_BODY_NOUN_WORDS = 2  # "the housing association's": lower-case words before the body noun
_QUOTED_WORDS = 12


def quoted_before(doc, i: int, start: int) -> tuple[int, int] | None:
    """The span of words quoted right before token i, a name: "‘Save Our Parks’"
    before "event" (its first word capitalised); not a possessive ("the Tenants’
    Conference"), which opens no quotation."""
    k = i - 1
    if k <= start or doc[k].text not in CLOSING_QUOTES:
        return None
    o = k - 1
    while o >= start and k - o <= _QUOTED_WORDS and doc[o].text not in OPENING_QUOTES:
        o -= 1
    if o < start or k - o > _QUOTED_WORDS or o + 1 >= k or not is_cap(doc[o + 1]):
        return None
    if doc[o].text in {"'", '"'} and doc[o].text != doc[k].text:
        return None
    return o + 1, k


def name_possessive(doc, j: int, start: int) -> bool:
    """A possessive inside a name, after a capitalised common noun of people
    (vocab/name_possessive_nouns.txt): "Tenants' Conference", "Carers' Week"."""
    if doc[j].text not in POSSESSIVE or j <= start or j + 1 >= len(doc):
        return False
    before = doc[j - 1]
    return is_cap(before) and is_cap(doc[j + 1]) and lower_word(before) in POSSESSIVE_NOUNS


def people_possessive(doc, j: int, start: int) -> bool:
    """A lower-case plural of people with its possessive before an event noun
    (vocab/name_possessive_nouns.txt): "annual tenants' conference", "a carers'
    forum"; not after a capitalised word (that is `name_possessive`'s)."""
    if doc[j].text not in POSSESSIVE or j - 1 < start or j + 1 >= len(doc):
        return False
    before = doc[j - 1]
    return before.is_lower and before.lower_ in POSSESSIVE_NOUNS and not is_cap(doc[j + 1])


def lead_shout(tok) -> bool:
    """A news story's opening word in capitals before lower-case words ("A STREET
    party marked ..."): the paper's style, not a name (a headline all in capitals,
    "WESTSHIRE CARERS SUMMIT", is one)."""
    if tok.i > tok.sent.start + 1 or len(tok.text) <= 3 or not tok.text.isupper():
        return False
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return nxt is not None and nxt.is_lower


def verb_like(tok, headline: bool) -> bool:
    """ "summit tackles", "conference highlights" in a headline: a verb tagged as a noun."""
    low = tok.lower_
    return headline and low.endswith("s") and not low.endswith("ss") and len(low) > 3


def verb_after_name(doc, i: int) -> bool:
    """ "Weavers' Day returns to Kelby", "Lantern Parade moves to Fenby Park": a
    lower-case word ending in "s" between a capitalised name and a preposition,
    which the tagger reads as a plural noun, is the headline's verb. Not after a
    headline's opening verb ("Supporting carers in Kelby": "carers" is its object)."""
    tok, before = doc[i], doc[i - 1] if i > 0 else None
    return (
        0 < i < len(doc) - 1
        and tok.tag_ == "NNS"
        and tok.text.islower()
        and verb_like(tok, True)
        and is_cap(before)
        and before.tag_ not in {"VBG", "VB", "VBN"}
        and doc[i + 1].tag_ in {"IN", "TO"}
    )


_LOWER_RUN = 3


def lower_run_after_name(doc, j: int, start: int) -> int:
    """Where a phrase starts when lower-case words stand between a name and the
    event noun, the name after an article: "the Foo annual public health
    conference" (returns the index before "Foo"); else `j` unchanged."""
    k = j
    while k >= start and j - k < _LOWER_RUN and doc[k].pos_ in {"NOUN", "ADJ"}:
        if is_cap(doc[k]):
            break
        k -= 1
    if k == j or k < start or not is_cap(doc[k]) or doc[k].is_sent_start:
        return j
    while k >= start and (is_cap(doc[k]) or doc[k].text == "/"):
        k -= 1
    if k < start or lower_word(doc[k]) not in DETERMINERS:
        return j
    return k


def lower_run_after_owner(doc, j: int, start: int) -> int | None:
    """Where a phrase starts when lower-case nouns stand between an owner's
    possessive and the event noun: "Foo's volunteer recruitment fair" (returns
    the index of "'s"); None when no possessive of a name comes before them."""
    k = j
    while k >= start and j - k < _LOWER_RUN and doc[k].pos_ == "NOUN" and not is_cap(doc[k]):
        k -= 1
    if k == j or k <= start or doc[k].text not in POSSESSIVE or not is_cap(doc[k - 1]):
        return None
    return k


def body_possessive(doc, k: int, start: int) -> str | None:
    """The body noun of "the organisation's", "the council's", "the housing
    association's" when its possessive mark is token k: a body is said to hold
    what follows ("the organisation's annual awards") without being named there.
    None when the noun is capitalised (a name's: "the Kelby Trust's") or is no
    body's word (vocab/head_organisation*.txt, body_generic_nouns.txt)."""
    if k - 2 < start or doc[k].text not in POSSESSIVE:
        return None
    noun = doc[k - 1]
    if not noun.is_lower or lower_word(noun) not in lx.BODY_NOUNS:
        return None
    j = k - 2
    while j > start and k - 2 - j < _BODY_NOUN_WORDS and doc[j].is_lower:
        if lower_word(doc[j]) in DETERMINERS:
            break
        j -= 1
    return lower_word(noun) if lower_word(doc[j]) in {"the", "this"} else None


def of_name_end(doc, i: int, end: int) -> int:
    """Where a capitalised event noun's name ends when "of" and capitalised words go
    on from it ("Festival of Quiet Lanterns", "Celebration of Tenant Voices"): after
    those words; after the noun (i + 1) otherwise, and when a body's name follows,
    the one who holds it ("Annual Meeting of Foo Trust"), or a date ("of March");
    so too a name the parser reads as its own entity after "of". "on" and a short
    subject go on from an event noun that takes one ("Assembly on Housing",
    `split_joins.event_on_topic`)."""
    if is_cap(doc[i]) and i + 2 < end and doc[i + 1].lower_ == "on":
        k = i + 2
        while k < min(end, i + 5) and is_cap(doc[k]) and not doc[k].tag_.startswith("VB"):
            k += 1
        return k if k > i + 2 and event_on_topic(doc, i + 1, i + 2, k) else i + 1
    if not is_cap(doc[i]) or i + 2 >= end or doc[i + 1].lower_ != "of":
        return i + 1
    k = i + 2
    while (
        k < end
        and (not doc[k].tag_.startswith("VB") or (k == i + 2 and doc[k].tag_ == "VBG"))
        and (is_cap(doc[k]) or (doc[k].lower_ == "and" and k + 1 < end and is_cap(doc[k + 1])))
    ):  # a headline's capitalised verb ends the name: "Meeting of Foo Members Held at"; not
        # a gerund "of" takes ("Festival of Belonging", "Day of Giving")
        k += 1
    run = doc[i + 2 : k]
    if not run or not is_cap(run[-1]) or any(t.ent_type_ == "DATE" for t in run):
        return i + 1
    if lower_word(run[-1]) in lx.BODY_NOUNS:
        return i + 1
    if run[0].ent_iob_ == "B" and run[0].ent_type_ in {"ORG", "GPE", "PERSON"}:
        return i + 1  # a name of its own after "of": "Conference of Kelby Council"
    return k


PAIRED_TAILS = vocab.words("event_paired_tails")


def paired_half(doc, i: int, start: int) -> bool:
    """Whether token i closes a paired event name: "Learn" in "the Carer Support
    Lunch and Learn", "Natter" in "Stitch & Natter" (capitalised, after "and" or
    "&" and a capitalised word; vocab/event_paired_tails.txt); not "lunch and
    learn more", "the Lunch and Kelby Trust's stall"."""
    tok = doc[i]
    return (
        i - 2 >= start
        and is_cap(tok)
        and lower_word(tok) in PAIRED_TAILS
        and doc[i - 1].lower_ in {"and", "&"}
        and is_cap(doc[i - 2])
    )
