"""Bodies named for the several places they serve, the places listed with
commas and "and": "Ayton, Beeford and Cowton Mind" (the places, then a body's
head word), "Volunteer Centre Ayton, Beeford and Cowton" (a body's name ending
in a place, then the others). The comma does not end such a name.
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract.doc_arrays import span_text
from collabgraph.extract.mentions.gazetteer import is_uk_place
from collabgraph.extract.mentions.heads import head_kind
from collabgraph.extract.mentions.tokens import PLACE_ENTS, is_cap, lower_word

_AND = {"and", "&"}


def _place_at(doc, k: int, end: int) -> int:
    """The end of a place of one to three capitalised words at k, or one the
    gazetteer writes with "and" ("Redcar and Cleveland"; the longest in the gazetteer,
    else one word the recogniser calls a place); k if none."""
    for n in (4, 3, 2, 1):
        if k + n > end or not is_uk_place(span_text(doc, k, k + n)):
            continue
        span = doc[k : k + n]
        if all(is_cap(t) or (0 < m < n - 1 and t.lower_ in _AND) for m, t in enumerate(span)):
            return k + n
    if k < end and is_cap(doc[k]) and doc[k].ent_type_ in PLACE_ENTS:
        return k + 1
    return k


def _places_listed(doc, j: int, end: int) -> int:
    """From the comma at j: ", B and C", ", B, C and D" (an Oxford comma allowed),
    places each; the index after the last place, or j if the words are no such list."""
    k = j
    while k < end and doc[k].text == ",":
        m = k + 1
        last = m < end and doc[m].lower_ in _AND
        m += last
        after = _place_at(doc, m, end)
        if after == m:
            return j
        if last or _has_and(doc, m, after):
            return after  # ", B and C" or ", B, Redcar and Cleveland"
        if after < end and doc[after].lower_ in _AND:
            after_last = _place_at(doc, after + 1, end)
            return after_last if after_last > after + 1 else j
        k = after
    return j


def _opens_after(doc, tok) -> bool:
    """Whether a name may open after tok in a run: "and" ("Foo Trust and Ayton, ..."),
    "of" after a post ("Chief Executive of Ayton, Beeford and Cowton NHS")."""
    if tok.lower_ in _AND:
        return True
    return tok.lower_ == "of" and tok.i > 0 and lower_word(doc[tok.i - 1]) in lx.ROLE_CORE


def _has_and(doc, start: int, end: int) -> bool:
    return any(t.lower_ in _AND for t in doc[start:end])


def place_list_name(doc, start: int, j: int, end: int) -> tuple[int, int] | None:
    """(start, end) of a body's name that lists the places it serves, when the
    run doc[start:j] stops at a comma (doc[j]); None when there is none. The
    name may begin after an "and" in the run ("Foo Trust and Ayton, ...").

    'Ayton, Beeford and Cowton Mind': a place, the list, and a body's head word
    after the list's last place. 'Volunteer Centre Ayton, Beeford and Cowton': a
    body's head word then a place, the list, and nothing capitalised after it.
    The name may begin after a post's "of" too ("Chief Executive of Ayton, ...")."""
    if doc[j].text != "," or j - start < 1:
        return None
    k = _places_listed(doc, j, end)
    if k == j:
        return None
    start = max([start] + [t.i + 1 for t in doc[start:j] if _opens_after(doc, t)])
    if start >= j:
        return None
    if _place_at(doc, start, j) == j:
        nxt = k
        while nxt < end and is_cap(doc[nxt]):
            nxt += 1
        if nxt > k and head_kind(lower_word(doc[nxt - 1])) == ("Organisation", 3):
            return start, nxt
        return None
    run = doc[start:j]
    heads = [n for n, t in enumerate(run) if head_kind(lower_word(t))[0] in _BODY_KINDS]
    if (
        heads
        and heads[-1] < len(run) - 1
        and _place_at(doc, start + heads[-1] + 1, j) == j
        and (k >= end or not is_cap(doc[k]))
    ):
        return start, k
    return None


_BODY_KINDS = {"Organisation", "Place"}  # "Volunteer Centre": a venue's word as often
