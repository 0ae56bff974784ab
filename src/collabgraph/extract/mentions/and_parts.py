"""A part after "and" (or "&") that names nothing on its own, so the run is one
name across "and" (read by `across_and.one_name_across_and`):

- the area round a place: "Kelby and District Foodbank", "Fenby & Area Lions"
  (vocab/name_area_words_after_and.txt);
- the second of a set pair of fields: "Kelby Libraries and Archives", "the Fenby
  Museum and Art Gallery", "Dalby Fire and Rescue"
  (vocab/name_field_pairs_across_and.txt);
- a saint's second name: "St Anne and Mary Church" (two saints, one church);
- a bare head word after a venue's: "the Dalby Community Centre and Library"
  (one building, its two uses);
- common words before "and" and common words after it that end in a body's strong
  head word or a place: "Rural Carers and Youth Support Team Kelby" (neither side
  has a word of its own: the fields a body is named for); not "Citizens Help and
  Fenby Trust", where a proper word opens the second body;
- common words closing the run after a name ending in a common noun that is no head
  word: "Dalby District Community and Voluntary Solutions" ("Voluntary Solutions"
  names nothing), not "Kelby Youth Club and Local Families".

And two places written with a slash before one venue or body's head word:
"the Kelby/Fenby Resource Centre" is one name (read by `runs.py`), while
"Kelby Trust/Fenby Trust" stays two.
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.mentions.common_words import is_common_word
from collabgraph.extract.mentions.gazetteer import is_uk_place
from collabgraph.extract.mentions.given_names import is_given_name
from collabgraph.extract.mentions.heads import head_kind
from collabgraph.extract.mentions.tokens import (
    PLACE_ENTS,
    POSSESSIVE,
    SAINT_WORDS,
    is_cap,
    lower_word,
)

_AREA_WORDS = vocab.words("name_area_words_after_and")
_LANDFORM_WORDS = vocab.words("name_landform_words_after_and")
_TEAM_WORDS = vocab.words("team_name_words")
_COMPASS = vocab.words("place_compass")
_NOUN_TAGS = {"NN", "NNS", "NNP", "NNPS"}
_FIELD_PAIRS = tuple(
    (tuple(left.split()), tuple(right.split()))
    for left, _, right in (
        pair.partition(" and ") for pair in vocab.ordered("name_field_pairs_across_and")
    )
)


def part_names_nothing_alone(doc, left_start: int, cur_end: int, a_start: int, a_end: int) -> bool:
    """Whether doc[a_start:a_end], after "and", names nothing alone and so goes on the
    name doc[left_start:cur_end] (the atom before "and") opens."""
    left, right = doc[left_start:cur_end], doc[a_start:a_end]
    if not (len(left) and len(right)) or not all(is_cap(t) for t in right):
        return False
    if set_field_pair(left, right):
        return True  # "Kelby Libraries and Archives": one body's two set fields
    first = lower_word(right[0])
    if first in _AREA_WORDS or (first in _LANDFORM_WORDS and _landform_closes(right)):
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


def set_field_pair(left, right) -> bool:
    """Whether the words closing `left` and opening `right` (the spans either side of
    "and") are a set pair of fields one body is named for: "Libraries" and "Archives",
    "Museum" and "Art Gallery" (vocab/name_field_pairs_across_and.txt)."""
    lows = [lower_word(t) for t in left]
    rights = [lower_word(t) for t in right]
    return any(
        len(lw) <= len(lows) and tuple(lows[-len(lw) :]) == lw and tuple(rights[: len(rw)]) == rw
        for lw, rw in _FIELD_PAIRS
    )


def _landform_closes(right) -> bool:
    """Whether a landform's word ("Vale") opening the part after "and" stands for the
    area beside the place: it ends the run ("Fenby Coast and Vale") or comes before
    letters or a body's head word ("Kelby and Vale UHB"); not before a venue's or a
    sports club's word ("Kelby and Vale Park", "Kelby and Vale Athletic": a name of
    its own)."""
    if len(right) == 1:
        return True
    nxt = right[1]
    if nxt.text.isupper() and nxt.is_alpha and len(nxt) >= 2:
        return True
    word = lower_word(nxt)
    return head_kind(word)[0] == "Organisation" and word not in _TEAM_WORDS


def common_words_across_and(doc, left_start: int, cur_end: int, a_start: int, a_end: int) -> bool:
    """Whether "<common words> and <common words> <head or place>" is one name:
    "Rural Carers and Youth Support Team Kelby". Two or three common words before
    "and", the last a noun, none a body's head word of any strength (a venue's may
    be one), a place, a given name or a person's, name no body alone; the words
    after open with a common word that is no strong head word and end in a body's
    strong head word or a place (then all common words), so no proper word opens
    a second name. Not a place's words opening with a compass word ("East Dale and
    Fenby Housing Trust"), nor a name closed by a describing word ("Parks Connected
    and Family Support Trust": a body named by what it is)."""
    left, right = doc[left_start:cur_end], doc[a_start:a_end]
    if not 2 <= len(left) <= 3 or len(right) < 2:
        return False
    if lower_word(left[0]) in _COMPASS or left[-1].tag_ not in _NOUN_TAGS:
        return False
    if not all(_common(t) for t in (*left, right[0])):
        return False
    # a body's head word, even a weak one, closes a name of its own: "Birch Homes and
    # Cedar Foundation" are two bodies
    if any(head_kind(lower_word(t))[0] == "Organisation" for t in left):
        return False
    if head_kind(lower_word(right[0]))[1] >= 3:
        return False
    last = right[-1]
    return head_kind(lower_word(last)) == ("Organisation", 3) or (
        is_uk_place(last.text) and all(_common(t) for t in right[:-1])
    )


def common_words_end_after_and(doc, left_start: int, cur_end: int, a_start: int, end: int) -> bool:
    """Whether "<name> and <common words>" closing the run is one name: "Dalby District
    Community and Voluntary Solutions". Two or more common words after "and", none
    a head word, a place or a given name, end the run and name nothing alone; the
    name before, no person's, opens with a word that is no capitalised common word
    and ends in a common noun that is no head word of any kind ("Kelby Trust and
    Good Deeds", "Kelby Youth Club and Local Families" stay apart)."""
    left, right = doc[left_start:cur_end], doc[a_start:end]
    if len(left) < 2 or len(right) < 2 or any(t.ent_type_ == "PERSON" for t in left):
        return False
    if not all(_common(t) and head_kind(lower_word(t))[0] is None for t in right):
        return False
    return (
        left[-1].tag_ in _NOUN_TAGS
        and _common(left[-1])
        and head_kind(lower_word(left[-1]))[0] is None
        and not _common(left[0])
    )


def one_owner_across_and(doc, cur_end: int, a_start: int, a_end: int) -> bool:
    """Whether a possessive in the first two words after "and" (doc[a_start:a_end]),
    a name's words going on after it, closes one name with the words before "and"
    ("Kelby & District Men's Shed", "Fenby Deaf and Disabled People's Forum",
    "Kelby Parents and Carers' Group"): the words from "and" to the possessive name
    no one of their own, an area word or common words after a common word, none a
    head word, place or given name; not "the KLNA and Ada Brook's Society" nor
    "Fenby Trust and Carers' Hub" (two bodies)."""
    at = next((k for k in (a_start + 1, a_start + 2) if k < a_end and doc[k].text in POSSESSIVE), 0)
    if not at or at + 1 >= a_end or head_kind(lower_word(doc[cur_end - 1]))[0] is not None:
        return False
    if lower_word(doc[a_start]) in _AREA_WORDS:
        return True
    words = (doc[cur_end - 1], *doc[a_start:at])
    return all(_common(t) and head_kind(lower_word(t))[0] is None for t in words)


def _common(tok) -> bool:
    """A capitalised common English word that is no place, given name or person's."""
    return (
        is_cap(tok)
        and tok.is_alpha
        and is_common_word(tok.text)
        and not is_uk_place(tok.text)
        and not is_given_name(tok.text)
        and tok.ent_type_ != "PERSON"
        and tok.ent_type_ not in PLACE_ENTS
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


__all__ = [
    "common_words_across_and",
    "common_words_end_after_and",
    "one_owner_across_and",
    "part_names_nothing_alone",
    "set_field_pair",
    "slash_name_end",
]
