"""Whether "and" (or "&") in a run of capitalised words joins one name or two:
"Redcar and Cleveland", "Dorset and Wiltshire NHS Foundation Trust", "Mid and
South Essex", "Ashby and Dale ICB" are one; "in Northshire and Westshire" is two
places. Read by `split.split_run`.
"""

from __future__ import annotations

from spacy.tokens import Token

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.mentions.and_parts import (
    common_words_across_and,
    common_words_end_after_and,
    one_owner_across_and,
    part_names_nothing_alone,
)
from collabgraph.extract.mentions.coined_pairs import coined_pair
from collabgraph.extract.mentions.common_words import everyday_word
from collabgraph.extract.mentions.field_pairs import field_pair_across_and
from collabgraph.extract.mentions.gazetteer import is_uk_place, place_across
from collabgraph.extract.mentions.given_names import is_given_name
from collabgraph.extract.mentions.heads import head_kind
from collabgraph.extract.mentions.joint_areas import ent_id, joint_area_across_and
from collabgraph.extract.mentions.tokens import PLACE_ENTS, is_cap, lower_word


def start_of_atom(atoms: list[tuple[int, int, str | None]], end: int) -> int:
    for a_start, a_end, _ in atoms:
        if a_end == end:
            return a_start
    return end - 1


def two_places(doc, left_start: int, left_end: int, a_start: int, a_end: int) -> bool:
    """ "in Northshire and Westshire" (read whole by the recogniser): the run is two
    gazetteer places, not one place across "and" ("Redcar and Cleveland") nor a
    body named after them ("Foo Foundation Northshire and Westshire")."""
    return (
        is_uk_place(doc[left_start:left_end].text)
        and is_uk_place(doc[a_start:a_end].text)
        and not is_uk_place(doc[left_start:a_end].text)
    )


def _place_at(doc, start: int, end: int, *, from_end: bool) -> int:
    """How many words at the start (or end) of doc[start:end] name a UK place; 0 if none."""
    for n in range(min(end - start, 4), 0, -1):
        span = doc[end - n : end] if from_end else doc[start : start + n]
        if is_uk_place(span.text):
            return n
    return 0


def one_name_across_and(
    doc, cur_start, cur_end, a_start, a_end, end, atoms, seen: frozenset[str] = frozenset()
) -> bool:
    """One name across "and"/"&": a gazetteer place ("Redcar and Cleveland"), two places
    before a body ("Dorset and Wiltshire NHS Foundation Trust"), two fields of
    work in a body's name ("... Health and Care Partnership"), or a body named
    after places ("Community Foundation Kent & Medway and Surrey"). `seen`: the
    page's memory (`memory.names_seen`), whose area words name unknown areas."""
    if place_across(doc, cur_start, cur_end, a_start, a_end):
        return True
    if _compass_across(doc, cur_end, a_start, a_end):
        return True  # "NHS Mid and South Kelby": one area, its two parts
    if kind_words_after_and(doc, cur_end, a_start, a_end):
        return True  # "Kelby Lane Sports and Social Club": the kind word ends the name
    if field_pair_across_and(doc, start_of_atom(atoms, cur_end), cur_end, a_start, a_end):
        return True  # "Kelby Speech and Language Therapy Service": fields, then the head
    if last_field_after_and(doc, cur_start, cur_end, a_start, a_end, end):
        return True  # "Westshire Sport and Leisure": a field alone names nothing
    if part_names_nothing_alone(doc, start_of_atom(atoms, cur_end), cur_end, a_start, a_end):
        return True  # "Kelby and District Foodbank", "St Anne and Mary Church"
    if one_owner_across_and(doc, cur_end, a_start, a_end):
        return True  # "Kelby & District Men's Shed": the possessive closes one name
    # common words on both sides of "and", opening the name so far: "Rural Carers and
    # Youth Support Team Kelby", "Dalby District Community and Voluntary Solutions"; not words that
    # close a named body ("Coalition for Young Carers and Carers Link": two bodies)
    left_atom = start_of_atom(atoms, cur_end)
    if left_atom == cur_start and (
        common_words_across_and(doc, left_atom, cur_end, a_start, a_end)
        or (a_end == end and common_words_end_after_and(doc, left_atom, cur_end, a_start, end))
    ):
        return True
    if left_atom == cur_start and coined_pair(doc, cur_start, cur_end, a_start, a_end, end):
        return True  # "Tea and Talk": two everyday words, one coined name
    left_place = _place_at(doc, cur_start, cur_end, from_end=True)
    # the name goes on through "and"s: "... Arts and Heritage Partnership"
    n = next(n for n, atom in enumerate(atoms) if atom[0] == a_start)
    while n + 1 < len(atoms) and atoms[n + 1][2] in {"and", "&"}:
        n += 1
    body = head_kind(lower_word(doc[atoms[n][1] - 1]))[0] == "Organisation"
    right_place = _place_at(doc, a_start, a_end, from_end=False)
    left_atom = start_of_atom(atoms, cur_end)
    # the place opens the name so far: "University of Dalby and Kelby Council" is two
    alone = left_atom == cur_start
    if (
        body
        and alone
        and left_place == cur_end - left_atom
        and right_place
        and a_start + right_place < a_end
    ):
        return True  # "Dorset and Wiltshire NHS ...": the places name the body at the end
    if (
        body
        and lower_word(doc[cur_end - 1]) in lx.DOMAIN_WORDS
        and lower_word(doc[a_start]) in lx.DOMAIN_WORDS
        and doc[cur_end - 1].ent_type_ != "PERSON"
    ):
        return True  # "... Health and Care Partnership"
    ends = dict.fromkeys((a_end, atoms[n][1]))  # "Orby and Wyke ICB and Fenby Trust"
    if joint_area_across_and(doc, left_atom, cur_end, left_place, a_start, ends, seen, alone=alone):
        return True  # "Ashby and Dale ICB", "NHS Ashby and Dale ICB": two areas, one body
    named_after_places = (
        left_place
        and cur_end - left_place > cur_start
        and (
            any(
                head_kind(lower_word(t))[0] == "Organisation"
                for t in doc[cur_start : cur_end - left_place]
            )
            or _one_body_entity(doc, cur_start, a_end)
        )
    )
    return bool(named_after_places and right_place == a_end - a_start)


def _one_body_entity(doc, start: int, end: int) -> bool:
    """'Age Friendly Whitby & North Selby': the recogniser reads doc[start:end] as
    one organisation, a name with no head word before the places it is named for."""
    first, last = doc[start], doc[end - 1]
    return first.ent_type_ == "ORG" and first.ent_iob_ == "B" and ent_id(last) == start


_COMPASS = vocab.words("place_compass")


def _plain_word(tok: Token) -> bool:
    """A capitalised everyday word with no head word's kind, no place nor given name
    ("Sports", "Social", "Heritage"), so it names no body on its own (the recogniser's
    "person" on "Heritage Centre" is a misreading)."""
    low = lower_word(tok)
    return (
        is_cap(tok)
        and tok.is_alpha
        and (everyday_word(tok.text) or low in lx.DOMAIN_WORDS)
        and head_kind(low)[0] is None
        and low not in lx.ROLE_CORE
        and not is_uk_place(tok.text)
        and not is_given_name(tok.text)
        and tok.ent_type_ not in PLACE_ENTS
    )


def kind_words_after_and(doc, cur_end: int, a_start: int, a_end: int) -> bool:
    """'Kelby Lane Sports and Social Club', 'the Fenby Arts and Heritage Centre': after
    "and" only everyday words and then a body's or a place's head word ("Social
    Club", "Heritage Centre" name nothing alone), and an everyday word before "and":
    the kind word at the end names the whole ("Fenby Trust and Kelby Community
    Centre", with a proper word after "and", is two)."""
    right = doc[a_start:a_end]
    if len(right) != 2:  # "Kelby Connected and Good Deeds Foundation" is two
        return False
    if head_kind(lower_word(right[-1]))[0] not in {"Organisation", "Place"}:
        return False
    left = doc[cur_end - 1]
    return (
        _plain_word(left)
        and left.ent_type_ != "PERSON"
        and left.pos_ in {"NOUN", "PROPN"}
        and all(_plain_word(t) for t in right[:-1])
    )


def last_field_after_and(doc, cur_start, cur_end, a_start, a_end, end) -> bool:
    """'Dalby Housing and Support', 'Westshire Sport and Leisure': a proper word, a
    field of work, "and", then one more field that ends the run: the last field
    names no body on its own, so the name runs across "and" ("Kelby Housing and
    Fenby Council" is two)."""
    first = doc[cur_start]
    return (
        a_end == end
        and a_end - a_start == 1
        and cur_end - cur_start >= 2
        and is_cap(doc[a_start])
        and lower_word(doc[a_start]) in lx.DOMAIN_WORDS
        and lower_word(doc[cur_end - 1]) in lx.DOMAIN_WORDS
        and is_cap(first)
        and not everyday_word(first.text)
        and lower_word(first) not in lx.DOMAIN_WORDS
    )


def _compass_across(doc, cur_end: int, a_start: int, a_end: int) -> bool:
    """'Mid and South Essex', 'North and West Dalby': a compass word before "and"
    names no place alone; with a compass word and a place after "and" the two name
    one area."""
    return (
        lower_word(doc[cur_end - 1]) in _COMPASS
        and a_end - a_start >= 2
        and lower_word(doc[a_start]) in _COMPASS
        and is_cap(doc[a_start + 1])
    )


__all__ = ["one_name_across_and", "start_of_atom", "two_places"]
