"""A part after "and" (or "&") that names nothing on its own, so the run is one
name across "and" (read by `across_and.one_name_across_and`):

- the area round a place: "Kelby and District Foodbank", "Fenby & Area Lions"
  (vocab/name_area_words_after_and.txt);
- a saint's second name: "St Anne and Mary Church" (two saints, one church);
- a bare head word after a venue's: "the Dalby Community Centre and Library"
  (one building, its two uses).

And two places written with a slash before one venue or body's head word:
"the Kelby/Fenby Resource Centre" is one name (read by `runs.py`), while
"Kelby Trust/Fenby Trust" stays two.
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.mentions.given_names import is_given_name
from collabgraph.extract.mentions.heads import head_kind
from collabgraph.extract.mentions.tokens import SAINT_WORDS, is_cap, lower_word

_AREA_WORDS = vocab.words("name_area_words_after_and")


def part_names_nothing_alone(doc, left_start: int, cur_end: int, a_start: int, a_end: int) -> bool:
    """Whether doc[a_start:a_end], after "and", names nothing alone and so goes on the
    name doc[left_start:cur_end] (the atom before "and") opens."""
    left, right = doc[left_start:cur_end], doc[a_start:a_end]
    if not (len(left) and len(right)) or not all(is_cap(t) for t in right):
        return False
    if lower_word(right[0]) in _AREA_WORDS:
        # "Kelby and District Foodbank": a place before (whatever the recogniser calls
        # it), no head word of its own and no person's given name and surname
        return head_kind(lower_word(left[-1]))[0] is None and not (
            len(left) >= 2 and is_given_name(left[0].text)
        )
    if lower_word(left[0]) in SAINT_WORDS:
        # "St Anne and Mary Church": saint, one name; "and"; a name, then a head word
        return (
            len(left) == 2
            and len(right) >= 2
            and head_kind(lower_word(right[-1]))[0] in {"Place", "Organisation"}
            and head_kind(lower_word(right[0]))[0] is None
            and is_given_name(right[0].text)
        )
    # "Dalby Community Centre and Library": a venue's head, "and", a bare venue head
    return (
        len(right) == 1
        and len(left) >= 2
        and head_kind(lower_word(left[-1]))[0] == "Place"
        and head_kind(lower_word(right[0]))[0] == "Place"
    )


def slash_name_end(doc, j: int, end: int) -> int:
    """The end of a name going on across the slash at doc[j] ("Kelby/Fenby Resource
    Centre"): written close, one capitalised word before it with no head word, and
    capitalised words after it ending in a place's or a body's head word; j if not."""
    if doc[j].text != "/" or doc[j - 1].whitespace_ or doc[j].whitespace_:
        return j
    if head_kind(lower_word(doc[j - 1]))[0] is not None or not is_cap(doc[j - 1]):
        return j
    k = j + 1
    while k < end and is_cap(doc[k]) and doc[k].text != "/":
        k += 1
    if k - j < 3 or head_kind(lower_word(doc[k - 1]))[0] not in {"Place", "Organisation"}:
        return j
    return k


__all__ = ["part_names_nothing_alone", "slash_name_end"]
