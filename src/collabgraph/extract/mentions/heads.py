"""What type a name ending in a word suggests: "... Council", "... Symposium"."""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab

_TYPE_NOUNS = vocab.table("type_nouns")
_NEWSPAPER_WORDS = vocab.words("newspaper_words")


def newspaper_title(words: list[str], first: bool = True) -> bool:
    """ "Daily Foo", "Kelby Gazette": a newspaper's or magazine's title, its first
    (unless not `first`) or last word (lower case) a newspaper's
    (`vocab/newspaper_words.txt`)."""
    ends = words[-1] in _NEWSPAPER_WORDS or (first and words[0] in _NEWSPAPER_WORDS)
    return len(words) >= 2 and ends


def head_kind(word: str) -> tuple[str | None, int]:
    """The entity type a name ending in `word` suggests, and how strongly."""
    if word in lx.STRONG_VENUE_HEADS:
        return "Place", 3
    if word in lx.VENUE_HEADS:
        return "Place", 2
    if word in lx.EXTRA_ORG_HEADS:
        return "Organisation", 2
    if word in lx.STRONG_ORG_HEADS:
        return "Organisation", 3
    if word in lx.STRONG_EVENT_HEADS:
        return "Event", 3
    if word in lx.STRONG_PROJECT_HEADS:
        return "Project", 3
    if word in lx.STRONG_REPORT_HEADS:
        return "Report", 3
    if word in lx.ORG_HEADS:
        return "Organisation", 1
    if word in lx.EVENT_HEADS:
        return "Event", 1
    if word in lx.PROJECT_HEADS:
        return "Project", 1
    if word in lx.REPORT_HEADS:
        return "Report", 1
    return None, 0


def plural_type_noun(word: str) -> str | None:
    """The type a plural noun of a kind gives the names listed before it ("the
    Foo and Bar programmes" -> "Project", "strategies" -> "Report"); None for
    any other word (the pipeline has no lemmatizer, so plurals are read here)."""
    for plural, single in (("ies", "y"), ("s", "")):
        if word.endswith(plural) and word[: -len(plural)] + single in _TYPE_NOUNS:
            return _TYPE_NOUNS[word[: -len(plural)] + single]
    return None
