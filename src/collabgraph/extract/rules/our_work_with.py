"""Our work with someone: "our joint project with Fenby Trust", "our cookery courses
with Orton Adult Learning", "leads our joint research with the University of Kelby":
a noun of work (`vocab/our_joint_work_nouns.txt`) owned by "our", a few describing
words apart, right before "with": the body "our" stands for (the speaker's inside a
quote, else the page's own) worked with the people and bodies named after "with"
(COLLABORATES_WITH: corpus/GOLD.md "worked with"; partners on a page that calls the
work a partnership), and is their partner when the noun is a partnership ("our
existing partnerships with A and B").
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.rules.founders import TOGETHER
from collabgraph.extract.rules.partner_leads import ours_at
from collabgraph.extract.rules.reader import SentenceReader

LABELS: frozenset[str] = frozenset()
"""This rule reads no cues: it reads "our", a noun of work and "with"."""

_NOUNS = vocab.words("our_joint_work_nouns")
_PARTNERSHIPS = frozenset({"partnership", "partnerships"})
_PARTIES = frozenset({"Person", "Organisation"})
_GAP = 3  # "our three-year research partnership with": words at most from "our" to the noun
_CONFIDENCE = 0.6


def our_work_with(reader: SentenceReader) -> None:
    """The kind in the module docstring."""
    words = reader.words
    for k in range(reader.sent.start, reader.sent.end - 3):
        if words[k] != "our":
            continue
        noun = _noun_before_with(reader, k)
        if noun is None:
            continue
        ours = ours_at(reader, k)
        if ours is None:
            continue
        rels = ("PARTNER_OF", "COLLABORATES_WITH") if words[noun] in _PARTNERSHIPS else TOGETHER
        for p in reader.list_after(noun + 2, kinds=set(_PARTIES)):
            if p.id != ours:
                reader.relate(ours, rels, p, confidence=_CONFIDENCE)


def _noun_before_with(reader: SentenceReader, k: int) -> int | None:
    """The token of a noun of work "our" at token k owns, followed by "with" ("our
    (joint) project with"), the words between it and "our" lower-case describing
    words or hyphens; None otherwise."""
    for n in range(k + 1, min(k + 2 + _GAP, reader.sent.end - 1)):
        tok = reader.doc[n]
        if not (tok.is_lower or tok.text == "-"):
            return None
        if reader.words[n] in _NOUNS and reader.words[n + 1] == "with":
            return n
        if tok.is_punct and tok.text != "-":
            return None
    return None


__all__ = ["LABELS", "our_work_with"]
