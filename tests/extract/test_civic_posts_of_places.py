"""A civic post held "of" a place ("the Mayor of Kelby, Cllr Jane Doe", "the Chief
Constable of Westshire, Ann Bell"): the place is no body; the holder works for the
body of that place the page names, of the post's kind (a council, a police force),
and has no employer when the page names none."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import posts, typed


@pytest.mark.parametrize(
    "text",
    [
        "The award was presented by the Mayor of Kelby, Councillor Jane Doe, to John Roe. "
        "The awards were run by Kelby City Council.",
        "Kelby City Council ran the awards. The Mayor of Kelby Councillor Jane Doe unveiled "
        "a plaque at the centre.",
        "Speakers included the Mayor of Kelby, Cllr Jane Doe, and Sam Tull of Foo Trust. "
        "The fair was paid for by City of Kelby Council.",
    ],
)
def test_a_mayor_of_a_place_works_for_its_council(text):
    seed = extract_text("Volunteer awards\n\n" + text + "\n", path="page.txt")
    council = "City of Kelby Council" if "City of Kelby" in text else "Kelby City Council"
    assert ("Jane Doe", "WORKS_FOR", council, "mayor") in posts(seed)
    assert not any(w == "Jane Doe" and o == "Kelby" for w, _, o, _ in posts(seed))
    assert not any(w == "Jane Doe" and r == "councillor" for w, _, _, r in posts(seed))


def test_a_chief_constable_of_a_county_works_for_its_force():
    seed = extract_text(
        "Guests included the Chief Constable of Westshire, Ann Bell, and Gus Hale of "
        "Foo Trust. Westshire Constabulary gave a prize.\n",
        path="page.txt",
    )
    assert ("Ann Bell", "WORKS_FOR", "Westshire Constabulary", "chief constable") in posts(seed)


def test_a_mayor_of_a_place_whose_council_is_not_named_has_no_employer():
    text = "The Lord Mayor of Ashby, Cllr Ann Kerr, opened the fair run by Foo Trust.\n"
    seed = extract_text(text, path="page.txt")
    assert not any(w == "Ann Kerr" for w, *_ in posts(seed))
    assert typed(text, "Ashby") <= {"Place"}


def test_two_councils_of_the_place_leave_the_mayor_unplaced():
    seed = extract_text(
        "The Mayor of Kelby, Cllr Jane Doe, spoke. Kelby City Council and Kelby Parish "
        "Council both gave grants.\n",
        path="page.txt",
    )
    assert not any(w == "Jane Doe" and t == "WORKS_FOR" for w, t, *_ in posts(seed))


@pytest.mark.parametrize(
    "text",
    [
        "Minister for Rural and Community Development Jane Doe announced the funding. The "
        "scheme is run by the Department of Rural and Community Development.",
        "Jane Doe, Minister for Rural and Community Development, said the Department for "
        "Rural and Community Development would help.",
    ],
)
def test_a_minister_works_for_the_department_of_the_portfolio_the_page_names(text):
    seed = extract_text("Funding announced\n\n" + text + "\n", path="page.txt")
    rows = {(w, t, o) for w, t, o, _ in posts(seed)}
    dept = next(e["name"] for e in seed["entities"] if e["name"].startswith("Department"))
    assert ("Jane Doe", "WORKS_FOR", dept) in rows


def test_a_minister_whose_department_is_not_named_has_no_employer():
    seed = extract_text(
        "Funding announced\n\nJane Doe, Minister for Rural and Community Development, "
        "announced grants to Foo Trust.\n",
        path="page.txt",
    )
    assert not any(w == "Jane Doe" for w, *_ in posts(seed))


@pytest.mark.parametrize(
    ("text", "government"),
    [
        (
            "The Minister for Housing and Regeneration, Jane Doe attended our launch. She "
            "praised the Northland Government’s target of 20,000 affordable homes.",
            "Northland Government",
        ),
        (
            "Jane Doe, Minister for Rural Affairs, announced grants to Foo Trust. The "
            "Westland Government is giving £300,000 in all.",
            "Westland Government",
        ),
    ],
)
def test_a_minister_with_no_department_named_works_for_the_one_government(text, government):
    seed = extract_text("Funding announced\n\n" + text + "\n", path="page.txt")
    assert ("Jane Doe", "WORKS_FOR", government) in {(w, t, o) for w, t, o, _ in posts(seed)}


def test_a_minister_is_left_when_the_page_names_two_governments():
    seed = extract_text(
        "Funding announced\n\nJane Doe, Minister for Rural Affairs, announced grants. The "
        "Westland Government and the Northland Government are giving £300,000 in all.\n",
        path="page.txt",
    )
    assert not any(w == "Jane Doe" for w, *_ in posts(seed))
