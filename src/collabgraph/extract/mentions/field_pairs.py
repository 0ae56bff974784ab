"""Two common nouns joined by "and" inside one body's name: "Kelby Speech and
Language Therapy Service", "Fenby Tenants and Residents Association", "the Dalby
Sports and Leisure Trust". After "and" come only common English words and then a
body's head word: that half ("Language Therapy Service", "Residents Association")
names no body of its own (a generic group is no name), so the name runs across
"and". Not when a proper word, a place or a given name opens the words after "and"
("Kelby Carers and Fenby Youth Club" is two), nor when the word before "and" is a
head word ("Kelby Trust and Youth Service") or not a common word ("Oxfam and
Youth Action Trust"), nor when the words before "and" are a person's name ("MP Jane
Doe and Harbour Trust") or close a list ("Alder Trust, Damson Arts and Elm
Housing": the list's last two items). Read by `across_and.one_name_across_and`.
"""

from __future__ import annotations

from spacy.tokens import Token

from collabgraph.extract.mentions.common_words import is_common_word
from collabgraph.extract.mentions.gazetteer import is_uk_place
from collabgraph.extract.mentions.given_names import is_given_name
from collabgraph.extract.mentions.heads import head_kind
from collabgraph.extract.mentions.tokens import PLACE_ENTS, is_cap, lower_word

_MAX_AFTER = 4  # words after "and", the head word with them


def _common_noun(tok: Token) -> bool:
    """A capitalised common English word with no head word's kind, no place nor
    given name ("Tenants", "Speech", "Language")."""
    return (
        is_cap(tok)
        and tok.is_alpha
        and not tok.text.isupper()
        and is_common_word(tok.text)
        and head_kind(lower_word(tok))[0] is None
        and not is_given_name(tok.text)
        and not is_uk_place(tok.text)
        and tok.ent_type_ not in PLACE_ENTS
        and tok.pos_ in {"NOUN", "PROPN"}
    )


def field_pair_across_and(doc, left_start: int, cur_end: int, a_start: int, a_end: int) -> bool:
    """Whether "<common noun> and <common words> <head>" (doc[cur_end - 1], "and",
    doc[a_start:a_end]) is one name's fields of work, its head word at the end; the
    words before "and" (from `left_start`) open with a proper word, the name's own
    ("Kelby Speech"; not "Harbour and Community Support Service", two bodies)."""
    right = doc[a_start:a_end]
    if not 2 <= len(right) <= _MAX_AFTER or cur_end - left_start < 2:
        return False
    if _common_noun(doc[left_start]):
        return False
    if is_given_name(doc[left_start].text):
        return False  # "Conservative MP Jane Doe and Harbour Trust": a person, then a body
    if left_start > 0 and doc[left_start - 1].text == ",":
        return False  # "A, B, Damson Arts and Elm Housing": a list's last two items
    if head_kind(lower_word(right[-1]))[0] != "Organisation":
        return False
    return _common_noun(doc[cur_end - 1]) and all(_common_noun(t) for t in right[:-1])


__all__ = ["field_pair_across_and"]
