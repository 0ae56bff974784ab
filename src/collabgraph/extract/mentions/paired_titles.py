"""A title of two parallel halves split by a comma: "Warm Hands, Full Plates",
"Our Street, Our Health", "Knees Up, Phones Down" (a project's or a report's name).
Read by `runs._capital_runs` at a comma, which takes both halves as one run.

Shape: two or three capitalised words, a comma, the same number of capitalised
words, and the run ends there; the halves share their first word ("Our ..., Our
..."), or every word is a common English word. Not an item of a list (a comma
before the first half, or "and"/"or"/a comma with a capitalised word after the
second), nor words naming a person, a place, a date or a body ("Kelby Trust, Fenby
Council"; a strong head word such as Trust or Council in either half).
"""

from __future__ import annotations

from spacy.tokens import Token

from collabgraph.extract import lexicon as lx
from collabgraph.extract.mentions.common_words import is_common_word
from collabgraph.extract.mentions.gazetteer import is_uk_place
from collabgraph.extract.mentions.given_names import is_given_name
from collabgraph.extract.mentions.heads import head_kind
from collabgraph.extract.mentions.tokens import CALENDAR_WORDS, is_cap, lower_word

_HALF = (2, 3)  # words in each half
_STRONG_HEAD = 3  # a head word's weight that names a body ("Trust", "Council")
_NOT_TITLE_ENTS = {"GPE", "LOC", "DATE", "TIME", "MONEY", "CARDINAL", "ORDINAL"}


def _title_word(tok: Token) -> bool:
    low = lower_word(tok)
    return (
        is_cap(tok)
        and tok.is_alpha
        and not tok.text.isupper()
        and tok.ent_type_ not in _NOT_TITLE_ENTS
        and (tok.ent_type_ != "PERSON" or is_common_word(tok.text))  # "Healthy People"
        and not is_uk_place(tok.text)
        and not is_given_name(tok.text)
        and low not in CALENDAR_WORDS
        and head_kind(low)[1] < _STRONG_HEAD
        and low not in lx.ROLE_CORE  # "Project Manager, Community Services": a post
    )


def paired_title_end(doc, start: int, comma: int, end: int) -> int:
    """The end of a two-halved title whose first half is doc[start:comma] (doc[comma]
    a comma), or 0 if the words are no such title."""
    n = comma - start
    k = comma + 1 + n
    if n not in _HALF or k > end:
        return 0
    first, second = doc[start:comma], doc[comma + 1 : k]
    if not all(_title_word(t) for t in (*first, *second)):
        return 0
    if start > 0 and doc[start - 1].text in {",", ";"}:
        return 0  # "..., Warm Rooms, Hot Meals": items of a list
    if k < end and (is_cap(doc[k]) or doc[k].text == "-"):
        return 0  # the halves go on: no two-halved title
    if k + 1 < end and doc[k].lower_ in {"and", "or", ",", "&"} and is_cap(doc[k + 1]):
        return 0  # "Social Care, Public Health and Housing": a list
    same_opening = first[0].lower_ == second[0].lower_
    common = all(is_common_word(t.text) for t in (*first, *second))
    return k if same_opening or common else 0


PAIRED_TITLE_VOTE = 1
"""For a two-halved title's Project (the words around it may make it a Report)."""


def is_paired_title(doc, start: int, end: int) -> bool:
    """Whether doc[start:end] is a whole two-halved title ("Warm Hands, Full Plates")."""
    n = (end - start - 1) // 2
    comma = start + n
    return (
        n in _HALF
        and end - start == 2 * n + 1
        and doc[comma].text == ","
        and paired_title_end(doc, start, comma, end) == end
    )


__all__ = ["PAIRED_TITLE_VOTE", "is_paired_title", "paired_title_end"]
