"""A name opened by a plural owner: "Weavers' Day 2026", "Growers' Fair", "Tenants'
Annual Report". At a sentence's start a capitalised plural noun is read as the
sentence's first word, no name's ("Volunteers said ..."); but one written with the
plural possessive mark alone ("Weavers'") right before capitalised words whose last
(past a year) is a head word of a kind (vocab/head_*.txt: "Day", "Fair", "Report")
opens that name: the owner is the name's first word, as "Carers'" is inside a
sentence. "Members' views", "Residents' own group" (no capital after the mark) and
"Walkers' Kelby" (no head word) open none.
"""

from __future__ import annotations

from spacy.tokens import Token

from collabgraph.extract import vocab
from collabgraph.extract.mentions.heads import head_kind
from collabgraph.extract.mentions.tokens import POSSESSIVE, cap_run_end, lower_word

_MEETING_WORDS = vocab.words("meeting_name_words")
_PLURAL_MARKS = {p for p in POSSESSIVE if not p.endswith("s")}  # "'", not "'s"


def plural_owner_opens_name(tok: Token) -> bool:
    """Whether `tok` ("Weavers") is a plural owner opening a name (see the module)."""
    doc, k = tok.doc, tok.i + 1
    if tok.tag_ != "NNS" or tok.whitespace_ or k >= len(doc) or doc[k].text not in _PLURAL_MARKS:
        return False
    m = cap_run_end(doc, k + 1)
    if m == k + 1:
        return False
    last = m - 1
    if doc[last].like_num and last > k + 1:
        last -= 1  # "Weavers' Day 2026": the year closes it
    return head_kind(lower_word(doc[last]))[0] is not None


def plural_owner_inside(doc, j: int) -> bool:
    """Whether the possessive at j closes a plural owner inside a name: the bare
    mark after a plural in "s" ("Sunrise Seniors' Lunch Club", "the Weavers'
    Rooms") or "'s" after a plural in "-men"/"-ren" ("Fenby Bay Fishermen's
    Mission"). The caller asks that a head word end the words after it, so
    "the Members' views" and "Kelby Walkers' Fenby" stay cut."""
    if j < 1 or doc[j].text not in POSSESSIVE or doc[j - 1].whitespace_:
        return False
    owner = lower_word(doc[j - 1])
    if owner in _MEETING_WORDS:
        return False  # "Annual Members' Meeting": a meeting's kind (meeting_forms.py)
    if doc[j].text in _PLURAL_MARKS:
        return len(owner) > 3 and owner.endswith("s") and not owner.endswith("ss")
    return owner.endswith(("men", "ren")) and len(owner) > 4
