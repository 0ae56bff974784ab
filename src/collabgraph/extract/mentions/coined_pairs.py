"""A coined name of two everyday words across "and": "Tea and Talk", "Lunch and
Learn", "Cuppa and Chat" (a drop-in's, a course's or a group's name). One
capitalised everyday word on each side, in the middle of a sentence, closing the
run, neither a head word of a body, place or field ("Health and Wellbeing" is a
field pair, read elsewhere), a person's name or a place: apart, each would be a lone
common word naming nothing; together they name the thing. Read by
`across_and.one_name_across_and`.
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract.mentions.common_words import everyday_word, is_common_word
from collabgraph.extract.mentions.gazetteer import is_uk_place
from collabgraph.extract.mentions.given_names import is_given_name
from collabgraph.extract.mentions.heads import head_kind
from collabgraph.extract.mentions.tokens import is_cap, lower_word

_NOT_ENTS = frozenset({"DATE", "TIME", "NORP"})
_GUESSED_ENTS = frozenset({"PERSON", "GPE", "LOC"})  # a guess an everyday word outweighs


def coined_pair(doc, cur_start: int, cur_end: int, a_start: int, a_end: int, end: int) -> bool:
    """Whether "<Word> and <Word>" (tokens cur_start..a_end, the run ending at `end`)
    is one coined name: see the module docstring."""
    if cur_end - cur_start != 1 or a_end - a_start != 1 or a_end != end:
        return False
    left, right = doc[cur_start], doc[a_start]
    if left.is_sent_start or doc[cur_end].lower_ not in {"and", "&"}:
        return False  # a sentence's or a heading's first word is capitalised anyway
    return all(_coined_word(t) for t in (left, right))


def _coined_word(tok) -> bool:
    """A capitalised common word that names nothing alone: no head word of a body
    or a place, no field of work, no place, no date; a word the recogniser reads as
    a person's or a place's only when an everyday word ("Bread", "Songs": a guess),
    and no given name it reads as a person's ("Tea" may be one: not when read so)."""
    word = lower_word(tok)
    return (
        is_cap(tok)
        and tok.is_alpha
        and not tok.is_upper
        and is_common_word(tok.text)
        and tok.ent_type_ not in _NOT_ENTS
        and (tok.ent_type_ not in _GUESSED_ENTS or everyday_word(tok.text))
        and not (tok.ent_type_ == "PERSON" and is_given_name(tok.text))
        and head_kind(word)[0] not in {"Organisation", "Place"}
        and word not in lx.DOMAIN_WORDS
        and not is_uk_place(tok.text)
    )


__all__ = ["coined_pair"]
