"""Cutting a run of capitalised words where one name ends and the next begins: at
its connectors here, then each piece further in `piece_cuts.py`."""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract.mentions.across_and import (
    one_name_across_and,
    start_of_atom,
    two_places,
)
from collabgraph.extract.mentions.gazetteer import is_uk_place, place_across
from collabgraph.extract.mentions.head_of_names import head_before_of
from collabgraph.extract.mentions.heads import head_kind
from collabgraph.extract.mentions.joint_areas import ent_id
from collabgraph.extract.mentions.memory import joint_area_key, whole_name
from collabgraph.extract.mentions.owner_names import paired_possessive_end
from collabgraph.extract.mentions.person_runs import person_for_body
from collabgraph.extract.mentions.piece_cuts import cut_piece
from collabgraph.extract.mentions.service_nouns import service_across_and
from collabgraph.extract.mentions.split_joins import (
    body_of_nation,
    body_of_place,
    event_of_body,
    event_on_topic,
    name_ends_before_the,
    named_across_in_the,
    names_of_a_plural,
    one_name_across_in,
    person_of_body,
    place_after_in,
    possessive_after_and,
    two_bodies_across_and,
    venue_for_event,
    word_of_body,
)
from collabgraph.extract.mentions.street_joins import street_after_on
from collabgraph.extract.mentions.tokens import is_cap, lower_word
from collabgraph.extract.mentions.two_names import two_names_across_and, two_names_across_for
from collabgraph.extract.mentions.where_lists import two_places_after_where
from collabgraph.extract.mentions.worded_names import CONNECTORS as WORDED_CONNECTORS
from collabgraph.extract.mentions.worded_names import worded_name_across


def split_run(
    doc, start: int, end: int, *, heading: bool = False, seen: frozenset[str] = frozenset()
) -> list[tuple[int, int]]:
    """Cut a capitalised run where one name ends and another begins.

    Cuts at "and"/"in"/"on" unless the words after them end in a word like
    Symposium or Council that makes the whole run one name ("Health and Social
    Care Symposium"); at "of"/"for" only where the recogniser saw two entities
    ("Jane Doe of Foo Trust"). A name the document elsewhere reads whole across
    the word (`seen`, `memory.whole_name`) is not cut there.
    """
    pieces: list[tuple[int, int]] = []
    atoms: list[tuple[int, int, str | None]] = []  # (start, end, connector before)
    i = start
    connector = None
    atom_start = start
    while i < end:
        low = lower_word(doc[i])
        if low in lx.NAME_CONNECTORS and i > atom_start and not is_cap(doc[i]):
            atoms.append((atom_start, i, connector))
            connector = low
            i += 1
            if low != "the" and i < end and lower_word(doc[i]) == "the" and not is_cap(doc[i]):
                i += 1
                connector = low + " the"
            atom_start = i
            continue
        i += 1
    if atom_start < end:  # not after a connector ending the run ("Drop-in", "Foo Trust and")
        atoms.append((atom_start, end, connector))
    cur_start, cur_end = atoms[0][0], atoms[0][1]
    run_kind = head_kind(lower_word(doc[end - 1]))[0]
    for a_start, a_end, conn in atoms[1:]:
        left_ent = ent_id(doc[cur_end - 1])
        right_ent = ent_id(doc[a_start])
        same_ent = left_ent is not None and left_ent == right_ent
        different_ents = (
            left_ent is not None
            and right_ent is not None
            and left_ent != right_ent
            and doc[cur_end - 1].ent_type_ in {"PERSON", "ORG", "GPE"}
        )
        if conn.split()[0] in {"of", "for", "the", "upon", "de"}:
            join = not different_ents and not (
                doc[cur_end - 1].ent_type_ == "PERSON" and not same_ent
            )
            if (
                join
                and conn in {"of", "of the"}
                and person_of_body(doc, atoms, cur_start, cur_end, a_end)
            ):
                join = False
            if not join and conn == "of" and body_of_place(doc, cur_end, a_start, a_end):
                join = True
            if not join and conn == "of" and word_of_body(doc, atoms, cur_start, cur_end, a_end):
                join = True
            if not join and conn == "of" and head_before_of(doc, cur_end, a_start, a_end):
                join = True  # "Kelby Chamber of Commerce"
            if (
                not join
                and conn == "of"
                and body_of_nation(doc, cur_start, cur_end, a_start, a_end)
            ):
                join = True
            if join and conn.startswith("of") and event_of_body(doc, cur_end, a_end):
                join = False
            if join and conn == "the" and name_ends_before_the(doc, cur_start, cur_end, a_end):
                join = False
            if join and conn.startswith("for") and venue_for_event(doc, cur_start, cur_end, a_end):
                join = False
            if join and conn == "for" and person_for_body(doc, atoms, cur_start, cur_end, a_end):
                join = False
            if (
                join
                and conn.startswith("for")
                and two_names_across_for(doc, cur_start, cur_end, a_start, a_end)
            ):
                join = False  # "the Spring Lecture for Orby Arts Society": two names
        else:
            left_kind = head_kind(lower_word(doc[cur_end - 1]))[0]
            left_words = a_start - cur_start  # rough: the tokens joined so far
            left_atom = [
                t for t in doc[start_of_atom(atoms, cur_end) : cur_end] if t.text not in {"-", "‐"}
            ]
            join = (
                not conn.endswith(" the")
                and doc[cur_end - 1].ent_type_ != "PERSON"
                and doc[a_start].ent_type_ not in {"GPE", "LOC", "PERSON"}
                and len(left_atom) <= 2
                and left_words > 0
            ) and (
                same_ent
                or (
                    run_kind is not None
                    and left_kind is None
                    and doc[cur_end - 1].ent_type_ not in {"PERSON", "GPE"}
                    and not different_ents
                )
            )
        if (
            not join
            and conn in {"and", "&"}
            and any(t.text == "," for t in doc[start_of_atom(atoms, cur_end) : cur_end])
        ):
            join = True  # the last item of a list the run took in ("Culture, Media and Sport")
        two_owners = conn in {"and", "&"} and paired_possessive_end(doc, cur_end - 1, a_end)
        if not join and two_owners:
            join = True  # "Kelby Boys' and Girls' Club": two owners of one name
        elif (
            not join and conn in {"and", "&"} and not _the_opens_name(doc, a_start, a_end, heading)
        ):
            join = one_name_across_and(doc, cur_start, cur_end, a_start, a_end, end, atoms, seen)
        elif (
            join
            and conn in {"and", "&"}
            and two_bodies_across_and(doc, start_of_atom(atoms, cur_end), cur_end, a_start, a_end)
        ):
            join = False  # "Fenby Homes and Marlow Foundation": two bodies
        if (
            join
            and conn in {"and", "&"}
            and names_of_a_plural(doc, end)
            and not (
                lower_word(doc[cur_end - 1]) in lx.DOMAIN_WORDS
                and lower_word(doc[a_start]) in lx.DOMAIN_WORDS
            )
        ):
            join = False  # "the Warm Homes and Active Streets schemes": two schemes
        if (
            join
            and conn in {"and", "&"}
            and possessive_after_and(doc, cur_start, cur_end, a_start, a_end)
        ):
            join = False  # "the KLNA and Ada Brook's Society": two bodies
        if not join and conn in {"in", "on"}:
            join = one_name_across_in(doc, cur_start, cur_end, a_start, a_end)
        if not join and conn == "on":
            join = event_on_topic(doc, cur_end, a_start, a_end)
        if not join and conn in {"in the", "on the"} and a_end == end:
            join = named_across_in_the(doc, cur_start, cur_end, end)
        # "boards in Westshire, Ashby and Dale, and Fenby" on a page about "NHS Ashby
        # and Dale ICB": the one area, an item of a list closed by ", and"
        joint_area = (
            conn in {"and", "&"}
            and bool(seen)
            and a_end == end
            and _item_before_last(doc, end)
            and joint_area_key(lower_word(t) for t in doc[cur_start:a_end]) in seen
        )
        join = join or joint_area
        if not join and seen:
            join = any(
                whole_name(lower_word(t) for t in doc[s:a_end]) in seen
                for s in range(cur_start, cur_end)
            )
        if (
            join
            and conn in {"in", "on"}
            and (
                place_after_in(doc, cur_start, cur_end, a_start, a_end)
                or street_after_on(doc, cur_start, a_start, a_end)  # "Kelby Hall on Fenby Road"
            )
            and not is_uk_place(doc[cur_start:a_end].text)
        ):
            join = False  # "the Hall of Memory in Whitby" (not "Bradford on Avon")
        if not join and conn in {"in", "on", "upon"} and is_uk_place(doc[cur_start:a_end].text):
            join = True  # "Bradford on Avon", "Newcastle upon Tyne"
        if (
            not join
            and conn in WORDED_CONNECTORS
            and not heading
            and start_of_atom(atoms, cur_end) == cur_start
            and worded_name_across(doc, cur_start, cur_end, a_start, a_end)
        ):
            join = True  # "Transport for Westshire", "Scouts in Northvale"
        if (
            not join
            and conn.endswith(" the")
            and place_across(doc, cur_start, cur_end, a_start, a_end)
        ):
            join = True  # "Bourton on the Water", "Stow on the Wold": one gazetteer place
        if join and conn in {"and", "&"} and a_end == end:
            join = not two_places(doc, cur_start, cur_end, a_start, a_end) or joint_area
        if join and conn in {"and", "&"} and a_end == end and not joint_area:
            join = not two_places_after_where(doc, cur_start, cur_end, a_start, a_end)
        if not join and conn in {"and", "&"} and service_across_and(doc, cur_start, a_start, end):
            join = True  # "weekly Stay and Play sessions": one service's name
        if (
            join
            and conn in {"and", "&"}
            and two_names_across_and(doc, cur_start, cur_end, a_start, a_end)
        ):
            join = False  # "University of Dalby and Dalby Young Carers": two names
        if join:
            cur_end = a_end
        else:
            pieces.append((cur_start, cur_end))
            cur_start, cur_end = a_start, a_end
    pieces.append((cur_start, cur_end))
    return [cut for p_start, p_end in pieces for cut in cut_piece(doc, p_start, p_end, heading)]


def _the_opens_name(doc, a_start: int, a_end: int, heading: bool) -> bool:
    """'the Westshire Government and The Kelby Trust': a capitalised "The" after "and"
    in a sentence opens a second name, the body's own article (not in a heading,
    where every word is capitalised)."""
    return not heading and a_end - a_start >= 2 and doc[a_start].text == "The"


def _item_before_last(doc, end: int) -> bool:
    """Whether ", and" (", or") follows: the run ends an item of a list, the list's
    last item coming next ("A, B and C, and D": "B and C" is one item)."""
    return end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ in {"and", "or"}
