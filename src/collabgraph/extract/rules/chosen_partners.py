"""Chosen partners: a body named as another's partner in a possessive or "as its"
phrase. "Foo has chosen Bar as its charity partner", "Foo names Bar as charity
partner", "Bar has been selected as Foo's charity of the year", "Foo's previous
charity partner, Bar, received ...": PARTNER_OF (corpus/GOLD.md: "said to be
partners"). Neither end may be a person ("Jo's partner, Ada"); the seed keeps the pair only if
both end up bodies.
"Partners include A and B" and "a partner of Foo" are the partnership family's.
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.mentions.tokens import POSSESSIVE
from collabgraph.extract.rules.reader import SentenceReader

LABELS: frozenset[str] = frozenset()
"""The cue labels this family reads: none (it reads "partner" itself)."""

_CHOOSING = vocab.words("partner_choosing_verbs")
_OWN_WORDS = frozenset({"its", "their", "our"})
_NOT_DESCRIBING = _OWN_WORDS | {"as", "the"}  # words around, not of, the partner noun
_MODIFIERS = 3  # "its new official charity partner": lower-case words at most before the noun
_AUXILIARIES = frozenset({"has", "have", "had", "is", "are", "was", "were", "been", "be", "will"})
_CHARITY_OF_THE_YEAR = ["charity", "of", "the", "year"]
_BODIES = frozenset({"Organisation", None})  # a name not typed yet may end up a body


def chosen_partners(reader: SentenceReader) -> None:
    """The kinds in the module docstring."""
    words = reader.words
    for k in range(reader.sent.start + 1, reader.sent.end):
        if words[k] == "partner":
            end = k + 1
        elif words[k : k + 4] == _CHARITY_OF_THE_YEAR:
            end = k + 4
        else:
            continue
        j = k - 1
        while j > reader.sent.start and k - j <= _MODIFIERS and _modifier(reader, j):
            j -= 1
        for a, b in _pairs(reader, j, end):
            if a is not b and reader.kind(a) in _BODIES and reader.kind(b) in _BODIES:
                reader.relate(a, "PARTNER_OF", b, confidence=0.7)


def _modifier(reader: SentenceReader, j: int) -> bool:
    """Whether token j describes the partner noun ("charity", "new", "official")."""
    tok = reader.doc[j]
    return tok.is_lower and tok.is_alpha and reader.words[j] not in _NOT_DESCRIBING


def _pairs(reader: SentenceReader, j: int, end: int) -> list:
    """The (chooser, chosen) pairs the words before the noun (ending at token j)
    and after it (from token `end`) name; [] when they name none."""
    words, start = reader.words, reader.sent.start
    if words[j] in _OWN_WORDS and j - 2 >= start and words[j - 1] == "as":
        j -= 1  # "Foo has chosen Bar as its partner"
    if words[j] == "as" and j - 1 > start:  # "Foo names Bar as charity partner"
        chosen = reader.by_end.get(j)
        if chosen is None:
            return []
        v = chosen.start - 1
        if v < start or words[v] not in _CHOOSING:
            return []
        if words[j + 1] == "our":
            owner = reader.we_org(j + 1)
            return [(reader.ctx.mentions[owner], chosen)] if owner is not None else []
        while v - 1 >= start and words[v - 1] in _AUXILIARIES:
            v -= 1
        return [(owner, chosen) for owner in reader.subjects_before(v, _BODIES)]
    if words[j] not in POSSESSIVE:
        return []
    owner = reader.by_end.get(j)
    if owner is None and j - 2 >= start:  # "the charity's corporate partner, Bar"
        owner = reader.definite_org(j - 2)
    if owner is None:
        return []
    a = (owner.start if reader.by_end.get(j) is owner else j - 2) - 1
    if a - 1 >= start and words[a] == "as" and words[a - 1] in _CHOOSING:
        v = a - 1  # "Bar has been named as Foo's charity partner"
        while v - 1 >= start and words[v - 1] in _AUXILIARIES:
            v -= 1
        return [(owner, chosen) for chosen in reader.subjects_before(v, _BODIES)]
    k = end + (end < reader.sent.end and words[end] == ",")
    chosen = reader.by_start.get(k)  # "Foo's charity partner, Bar, ...", "Foo's partner Bar"
    return [(owner, chosen)] if chosen is not None else []


__all__ = ["LABELS", "chosen_partners"]
