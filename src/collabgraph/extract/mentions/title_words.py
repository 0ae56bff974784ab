"""Job titles around a name, for `add_mention`: a place after a title that is the
office's area ("the High Sheriff of Dorset": `area_of_office`), the last word of a
title or honour that is no name ("Secretary of State", "Guest of Honour":
`ends_a_title`, `vocab/name_title_phrases.txt`), and a title's field words before
its core word ("Resources Manager Jo Bell": `field_of_role`)."""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.mentions.tokens import is_cap, lower_word


def area_of_office(doc, start: int, end: int, place: bool) -> str | None:
    """'the High Sheriff of Dorset', 'Director of Wales', 'Councillor for Kendal',
    'Councillor for the Castle Ward': a place (or a ward) after a job title and
    "of"/"for", ending the name, is the area of the office (what a place used
    only so is, like an adjective, is not listed)."""
    k = start - 1
    if k >= 1 and doc[k].lower_ == "the" and lower_word(doc[end - 1]) == "ward":
        k -= 1  # "Councillor for the Spire Ward"
    if (
        (place or lower_word(doc[end - 1]) == "ward")
        and k >= 1
        and doc[k].lower_ in {"of", "for"}
        and is_cap(doc[k - 1])
        and _post_word(doc, k - 1) in lx.ROLE_CORE
        and (end >= len(doc) or not is_cap(doc[end]) or lower_word(doc[end]) in lx.HONORIFICS)
    ):
        return "modifier"
    return None


def _post_word(doc, k: int) -> str:
    """The post word ending at token k, with the words a hyphen joins to it
    ("Lord-Lieutenant" -> "lord-lieutenant"), lower case."""
    first = k
    while first >= 2 and doc[first - 1].text in {"-", "‐"} and doc[first - 1].whitespace_ == "":
        first -= 2
    return "".join(t.lower_ for t in doc[first : k + 1]) if first < k else lower_word(doc[k])


_TITLE_PHRASES = [tuple(p.split()) for p in vocab.ordered("name_title_phrases")]
_TITLE_PHRASES_BY_LAST: dict[str, list[tuple[str, ...]]] = {}
"""The phrases of `_TITLE_PHRASES` by their last word: the words before it."""
for _phrase in _TITLE_PHRASES:
    _TITLE_PHRASES_BY_LAST.setdefault(_phrase[-1], []).append(_phrase[:-1])


def ends_a_title(doc, start: int) -> bool:
    """'State' in "Secretary of State for Health", 'Honour' in "Guest of Honour":
    the last word of a job title or an honour (`vocab/name_title_phrases.txt`)."""
    for before in _TITLE_PHRASES_BY_LAST.get(lower_word(doc[start]), ()):
        n = len(before)
        if start >= n and tuple(lower_word(t) for t in doc[start - n : start]) == before:
            return True
    return False


def field_of_role(doc, end: int, words: list[str]) -> bool:
    """'Resources' in "Resources Manager Jo Bell": the field words of a job title
    before its capitalised core word, no name of their own."""
    return (
        end < len(doc)
        and is_cap(doc[end])
        and lower_word(doc[end]) in lx.ROLE_CORE
        and all(w in lx.DOMAIN_WORDS for w in words)
    )
