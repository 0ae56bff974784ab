"""Bodies named for the two areas they serve, written "<area> and <area> <head>":
"Ashby and Dale ICB", "NHS Orby and Wyke Joint Care Board", "Kelby and Fenby NHS
Foundation Trust". Read by `across_and.one_name_across_and`, which asks whether
"and" in a run of capitalised words joins one such name (`joint_area_across_and`).
"""

from __future__ import annotations

from spacy.tokens import Token

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.mentions.common_words import everyday_word
from collabgraph.extract.mentions.gazetteer import is_uk_place
from collabgraph.extract.mentions.given_names import is_given_name
from collabgraph.extract.mentions.heads import head_kind
from collabgraph.extract.mentions.page_areas import area_named_on_page
from collabgraph.extract.mentions.tokens import PLACE_ENTS, is_cap, lower_word

_JOINT_AREA_HEADS = vocab.words("joint_area_heads")
_PUBLIC_TAILS = tuple(tuple(line.split()) for line in vocab.ordered("joint_area_public_tails"))


def ent_id(tok: Token) -> int | None:
    """An id of the recogniser's entity the token is in (its first token's index)."""
    if not tok.ent_type_:
        return None
    k = tok.i
    while k > 0 and tok.doc[k].ent_iob_ == "I":
        k -= 1
    return k


# "NHS", "Healthwatch": the words that open a public body's name before its area
AREA_BODY_OPENERS = {words for side, words in lx.PLACE_BODY_AFFIXES if side == "before"}


def _joint_area_body(
    doc,
    left_start: int,
    left_end: int,
    right_start: int,
    right_end: int,
    seen=frozenset(),
    *,
    place_known: bool = True,
) -> bool:
    """Whether "<area> and <Area Words> <head>" is one body named for the two areas
    it serves: the head is one that joint areas name (`vocab/joint_area_heads.txt`:
    ICB, CCG, NHS Trust, Police ...), the left side is one or two words that name
    a place (the gazetteer or the recogniser) or one word the page names as an area
    elsewhere (`page_areas`), and the words between "and" and the head are
    capitalised, no person and no body of their own. `place_known=False`: the left
    side need not be a known place (an opener said it is an area)."""
    if right_end - right_start < 2 or not 1 <= left_end - left_start <= 2:
        return False
    if lower_word(doc[right_end - 1]) not in _JOINT_AREA_HEADS:
        return False
    left = doc[left_start:left_end]
    if place_known and not (
        is_uk_place(left.text)
        or all(t.ent_type_ in PLACE_ENTS for t in left)
        or (len(left) == 1 and area_named_on_page(left[0], seen))
    ):
        return False
    words = list(doc[right_start:right_end])
    k = 0  # the area's words run up to the body's first word ("Northdale | NHS Trust")
    while k < len(words) and not _body_word(words[k]):
        k += 1
    if not 1 <= k <= 3 or k == len(words):
        return False
    head_ent = ent_id(words[k])  # "Waveney ICB" read as a person: the head says it is not
    return all(is_cap(t) and (t.ent_type_ != "PERSON" or ent_id(t) == head_ent) for t in words[:k])


def _opened_joint_area_body(
    doc, left_start: int, left_end: int, right_start: int, right_end: int
) -> bool:
    """'NHS Orby and Wyke Joint Care Board': a public body's opener ("NHS"), one
    or two capitalised words, "and", then an area and a head joint areas name; the
    opener says the words are the areas it serves, known places or not (not "NHS
    Orby and Fenby Trust": "Trust" alone after one word is a body of its own)."""
    k = left_start + 1
    if lower_word(doc[left_start]) not in AREA_BODY_OPENERS or not 1 <= left_end - k <= 2:
        return False
    if not all(
        is_cap(t) and t.is_alpha and head_kind(lower_word(t))[0] is None for t in doc[k:left_end]
    ):
        return False
    if right_end - right_start < 3:
        return False
    return _joint_area_body(doc, k, left_end, right_start, right_end, place_known=False)


def _body_word(tok: Token) -> bool:
    low = lower_word(tok)
    return low in _JOINT_AREA_HEADS or head_kind(low)[0] is not None


def joint_area_across_and(
    doc, left_atom, cur_end, left_place, a_start, ends, seen=frozenset(), *, alone=True
) -> bool:
    """Whether "and" at doc[cur_end] joins one body named for two areas, the name so
    far (doc[left_atom:cur_end], `left_place` of its last words a known place) one
    area and a name ending at one of `ends` (the runs after "and", shortest first)
    the other area and the body: "Ashby and Dale ICB", "NHS Ashby and Dale ICB",
    "NHS Orby and Wyke Joint Care Board", "Orby and Wyke NHS Foundation Trust".
    `alone`: the name so far opens the run (not "University of Dalby and Kelby ICB")."""
    area = cur_end - left_place
    opened = " ".join(lower_word(t) for t in doc[left_atom:area]) in AREA_BODY_OPENERS
    for end in ends:
        if alone and _joint_area_body(doc, left_atom, cur_end, a_start, end, seen):
            return True  # "Ashby and Dale ICB": two areas the body serves
        if left_place and opened and _joint_area_body(doc, area, cur_end, a_start, end):
            return True  # "NHS Ashby and Dale ICB": the same after a public body's opener
        if alone and _opened_joint_area_body(doc, left_atom, cur_end, a_start, end):
            return True  # "NHS Orby and Wyke Joint Care Board": areas the page alone names
        if alone and cur_end - left_atom == 1 and unknown_areas_body(doc, left_atom, a_start, end):
            return True  # "Orby and Wyke NHS Foundation Trust": areas known nowhere
    return False


def unknown_areas_body(doc, left: int, right_start: int, right_end: int) -> bool:
    """'Orby and Wyke NHS Foundation Trust', 'Orby and Wyke Valley Primary Care
    Network': one word no dictionary, gazetteer or page knows as a place before
    "and", and after it one to three such words closing in a public body's name that
    two areas share (`vocab/joint_area_public_tails.txt`: NHS Trust, Integrated Care
    Board, County Council ...). The word before "and" is no everyday word, given
    name nor head word (a body's name of one word, made-up, stays a risk the tails
    keep small); not "Shelter and Kelby County Council" (an everyday word)."""
    word = doc[left]
    if not _area_word(word) or everyday_word(word.text) or is_given_name(word.text):
        return False
    low = lower_word(word)
    if low in lx.DOMAIN_WORDS or low in AREA_BODY_OPENERS:
        return False
    words = [lower_word(t) for t in doc[right_start:right_end]]
    for tail in _PUBLIC_TAILS:
        k = len(words) - len(tail)
        if 1 <= k <= 3 and tuple(words[k:]) == tail:
            return all(_area_word(t) for t in doc[right_start : right_start + k])
    return False


def _area_word(tok: Token) -> bool:
    """A capitalised word of letters that is no head word of a body: an area's."""
    return is_cap(tok) and tok.is_alpha and head_kind(lower_word(tok))[0] is None


__all__ = ["AREA_BODY_OPENERS", "ent_id", "joint_area_across_and", "unknown_areas_body"]
