"""A body's officers named with no organisation ("Jane Doe (Secretary)", "was
appointed as Treasurer"): seats on the page's own body's board when the page names a
seat there too; alone, nobody's post (a secretary is as often a paid job)."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import rows

_HEAD = (
    "Northtown Tenants Association elects new officers\n\n"
    "The Northtown Tenants Association held its annual general meeting last week.\n\n"
)


@pytest.mark.parametrize(
    "lines, who, role",
    [
        (
            "Ada Brook was elected Chair. Sara Vale was appointed as Secretary.\n",
            "Sara Vale",
            "secretary",
        ),
        ("Picture, L-R: Jon Pike (Treasurer), Ada Brook (Chair)\n", "Jon Pike", "treasurer"),
        (
            "Ada Brook, the new chairman, thanked members.\n\n"
            "Tom Reed, treasurer, said the accounts were sound.\n",
            "Tom Reed",
            "treasurer",
        ),
    ],
)
def test_an_officer_beside_a_seat_sits_on_the_board(lines, who, role):
    found = rows(extract_text(_HEAD + lines, path="page.txt"), {"MEMBER_OF", "WORKS_FOR"})
    assert (who, "MEMBER_OF", "Northtown Tenants Association", role) in found


def test_an_officer_alone_is_no_seat():
    seed = extract_text(
        "Northtown Tenants Association wins grant\n\n"
        "The Northtown Tenants Association has received £5,000 from the Westshire Fund.\n\n"
        'Jon Pike, Secretary, said: "We are delighted."\n',
        path="page.txt",
    )
    assert not any(who == "Jon Pike" for who, *_ in rows(seed, {"MEMBER_OF", "WORKS_FOR"}))


def test_a_secretary_with_a_body_named_keeps_the_job():
    seed = extract_text(
        "Jon Pike, Secretary, Westshire Community Buildings Consortium, said it was good news.\n",
        path="page.txt",
    )
    found = rows(seed, {"MEMBER_OF", "WORKS_FOR"})
    assert (
        "Jon Pike",
        "WORKS_FOR",
        "Westshire Community Buildings Consortium",
        "secretary",
    ) in found


@pytest.mark.parametrize(
    "sentence, who, role",
    [
        (
            "The position of Treasurer went to chartered accountant Tom Reed.",
            "Tom Reed",
            "treasurer",
        ),
        ("The role of Vice-Chair went to Sara Vale.", "Sara Vale", "vice-chair"),
    ],
)
def test_a_post_that_went_to_a_person_is_theirs(sentence, who, role):
    text = _HEAD + "Ada Brook was elected Chair of the Northtown Tenants Association. "
    found = rows(extract_text(text + sentence + "\n", path="page.txt"), {"MEMBER_OF"})
    assert (who, "MEMBER_OF", "Northtown Tenants Association", role) in found


def test_the_verb_that_gives_a_post_is_not_part_of_its_title():
    seed = extract_text(
        _HEAD + "Ada Brook was elected Chair of the Northtown Tenants Association.\n"
    )
    roles = {role for who, _, _, role in rows(seed, {"MEMBER_OF"}) if who == "Ada Brook"}
    assert roles == {"chair"}
