"""Board and appointment pages: who was appointed to which post, where; chairs,
trustees, non-executive directors and members (MEMBER_OF), chief executives
(WORKS_FOR). All names are made up."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text


def _posts(seed: dict) -> set[tuple[str, str, str, str]]:
    return {
        (r["from"], r["type"], r["to"], (r.get("role") or "").lower())
        for r in seed["relations"]
        if r["type"] in {"WORKS_FOR", "MEMBER_OF"}
    }


def _evidence(seed: dict, who: str, where: str) -> str:
    return next(r["evidence"] for r in seed["relations"] if (r["from"], r["to"]) == (who, where))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Fenbridge Borough Council has appointed Ola Brisk as its new chief executive.",
            ("Ola Brisk", "WORKS_FOR", "Fenbridge Borough Council", "chief executive"),
        ),
        (
            "Marlow Heath District Council has confirmed the appointment of Ola Brisk as "
            "chief executive.",
            ("Ola Brisk", "WORKS_FOR", "Marlow Heath District Council", "chief executive"),
        ),
        (
            "Orrin Hospice welcomes Pete Sands as its new chair of trustees.",
            ("Pete Sands", "MEMBER_OF", "Orrin Hospice", "chair of trustees"),
        ),
        (
            "The council of governors of Kelby Vale Hospitals NHS Foundation Trust has "
            "appointed Greta Wills as a non-executive director.",
            (
                "Greta Wills",
                "MEMBER_OF",
                "Kelby Vale Hospitals NHS Foundation Trust",
                "non-executive director",
            ),
        ),
        (
            "Tariq Noon has been appointed to the role of chair of the Orrin Valley Carers "
            "Alliance.",
            ("Tariq Noon", "MEMBER_OF", "Orrin Valley Carers Alliance", "chair"),
        ),
    ],
)
def test_the_appointing_organisation_is_where_the_post_is(text, expected):
    seed = extract_text(text + "\n", path="news.txt")
    assert expected in _posts(seed)
    # the organisation is not given a second, made-up post
    assert len(_posts(seed)) == 1
    assert _evidence(seed, expected[0], expected[2]) == text


def test_a_post_said_without_its_organisation_goes_to_the_appointing_one_not_another():
    seed = extract_text(
        "Hestan Borough Council has appointed Mark Ensor as its new chief executive. He will "
        "take up the post in June, joining from Pelham District Council, where he is "
        "currently director of place.\n",
        path="news.txt",
    )
    assert _posts(seed) == {
        ("Mark Ensor", "WORKS_FOR", "Hestan Borough Council", "chief executive"),
        ("Mark Ensor", "WORKS_FOR", "Pelham District Council", "director of place"),
    }


def test_several_people_appointed_together_each_get_the_post():
    seed = extract_text(
        "Priya Lomax, Owen Tarrant and Beth Quell have joined the board of Harlow Vale "
        "University Hospitals NHS Trust as non-executive directors.\n\n"
        "The Orrin Valley Carers Alliance has elected Gwen Pardoe and Tariq Noon as co-chairs.\n",
        path="news.txt",
    )
    posts = _posts(seed)
    trust = "Harlow Vale University Hospitals NHS Trust"
    for who in ("Priya Lomax", "Owen Tarrant", "Beth Quell"):
        assert (who, "MEMBER_OF", trust, "non-executive director") in posts
    for who in ("Gwen Pardoe", "Tariq Noon"):
        assert (who, "MEMBER_OF", "Orrin Valley Carers Alliance") in {p[:3] for p in posts}


def test_a_plural_post_is_read_only_where_people_are_given_it():
    seed = extract_text(
        "Ada Quill spoke about the role of non-executive directors in Fenbridge Housing Trust.\n",
        path="news.txt",
    )
    assert _posts(seed) == set()


def test_members_of_a_partnership_all_get_the_member_role():
    seed = extract_text(
        "Nell Ashby and Tariq Noon are members of the Fenbridge Place Partnership.\n\n"
        "Fenbridge Carers Network is also a member of the Fenbridge Place Partnership.\n",
        path="news.txt",
    )
    posts = _posts(seed)
    partnership = "Fenbridge Place Partnership"
    assert ("Nell Ashby", "MEMBER_OF", partnership, "member") in posts
    assert ("Tariq Noon", "MEMBER_OF", partnership, "member") in posts
    assert ("Fenbridge Carers Network", "MEMBER_OF", partnership, "member") in posts


def test_a_person_described_by_a_post_stays_a_person():
    seed = extract_text(
        "Karen Stott is the chief executive of Dunmoor Council for Voluntary Service.\n\n"
        "Nell Ashby is a member of the Fenbridge Place Partnership.\n",
        path="news.txt",
    )
    types = {e["name"]: e["type"] for e in seed["entities"]}
    assert types["Karen Stott"] == "Person"
    assert types["Nell Ashby"] == "Person"
    posts = _posts(seed)
    assert (
        "Karen Stott",
        "WORKS_FOR",
        "Dunmoor Council for Voluntary Service",
        "chief executive",
    ) in posts
