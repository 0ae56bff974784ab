"""Bodies named with no body's word ("Quiet Harbour", "Second Wind"): what the
sentences say of the name makes it an organisation (vocab/body_slots.txt,
vocab/body_likely_slots.txt, mentions/memory.py); posts in clubs ("Club treasurer
Jo Tern", "Ada Foss of the ramblers": rules/page_posts.py, rules/club_members.py)
and "the council's parks officer" at the council. Made-up names."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs, typed


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Twelve volunteers from Quiet Harbour cleared the towpath on Sunday.", "Quiet Harbour"),
        ("Nobody at Fenby knew the team at Second Wind had planned it.", "Second Wind"),
        ("Second Wind said in a statement that the cafe would reopen.", "Second Wind"),
        ("Last year Quiet Harbour, which supports young carers, moved to Fenby.", "Quiet Harbour"),
    ],
)
def test_what_the_page_says_of_a_name_makes_it_a_body(text, name):
    assert typed(text, name) == {"Organisation"}


def test_a_name_opening_sentences_as_a_subject_keeps_its_first_word():
    """ "Bright Paths" opens two sentences; the tagger reads "Bright" as an adjective."""
    text = (
        "Bright Paths has launched a weekly walking group in Lowmoor. "
        "Bright Paths is funded by the Orrin Foundation.\n"
    )
    seed = extract_text(text)
    assert ("Organisation", "Bright Paths") in {(e["type"], e["name"]) for e in seed["entities"]}
    assert pairs(seed, "FUNDED") == {("Orrin Foundation", "Bright Paths")}


def test_a_programme_of_a_body_which_supports_groups_stays_the_programmes_owner():
    """ "which supports" votes only for a name nothing else voted for."""
    text = "Grants sit under the Kelby Boost programme of Open Lanes, which supports clubs."
    assert typed(text, "Open Lanes") != {"Organisation"}


def test_a_likely_slot_leaves_a_scheme_a_scheme():
    """A name the page calls a scheme stays a project when it is funded."""
    text = (
        "Lowmoor Aid has launched Call Back, a phone scheme for older people. "
        "Call Back is funded by the Orrin Foundation.\n"
    )
    assert typed(text, "Call Back") == {"Project"}


def test_a_person_who_has_launched_something_stays_a_person():
    text = "Jo Tern has launched a petition to save the library. Jo Tern said it was urgent.\n"
    assert typed(text, "Jo Tern") == {"Person"}


def test_a_club_officer_with_no_name_before_the_post_sits_at_the_page_body():
    text = (
        "Orton Wheelers have raised £900 for the hospice. "
        "Club treasurer Ada Foss said members rode 400 miles. "
        "Orton Wheelers meet every Sunday.\n"
    )
    seed = extract_text(text)
    assert ("Ada Foss", "Orton Wheelers") in pairs(seed, "MEMBER_OF")
    assert ("Ada Foss", "Orton Wheelers") not in pairs(seed, "WORKS_FOR")


def test_a_member_of_the_club_named_by_its_plural():
    text = (
        "Ada Foss of the ramblers led the walk. "
        "Denby Ramblers have walked the hills for fifty years.\n"
    )
    seed = extract_text(text)
    assert typed(text, "Ada Foss") == {"Person"}
    assert ("Ada Foss", "Denby Ramblers") in pairs(seed, "MEMBER_OF")


def test_of_the_plural_with_no_such_club_is_no_membership():
    text = "Ada Foss of the ramblers led the walk through Kelby Woods.\n"
    assert pairs(extract_text(text), "MEMBER_OF") == set()


def test_the_councils_service_officer_is_at_the_council():
    text = (
        "Work on Ash Lane will start in May, Denby Borough Council has said. "
        "The council's parks officer, Jo Tern, said the path would close for a week. "
        "Residents had written to Ash Lane Friends, a street group, and Ash Lane Friends "
        "collected 300 names.\n"
    )
    seed = extract_text(text)
    assert ("Jo Tern", "Denby Borough Council") in pairs(seed, "WORKS_FOR")
    assert ("Jo Tern", "Ash Lane Friends") not in pairs(seed, "WORKS_FOR")


def test_the_work_funded_on_a_page_about_a_body():
    text = (
        "Quiet Harbour, a small carers' charity, ran six retreats in Fenby this year. "
        "The work is funded by the Orrin Foundation.\n"
    )
    assert ("Orrin Foundation", "Quiet Harbour") in pairs(extract_text(text), "FUNDED")


def test_a_clause_of_its_own_is_not_the_work_in_view():
    text = (
        "Quiet Harbour, a small carers' charity, ran six retreats in Fenby. "
        "The winning idea was a night cafe; they will now build it with support from "
        "the Orrin Foundation.\n"
    )
    assert ("Orrin Foundation", "Quiet Harbour") not in pairs(extract_text(text), "FUNDED")


def test_the_post_at_a_place_named_with_the_word_is_not_the_page_bodys():
    """ "The centre's manager" after a centre read as a place: not the page's club."""
    text = (
        "Orton Wheelers have given a minibus to the Kelby Day Centre. "
        "The centre's manager, Jo Tern, thanked the riders. Orton Wheelers meet on Sundays.\n"
    )
    assert ("Jo Tern", "Orton Wheelers") not in pairs(extract_text(text), "WORKS_FOR")
