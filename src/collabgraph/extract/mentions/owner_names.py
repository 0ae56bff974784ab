"""A name made with a possessive whose owner is no name on its own: "Moretti's
Bakery", "Hobb's Wood", "Addison's Support Fenby". One rare word (a surname, a
brand: no everyday English word, given name or place) opens the run before "'s",
capitalised words follow it, and the text around never writes the word alone
(nor "Moretti's staff"): the owner is the name's own word, so the run does not
end at "'s". Not "Fenby's Mayor" (a post after it), "Kelby's Youth Service" (a
place the recogniser or gazetteer knows), "Dalby's Kelmoor branch" (the recogniser
starts a name after "'s" on no head word), "Tarnby's Old Quay" (a place's
head word, the whole not the recogniser's one place), "Ada's Garden" (a given
name), nor "Jo Tern's Trust" (two words before "'s", a person's). After a shop's
or trade's word ("Pattinson's Brewery", vocab/trade_heads.txt) the owner is kept
though the recogniser calls it a person or a town. Read by
`runs.py` where a run meets a possessive.
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.mentions.common_words import everyday_word
from collabgraph.extract.mentions.gazetteer import is_uk_place
from collabgraph.extract.mentions.given_names import is_given_name
from collabgraph.extract.mentions.heads import head_kind
from collabgraph.extract.mentions.tokens import (
    CALENDAR_WORDS,
    PLACE_ENTS,
    POSSESSIVE,
    is_cap,
    lower_word,
)

_MAX_AFTER = 3  # capitalised words after "'s"
_PLACE_LIKE = PLACE_ENTS | {"FAC"}  # the recogniser's one place or building
_NOUNS = vocab.words("name_possessive_nouns")
_TRADES = vocab.words("trade_heads")
_LIST_JOINS = {"and", ","}  # "Greaves Motors and Moretti's Bakery": the owner listed


def owned_run(doc, start: int, j: int, end: int) -> int:
    """The end of the name when the word before the possessive at j (the run's only
    word from doc[start], or listed after "and" or a comma before a trade's word)
    is a rare word the text never writes alone, and one to three capitalised words,
    no post, person nor date, follow the possessive; else 0."""
    listed = j > start + 2 and lower_word(doc[j - 2]) in _LIST_JOINS
    owner = doc[j - 1]
    if not (j == start + 1 or listed) or not (is_cap(owner) and owner.is_alpha):
        return 0
    if owner.text.isupper():
        return 0
    if is_given_name(owner.text) or is_uk_place(owner.text):
        return 0
    k = j + 1
    while k < end and is_cap(doc[k]):
        k += 1
    after = doc[j + 1 : k]
    if not 1 <= len(after) <= _MAX_AFTER:
        return 0
    trade = _trade_name(after) and head_kind(lower_word(owner))[0] is None
    if listed and not trade:
        return 0  # "A and Moretti's Bakery": a listed owner only before a trade's word
    if everyday_word(owner.text) and not trade:
        return 0  # "Morrow's Garden Centre" keeps its owner, "Harvest's Fair" does not
    if not trade and (owner.ent_type_ in PLACE_ENTS or owner.ent_type_ == "PERSON"):
        return 0
    if not trade and after[0].ent_iob_ == "B" and head_kind(lower_word(after[0]))[0] is None:
        return 0  # "Dalby's Kelmoor branch": the recogniser starts a name after "'s"
    place = all(t.ent_iob_ == "I" and t.ent_type_ in _PLACE_LIKE for t in (doc[j], *after))
    if head_kind(lower_word(after[-1]))[0] == "Place" and not (place or trade):
        return 0  # "Tarnby's Old Quay": a place's own quay, unless one place
    if any(
        lower_word(t) in lx.ROLE_CORE or lower_word(t) in CALENDAR_WORDS or t.ent_type_ == "PERSON"
        for t in after
    ):
        return 0
    alone = any(_alone(doc, t.i) for t in doc if t.i != owner.i and t.text == owner.text)
    return 0 if alone else k


def _trade_name(after) -> bool:
    """The words after the possessive end in a shop's or trade's word
    (vocab/trade_heads.txt: "Bakery", "Garden Centre"): a family business."""
    words = [lower_word(t) for t in after]
    return words[-1] in _TRADES or " ".join(words[-2:]) in _TRADES


def _alone(doc, i: int) -> bool:
    """The word at i is written as a name of its own: no possessive after it, or
    a possessive and then a lower-case word ("Marwick's chief executive")."""
    if i + 1 >= len(doc) or doc[i + 1].text not in POSSESSIVE:
        return True
    return i + 2 < len(doc) and doc[i + 2].is_lower


__all__ = ["owned_run"]


def paired_possessive_end(doc, j: int, end: int) -> int:
    """The index after "<Noun>' and <Noun>' <Head>" when doc[j] is a possessive
    mark after a common noun that makes names with a possessive
    (vocab/name_possessive_nouns.txt: "Boys' and Girls' Club", "Women's and
    Children's Hospital"): the noun after "and" is one too, written with its own
    mark and a capitalised word after it, so "and" joins two owners of one name,
    not two names; else 0."""
    k = j + 1
    if j < 1 or k + 3 >= end or doc[j].text not in POSSESSIVE:
        return 0
    if lower_word(doc[j - 1]) not in _NOUNS or lower_word(doc[k]) not in ("and", "&"):
        return 0
    second, mark, after = doc[k + 1], doc[k + 2], doc[k + 3]
    if not (is_cap(second) and lower_word(second) in _NOUNS and mark.text in POSSESSIVE):
        return 0
    return k + 3 if is_cap(after) else 0
