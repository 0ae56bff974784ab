"""A body a group noun describes, and a count before a list: "Foo is a partnership
of A and B", "the Foo Alliance, a partnership of eleven charities, including A and
B" (`compositions` reads the names listed as the body's members), "a partnership
between three organisations: A, B and C" (`partnership_between` reads past the
count too).
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.mentions import Mention
from collabgraph.extract.rules.reader import SentenceReader

LABELS: frozenset[str] = frozenset()
"""This module reads no cues: `compositions` and `partnership_between` call it."""

BODY_HEADS = vocab.words("body_heads")  # bodies with members
BETWEEN_HEADS = vocab.words("made_between_heads")  # "a collaboration between A and B"
BODY_TO_CUE = vocab.words("made_of_gap_words")
DESCRIBING_WORDS = 3  # "a new local partnership": words between the article and the noun


def described_body(
    reader: SentenceReader, k: int, heads: frozenset[str] = BODY_HEADS, *, any_kind: bool = False
) -> Mention | None:
    """ "Foo is a partnership (formed by)", "Foo, a network that (brings together)":
    the body named right before an indefinite noun of a body with members
    (`vocab/body_heads.txt`) ending at token k; the noun says what the body is,
    whatever its name ends in ("All for Kelby is a partnership formed by A"); with
    `any_kind`, a name of any type (its reader votes on it). None otherwise."""
    words, start = reader.words, reader.sent.start
    if k - 2 < start or words[k - 1] not in heads or reader.covering.get(k - 1):
        return None
    j = k - 2
    while j > start and k - 2 - j < DESCRIBING_WORDS and words[j] not in {"a", "an"}:
        if reader.covering.get(j) is not None or not words[j].isalpha():
            return None
        j -= 1
    if words[j] not in {"a", "an"}:
        return None
    while j > start and words[j - 1] in BODY_TO_CUE:
        j -= 1
    body = reader.by_end.get(j)
    if body is not None and (any_kind or reader.kind(body) == "Organisation"):
        return body
    return None


_COUNT_WORDS = 3  # lower-case words at most between a count and its plural noun
_COUNT_CLOSERS = frozenset({":", ",", "including", "namely"}) | lx.DASHES


def past_count(reader: SentenceReader, k: int) -> int:
    """Past "three organisations:" at token k (or after the count at k - 1: "run
    by three | organisations – A, B and C"): a count, a few describing words and a
    plural noun, then a colon, dash, comma or "including" ("eleven carers'
    organisations, including A"); else k."""
    doc, end = reader.doc, reader.sent.end
    if k < end and doc[k].like_num:
        j = k + 1
    elif k - 1 >= reader.sent.start and doc[k - 1].like_num:
        j = k
    else:
        return k
    for n in range(j, min(j + _COUNT_WORDS, end)):
        if n in reader.by_start:
            return k
        if doc[n].tag_ == "NNS" and not (n + 1 < end and doc[n + 1].tag_ == "POS"):
            n += 1  # not "eleven carers' | organisations": the noun the possessive is of
            while n < end and reader.words[n] in _COUNT_CLOSERS:
                n += 1
            return n
    return k


__all__ = [
    "BETWEEN_HEADS",
    "BODY_HEADS",
    "BODY_TO_CUE",
    "DESCRIBING_WORDS",
    "LABELS",
    "described_body",
    "past_count",
]
