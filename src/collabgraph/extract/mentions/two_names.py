"""Two names read as one across "and"/"&" (the recogniser's one entity over both):
"University of Dalby and Dalby Young Carers", "Department of History and School of
Music", "Kelby Homes and FoodLink Orton". Read by `split.split_run`, which cuts the
run where one of these holds though its other tests would join it.

Shapes (each a name's own structure, no word list):
- a proper word on both sides ("Fenby Libraries and Booktime Fenby"): one name does
  not say its place twice;
- a body's head word and "of" on both sides ("Faculty of Law and School of Music");
- a whole name on each side: two or more words opening with a proper word, the
  words after "and" opening with a proper word too and ending in a body's head word
  or a UK place ("Quay Vets and Orby College"). Not when a place ends the words
  before "and" ("NHS Dalby and Kelby Trust", "Kelby Advice Line Dalby and Fenby
  Trust": a body named for two areas), a public body's capitals or a compass word
  opens the name ("NHS ...", "North Kelby and ..."), a field of work opens the words
  after "and" ("Kelby Health and Care Trust") or a person's name is on either side.
"""

from __future__ import annotations

from spacy.tokens import Token

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.mentions.common_words import is_common_word
from collabgraph.extract.mentions.gazetteer import is_uk_place
from collabgraph.extract.mentions.heads import head_kind
from collabgraph.extract.mentions.tokens import is_cap, lower_word

_COMPASS = vocab.words("place_compass")


def _proper(tok: Token) -> bool:
    """A capitalised word of three or more letters that is no common English word,
    no compass word nor a public body's capitals ("Dalby", "Booktime")."""
    return (
        is_cap(tok)
        and tok.is_alpha
        and len(tok.text) >= 3
        and not tok.text.isupper()
        and not is_common_word(tok.text)
        and lower_word(tok) not in _COMPASS
    )


def _body_head(tok: Token) -> bool:
    return head_kind(lower_word(tok))[0] == "Organisation"


def _repeated_proper(left, right) -> bool:
    """A proper word said on both sides of "and"."""
    words = {t.lower_ for t in left if _proper(t)}
    return any(_proper(t) and t.lower_ in words for t in right)


def _head_of_both(doc, left, a_start: int, a_end: int) -> bool:
    """ "Faculty of Law and School of Music": a head word before "of" on both sides."""
    left_of = any(
        _body_head(t) and t.i + 1 < left.end and doc[t.i + 1].lower_ == "of" for t in left
    )
    return (
        left_of
        and a_end - a_start == 1
        and _body_head(doc[a_start])
        and a_end < len(doc)
        and doc[a_end].lower_ == "of"
    )


def _whole_names(left, right) -> bool:
    """A whole name on each side of "and" (see the module's docstring)."""
    if len(left) < 2 or len(right) < 2:
        return False
    if any(t.ent_type_ == "PERSON" for t in (*left, *right)):
        return False
    if not _proper(left[0]) or is_uk_place(left[-1].text):
        return False
    if lower_word(left[-1]) in lx.DOMAIN_WORDS or lower_word(right[0]) in lx.DOMAIN_WORDS:
        return False  # "Kelby Health and Care Trust": two fields of one body
    opens = _proper(right[0]) or (len(right) >= 3 and _proper(right[1]))
    ends = _body_head(right[-1]) or is_uk_place(right[-1].text)
    return opens and ends


def two_names_across_and(doc, cur_start: int, cur_end: int, a_start: int, a_end: int) -> bool:
    """Whether doc[cur_start:cur_end], "and", doc[a_start:a_end] are two names."""
    left, right = doc[cur_start:cur_end], doc[a_start:a_end]
    if not len(left) or not len(right) or any(t.text == "," for t in left):
        return False  # "Culture, Media and Sport": a list inside one name
    return (
        _repeated_proper(left, right)
        or _head_of_both(doc, left, a_start, a_end)
        or _whole_names(left, right)
    )


def two_names_across_for(doc, cur_start: int, cur_end: int, a_start: int, a_end: int) -> bool:
    """Whether doc[cur_start:cur_end], "for" ("for the"), doc[a_start:a_end] are two
    names: a name of two words or more closed by a head word of its own kind ("Spring
    Lecture", "Kelby Community Centre", "Fenby Tenants Group"), then a body's whole
    name, its last word a body's strong head word and a proper word in it ("the Orby
    Arts Society"): "the Spring Lecture for Orby Arts Society" is a lecture held for
    a body. Not "Kelby Council for Voluntary Service" (no proper word after "for"),
    nor a person's name on either side."""
    left, right = doc[cur_start:cur_end], doc[a_start:a_end]
    if len(left) < 2 or len(right) < 2:
        return False
    if not all(is_cap(t) and t.is_alpha for t in (*left, *right)):
        return False
    if any(t.ent_type_ == "PERSON" for t in (*left, *right)):
        return False
    if head_kind(lower_word(left[-1]))[0] is None:
        return False
    return head_kind(lower_word(right[-1])) == ("Organisation", 3) and any(
        _proper(t) for t in right
    )


__all__ = ["two_names_across_and", "two_names_across_for"]
