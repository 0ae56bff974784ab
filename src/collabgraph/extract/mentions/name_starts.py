"""Where a person's name starts in a run of capitalised words: a title or a stray
word written before it is not part of it ("Minister for Young Carers Ailsa
Quennell", "Officially opening it, MP for Kelby North Ewan Marsh said").

A reader sees the name as the last two words, a given name first (one that is
no English word: not "Red Cross") or a rare word before a given name, after
words that are everyday English ("Minister", "Early", "Need") or a place, none a
given name nor a body's head word. Those words are a post, the tail of a body's
name the run took in, or a sentence's opening; only a place among them is kept
as a name of its own.

A nationality word before a name is no part of it either ("Croat Alen Roe",
"Uruguayan Marco Tellez": `vocab/nationality_words.txt`), when the words after it
are a person's name of two or three words, the first a given name or a rare word.
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.mentions.common_words import is_common_word, is_english_word
from collabgraph.extract.mentions.gazetteer import is_uk_place
from collabgraph.extract.mentions.given_names import is_given_name
from collabgraph.extract.mentions.heads import head_kind
from collabgraph.extract.mentions.tokens import is_cap, lower_word

_JOINS = {"-", "‐", "for", "of", "and", "&", "in"}
_NATIONALITIES = vocab.words("nationality_words")


def _names_word(tok) -> bool:
    """A word of a person's name: capitalised letters, not all capitals (letters
    of a body: "Marsh Lane CDT"), no head word, no place."""
    return (
        tok.is_alpha
        and is_cap(tok)
        and not tok.text.isupper()
        and head_kind(lower_word(tok))[0] is None
        and not is_uk_place(tok.text)
    )


def _given_first(first: str, second: str) -> bool:
    """A given name that is no English word ("Ewan", not "Red" or "Bay"), or a
    rare word before a given name (a given name the list lacks, then a surname
    that is also a given name: "Zuri Todd")."""
    if is_given_name(first):
        return not is_english_word(first)
    return not is_common_word(first) and is_given_name(second)


def _stray(tok) -> bool:
    """A word that may stand before a name without being part of it."""
    low = lower_word(tok)
    if low in _JOINS or low in lx.HONORIFICS:
        return True
    return (
        tok.is_alpha
        and not is_given_name(tok.text)
        and head_kind(low)[0] is None
        and (is_common_word(tok.text) or is_uk_place(tok.text))
    )


def name_after_stray_words(doc, start: int, end: int) -> int | None:
    """Where the person's name in doc[start:end] starts when everyday words come
    before it (see the module docstring); None when the run is no such thing."""
    k = end - 2
    if k - start < 1:
        return None
    name = doc[k:end]
    if not all(_names_word(t) for t in name) or not _given_first(name[0].text, name[1].text):
        return None
    if doc[k - 1].lower_ in _JOINS:
        return None  # "Friends of Amy Lark": a body named after a person
    if doc[k].ent_iob_ == "I" and doc[k].ent_type_ != "PERSON":
        return None  # "the Western Red Lion": the recogniser reads one body across it
    before = doc[start:k]
    if not all(_stray(t) for t in before) or not any(t.is_alpha and is_cap(t) for t in before):
        return None
    return k


def name_after_nationality(doc, start: int, end: int) -> int | None:
    """start + 1 when doc[start:end] is a nationality word then a person's name of
    two or three words, the first a given name or a rare word and no English word
    ("Croat Alen Roe"); None otherwise ("Scottish Power Renewables", "Australian
    Capital Territory", "Welsh Rugby Union", "the British Red Kite Society": one body
    the recogniser reads from "the" across the nationality)."""
    if not 3 <= end - start <= 4 or lower_word(doc[start]) not in _NATIONALITIES:
        return None
    name = doc[start + 1 : end]
    first = name[0].text
    if not all(_names_word(t) for t in name) or is_english_word(first):
        return None
    if doc[start].ent_iob_ == "I" and name[0].ent_iob_ == "I" and name[0].ent_type_ != "PERSON":
        return None  # "the British Red Kite Society": one body read from "the" on
    return start + 1 if is_given_name(first) or not is_common_word(first) else None


def cut_stray_words(doc, parts: list[tuple[int, int]]) -> tuple[list[tuple[int, int]], set]:
    """`parts` with each person's name cut from the everyday words before it, and
    the (start, end) of the names so cut (a person's, whatever the recogniser said)."""
    out: list[tuple[int, int]] = []
    names: set[tuple[int, int]] = set()
    for s, e in parts:
        k = name_after_stray_words(doc, s, e)
        if k is None:
            k = name_after_nationality(doc, s, e)
        if k is None:
            out.append((s, e))
            continue
        if is_uk_place(doc[s:k].text):
            out.append((s, k))  # "Kelby Ewan Marsh": the place is a name of its own
        out.append((k, e))
        names.add((k, e))
    return out, names
