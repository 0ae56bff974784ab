"""Careers: the posts a person held before, read from the words of a career
("posts in A and B", "years' experience with C", "latterly at D"), with the
person named again by surname alone; and what is not a career."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import evidence, pairs


@pytest.mark.parametrize(
    ("text", "person", "employers"),
    [
        (
            "Tom Reed is the new chair of Elmfield Homes. He has held a number of posts in "
            "the Department for Rural Affairs and the Home Office.",
            "Tom Reed",
            {"Department for Rural Affairs", "Home Office"},
        ),
        (
            "Jo Lane was appointed chair of Kelby Hospice. She brings 15 years' experience "
            "with the Northgate Water Company.",
            "Jo Lane",
            {"Northgate Water Company"},
        ),
        (
            "Sam Roy takes over as director of the Barford Centre. Roy previously had a long "
            "career in retail, latterly at Greenway Stores.",
            "Sam Roy",
            {"Greenway Stores"},
        ),
        (
            "Priya Shah joins Foxley Council. She has worked across the sector for 20 years, "
            "most recently at the Marsh Rivers Trust.",
            "Priya Shah",
            {"Marsh Rivers Trust"},
        ),
        (
            "Tom Gillan joins the Kelby Trust. Gillan has been at the Marsh Society for six "
            "years, following jobs at the Foxley Commission and the Barford Agency.",
            "Tom Gillan",
            {"Marsh Society", "Foxley Commission", "Barford Agency"},
        ),
        (
            "Dr Ann Bell, who has held senior posts within Barford Council, chaired the session.",
            "Ann Bell",
            {"Barford Council"},
        ),
        (
            "Ann Bell will succeed Tom Reed, who is retiring after a decade at the Kelby "
            "Foundation.",
            "Tom Reed",
            {"Kelby Foundation"},
        ),
    ],
)
def test_a_career_names_where_a_person_worked(text, person, employers):
    seed = extract_text(text, path="page.txt")
    found = {to for who, to in pairs(seed, "WORKS_FOR") if who == person}
    assert employers <= found


@pytest.mark.parametrize(
    "text",
    [
        "Jo Lane spoke about roles in the Kelby Trust that volunteers can take up.",
        "Jo Lane said new posts in the Kelby Trust were created this year.",
        "Over two decades' experience in the Kelby Hospital Trust prepared Jo Lane well.",
    ],
)
def test_jobs_someone_talks_about_are_not_their_career(text):
    seed = extract_text(text, path="page.txt")
    assert ("Jo Lane", "Kelby Trust") not in pairs(seed, "WORKS_FOR")
    assert ("Jo Lane", "Kelby Hospital Trust") not in pairs(seed, "WORKS_FOR")


@pytest.mark.parametrize(
    "second",
    [
        "Bell previously worked at the Northgate Housing Association.",
        "Bell was formerly chief executive of the Northgate Housing Association.",
        "Bell has spent ten years with the Northgate Housing Association.",
    ],
)
def test_a_surname_alone_is_the_person_named_before(second):
    seed = extract_text(
        f"Ann Bell joins the Kelby Trust as chief executive. {second}", path="page.txt"
    )
    assert ("Ann Bell", "Northgate Housing Association") in pairs(seed, "WORKS_FOR")
    assert second in evidence(seed, "Ann Bell", "Northgate Housing Association")
    assert not any(e["name"] == "Bell" for e in seed["entities"])


def test_a_surname_is_not_a_person_before_anyone_has_it():
    seed = extract_text(
        "Bell Homes opened a new office. Tom Bell, its founder, said it was a good day.",
        path="page.txt",
    )
    assert ("Organisation", "Bell Homes") in {(e["type"], e["name"]) for e in seed["entities"]}


def test_the_post_a_successor_leaves_is_not_the_one_they_take():
    seed = extract_text(
        "Ann Bell is to leave her post as chief executive of the Marsh Society to take the "
        "helm at Kelby Homes. Bell will succeed Tom Reed, who retires in May.",
        path="page.txt",
    )
    assert ("Tom Reed", "Marsh Society") not in pairs(seed, "WORKS_FOR")
    assert ("Ann Bell", "Marsh Society") in pairs(seed, "WORKS_FOR")


def test_a_successor_takes_the_post_the_predecessor_held():
    seed = extract_text(
        "Ann Bell has been appointed chief executive of Kelby Homes. She succeeds Tom Reed.",
        path="page.txt",
    )
    assert ("Tom Reed", "Kelby Homes") in pairs(seed, "WORKS_FOR")


@pytest.mark.parametrize(
    "text",
    [
        "The new wing was officially opened by HRH The Countess of Wessex on Friday.",
        "The new centre was opened by HRH The Duchess of Kelby, who met volunteers.",
        "Staff welcomed the Earl of Northshire to Foxley Hospice.",
    ],
)
def test_a_title_of_rank_and_its_territory_is_no_employer(text):
    seed = extract_text(text, path="page.txt")
    assert not [r for r in seed["relations"] if r["type"] in {"WORKS_FOR", "MEMBER_OF"}]


@pytest.mark.parametrize(
    ("text", "posts"),
    [
        (
            "Kelby Trust's chair Jo Lane, Mayor Tom Reed and local MP Sam Roy attended.",
            {("Jo Lane", "Kelby Trust")},
        ),
        (
            "Guests were Kelby Trust chair Jo Lane, Cllr Tom Reed and the Lord Mayor, Sam Roy.",
            {("Jo Lane", "Kelby Trust")},
        ),
        (
            "Foxley Homes' chair Jo Lane, vice-chair Tom Reed and chief executive Sam Roy "
            "welcomed guests.",
            {
                ("Jo Lane", "Foxley Homes"),
                ("Tom Reed", "Foxley Homes"),
                ("Sam Roy", "Foxley Homes"),
            },
        ),
        (
            "Foxley Homes chair Jo Lane and chief executive Tom Reed welcomed guests.",
            {("Jo Lane", "Foxley Homes"), ("Tom Reed", "Foxley Homes")},
        ),
    ],
)
def test_posts_listed_after_a_body_share_it_but_civic_offices_do_not(text, posts):
    seed = extract_text(text, path="page.txt")
    held = pairs(seed, "WORKS_FOR") | pairs(seed, "MEMBER_OF")
    assert {p for p in held if p[1] in {"Kelby Trust", "Foxley Homes"}} == posts
