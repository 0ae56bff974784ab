"""Letters a page defines as the short form of a term in lower case: "anti-social
behaviour (ASB)", "adverse childhood experiences (ACEs)". A body's letters are
defined by its capitalised name ("Orley Housing Trust (OHT)"); letters spelled
by words in lower case stand for a thing or an activity, and a careful reader
lists no organisation for them (corpus/GOLD.md: named bodies only), however often
the recogniser calls them ORG ("To help tackle ASB, ...").
"""

from __future__ import annotations

from collabgraph.extract.doc_arrays import token_texts
from collabgraph.extract.mentions.acronyms import CONNECTORS


def term_letters(docs) -> frozenset[str]:
    """The letters in brackets the lower-case words right before them spell, as
    written ("ASB" after "anti-social behaviour"; not "OHT" after "Orley Housing
    Trust"). Each word gives its first letter, each part of a hyphened word its
    own ("anti-social" gives "as"); small words ("and", "of") may be left out."""
    found: set[str] = set()
    for doc in docs:
        texts = token_texts(doc)
        for i in range(1, len(texts) - 1):
            if texts[i - 1] != "(" or texts[i + 1] != ")":
                continue
            t, letters = doc[i], texts[i]
            if not (
                t.is_alpha and 2 <= len(letters) <= 8 and sum(c.isupper() for c in letters) >= 2
            ):
                continue
            if _spelled_in_lower_case(doc, t.i - 1, letters.rstrip("s").lower()):
                found.add(letters)
    return frozenset(found)


def _spelled_in_lower_case(doc, bracket: int, letters: str) -> bool:
    """Whether the words before doc[bracket], read backwards, spell `letters` with
    their first letters, all in lower case."""
    need = letters
    k = bracket - 1
    while k >= 0 and need:
        tok = doc[k]
        if tok.text in {"-", "‐", ","}:
            k -= 1
            continue
        if not tok.is_alpha or not (tok.is_lower or (tok.is_sent_start and tok.is_title)):
            return False  # a sentence's first word may be capitalised
        if tok.lower_[0] == need[-1]:
            need = need[:-1]
        elif tok.lower_ not in CONNECTORS:
            return False
        k -= 1
    return not need
