"""Seats on a page's own body: a line labelled with a seat ("Chair: A (Foo Trust)",
"Treasurer – B, Bar Housing") puts the seat on the page's body and leaves the body
beside the name as the holder's own; a headline opening with "The" still names the
page's body ("THE FOO TRUST", "The Foo Trust - Annual Review"); a roll's label may
carry a year ("Our trustees in 2031:"). All names and sentences are made up."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import with_roles


def _ties(text: str, kind: str) -> set[tuple[str, str, str | None]]:
    return with_roles(extract_text(text, path="page.txt"), kind)


_ALLIANCE = (
    "Wrenmoor Food Alliance\nAnnual Report 2031\n\n"
    "Committee\n"
    "Chair: Tamsin Rook (Wrenmoor Larder)\n"
    "Vice-chair: Oskar Venn, Manager, Wrenmoor Advice Centre\n"
    "Treasurer: Ida Marsh (Wrenmoor Pantry)\n"
)


def test_a_seat_labelling_a_line_is_on_the_page_body():
    members = _ties(_ALLIANCE, "MEMBER_OF")
    assert ("Oskar Venn", "Wrenmoor Food Alliance", "Vice-chair") in members
    assert ("Ida Marsh", "Wrenmoor Food Alliance", "Treasurer") in members


def test_the_body_beside_the_name_holds_no_seat():
    members = _ties(_ALLIANCE, "MEMBER_OF")
    assert not {m for m in members if m[1] in {"Wrenmoor Advice Centre", "Wrenmoor Pantry"}}
    staff = _ties(_ALLIANCE, "WORKS_FOR")
    assert ("Oskar Venn", "Wrenmoor Advice Centre", "Manager") in staff


def test_a_headline_opening_with_the_names_the_page_body():
    text = (
        "THE HOLLOWAY BECK CHARITABLE TRUST\nGrants made in 2031\n\n"
        "The trustees met three times, once with Orrin Carers Network.\n\n"
        "Trustees: Piers Lowden (chair), Rhona Fitch, Edgar Salt\n"
        "Correspondent: Mabel Crane, c/o Crane & Dale Solicitors\n\n"
        "Grants were made to Fallowdene Youth Club and Orrin Carers Network.\n"
    )
    members = _ties(text, "MEMBER_OF")
    assert ("Rhona Fitch", "Holloway Beck Charitable Trust", "Trustee") in members
    assert ("Piers Lowden", "Holloway Beck Charitable Trust", "Chair") in members
    assert not {m for m in members if m[1] == "Fallowdene Youth Club"}


def test_a_roll_label_with_a_year():
    text = (
        "The Quarrendon Trust - Annual Review 2031\n\n"
        "We gave grants to nine village halls this year.\n\n"
        "Our trustees in 2031: Professor Hal Ainsley (Chair), Nora Peel, Ravi Dent.\n"
    )
    members = _ties(text, "MEMBER_OF")
    assert ("Nora Peel", "Quarrendon Trust", "trustee") in members
    assert ("Hal Ainsley", "Quarrendon Trust", "Chair") in members


def test_a_lone_chair_line_of_a_programme_is_no_seat():
    text = (
        "Wrenmoor Food Alliance: Spring Conference 2031\n\n"
        "The Wrenmoor Food Alliance holds its spring conference at Wrenmoor Guildhall.\n\n"
        "10.00 Panel - Feeding families\n"
        "Chair: Tamsin Rook, Director, Wrenmoor Larder\n"
    )
    members = _ties(text, "MEMBER_OF")
    assert not {m for m in members if m[0] == "Tamsin Rook" and m[1] == "Wrenmoor Food Alliance"}
