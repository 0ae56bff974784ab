"""Whether a short form in capitals is the acronym of a name: "HCT" of "Harbour
Community Trust", "UoK" of "University of Kelby", "SWFT" of "South Westshire NHS
Foundation Trust"."""

from __future__ import annotations

import re

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab

CONNECTORS = {"of", "for", "and", "&", "the", "in", "on"}
"""Small words a name's initials leave out."""


_ACRONYM_SKIPS = tuple(frozenset(line.split()) for line in vocab.ordered("acronym_skipped_words"))


def acronym_of(short: str, words: list[str]) -> bool:
    """Whether `short` is the acronym of the name written as `words`: the initials
    of its words ("HCT" of "Harbour Community Trust"), a word in capitals giving
    all its letters ("KBXCT" of "KBX Community Trust"), each capitalised part of a
    hyphened word its own ("CPP" of "Cross-Party Panel"), also of its small words
    when the acronym writes them in lower case ("UoK" of "University of Kelby"),
    a lower-case letter going on with the word before it ("NCoFG" of "Network
    of Community Ferry Groups"), or leaving out words acronyms often skip
    (`vocab/acronym_skipped_words.txt`: "SWFT" of "South Westshire NHS Foundation
    Trust", "UHKT" of "University Hospitals of Kelby NHS Foundation Trust")."""
    if not 2 <= len(short) <= 8 or sum(c.isupper() for c in short) < 2 or not short.isalpha():
        return False
    if short.isupper():
        return any(
            _spelled(short, [w for w in words if w.lower() not in skip])
            for skip in (frozenset(), *_ACRONYM_SKIPS)
        )
    return _spelled(short, [w for w in words if w[:1].isalpha()])


def _spelled(short: str, words: list[str]) -> bool:
    """Whether the words, read in order, spell `short`: each word not a small one
    by its letters (`_letters`), a small word by its initial in lower case when
    `short` writes one, or in capitals when `short` mixes the cases ("FoTKH" of
    "Friends of the Kelby Hills"), else by nothing."""
    words = [w for w in words if w[:1].isalpha() or w == "&"]
    mixed = not short.isupper()

    def at(i: int, j: int) -> bool:
        if j == len(words):
            return i == len(short)
        w = words[j]
        if w.lower() in CONNECTORS:
            c = short[i] if i < len(short) else ""
            small = c.islower() and c == w[0].lower()
            capital = mixed and c.isupper() and c == w[0].upper()
            return at(i, j + 1) or ((small or capital) and at(i + 1, j + 1))
        return any(
            short[i : i + len(x)] == x and at(i + len(x), j + 1)
            for x in _letters(w, short[i + 1 : i + 3])
        )

    return at(0, 0)


def _letters(word: str, after: str) -> set[str]:
    """What one word of a name may give its acronym: its initial in capitals, all
    its letters when written in capitals ("KBX"), the initials of its hyphened
    parts ("Cross-Party": "CP"), and its first letters when the acronym goes on in
    lower case with them ("Community": "Co" before "o")."""
    found = {word[0].upper()}
    if word.isupper() and word.isalpha():
        found.add(word)
    parts = [p for p in word.split("-") if p[:1].isalpha()]
    if len(parts) > 1:
        found.add("".join(p[0].upper() for p in parts if p[0].isupper()))
    k = 0
    while k < len(after) and after[k].islower() and word[1 + k : 2 + k] == after[k]:
        k += 1
        found.add(word[0].upper() + word[1 : 1 + k])
    return found


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
