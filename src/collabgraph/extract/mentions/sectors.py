"""Whether capitalised words are a list of sectors, not a name: "the Voluntary,
Community and Social Enterprise (VCSE) sector" names no body, and cut at its
commas and "and" it gives "Voluntary" and "Community and Social Enterprise".
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.mentions.tokens import is_cap, lower_word, lower_words

_SECTOR_WORDS = vocab.words("sector_words")
_LIST_GLUE = {",", "and", "&"}


def sector_list(doc, start: int, end: int) -> bool:
    """True when doc[start:end] is made only of sector words (vocab/sector_words.txt)
    and sits in a list of them: "Voluntary" in "Voluntary, Community and Social
    Enterprise", or "Community and Social Enterprise" itself; not "Social
    Enterprise" alone, nor "Westmoor Voluntary Action" (a word of its own)."""
    lows = lower_words(doc)[start:end]
    words = [w for w in lows if w not in _LIST_GLUE]
    if not words or not all(w in _SECTOR_WORDS for w in words):
        return False
    if any(w in _LIST_GLUE for w in lows):
        return True
    before = start >= 2 and _glue(doc[start - 1]) and _sector_word(doc[start - 2])
    after = end + 1 < len(doc) and _glue(doc[end]) and _sector_word(doc[end + 1])
    return before or after


def _glue(tok) -> bool:
    return lower_word(tok) in _LIST_GLUE


def _sector_word(tok) -> bool:
    return is_cap(tok) and lower_word(tok) in _SECTOR_WORDS
