"""Whether a short form in capitals is the acronym of a name: "HCT" of "Harbour
Community Trust", "UoK" of "University of Kelby", "SWFT" of "South Westshire NHS
Foundation Trust"."""

from __future__ import annotations

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
