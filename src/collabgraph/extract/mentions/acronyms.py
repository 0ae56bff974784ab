"""Whether a short form in capitals is the acronym of a name: "HCT" of "Harbour
Community Trust", "UoK" of "University of Kelby", "SWFT" of "South Westshire NHS
Foundation Trust"."""

from __future__ import annotations

import re

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab

CONNECTORS = {"of", "for", "and", "&", "the", "in", "on"}
"""Small words a name's initials leave out."""


def initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w.lower() not in CONNECTORS and w[:1].isalpha()).upper()


_ACRONYM_SKIPS = tuple(frozenset(line.split()) for line in vocab.ordered("acronym_skipped_words"))


def acronym_of(short: str, words: list[str]) -> bool:
    """Whether `short` is the acronym of the name written as `words`: the initials
    of its words ("HCT" of "Harbour Community Trust"), also of its small words
    when the acronym writes them in lower case ("UoK" of "University of Kelby"),
    or leaving out words acronyms often skip (`vocab/acronym_skipped_words.txt`:
    "SWFT" of "South Westshire NHS Foundation Trust", "UHKT" of "University
    Hospitals of Kelby NHS Foundation Trust")."""
    if not 2 <= len(short) <= 8 or sum(c.isupper() for c in short) < 2 or not short.isalpha():
        return False
    if short.isupper():
        return any(
            initials([w for w in words if w.lower() not in skip]) == short
            for skip in (frozenset(), *_ACRONYM_SKIPS)
        )
    return "".join(w[0] for w in words if w[:1].isalpha()).casefold() == short.casefold()


_BODY_FIRST_WORDS = vocab.words("name_body_first_words")


def kind_letters(text: str) -> bool:
    """'the ICB', 'the CCG': the letters of a kind of local body, which end its
    names ("NHS Westshire ICB"), standing alone for the one body of that kind the
    page is about (coref joins it to a fuller name the page gives); not letters
    that open names of many bodies ("the NHS")."""
    low = text.lower()
    return (
        text.isupper()
        and len(text) >= 3
        and low in lx.STRONG_ORG_HEADS
        and low not in _BODY_FIRST_WORDS
    )


def ends_in_letters(letters: str, words: list[str]) -> bool:
    """'Westshire Inclusive Care Board', 'Kelby ICB': a longer name whose last
    word is `letters`, or whose last words they are the initials of."""
    n = len(letters)
    return len(words) > 1 and (words[-1] == letters or acronym_of(letters, words[-n:]))


def plural_written(letters: str, sentences: list[str]) -> bool:
    """Whether the page writes the letters in the plural ("four more ICBs")."""
    plural = re.compile(rf"\b{re.escape(letters)}s\b")
    return any(plural.search(s) for s in sentences)
