"""A councillor's post written after the name, in lower case ("Jane Doe,
councillor for leisure, said"): a seat at the one council the page names."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import posts


@pytest.mark.parametrize("post", ["councillor for leisure", "ward councillor"])
def test_a_councillors_post_after_a_name_is_at_the_pages_council(post):
    seed = extract_text(
        "Museum wins grant\n\n"
        "Kelby Museum, run by Kelby City Council, will reopen its galleries next year.\n\n"
        f"Julia Jepp, {post}, said: “This is fantastic news for the town.”",
        path="page.txt",
    )
    assert ("Julia Jepp", "WORKS_FOR", "Kelby City Council", post) in posts(seed)


def test_a_councillors_post_is_left_when_the_page_names_two_councils():
    seed = extract_text(
        "Museum wins grant\n\n"
        "Kelby City Council and Fenby District Council will share the work.\n\n"
        "Julia Jepp, councillor for leisure, said: “This is fantastic news.”",
        path="page.txt",
    )
    assert not any(w == "Julia Jepp" for w, *_ in posts(seed))


@pytest.mark.parametrize("style", ["Councillor", "Cllr"])
def test_a_styled_name_after_and_is_no_part_of_the_post_before_it(style):
    seed = extract_text(
        "Hall reopens\n\n"
        f"Also present was Councillor Jane Doe, the Leader of Kelby Borough Council and "
        f"{style} John Roe, who chairs the hall committee.\n",
        path="page.txt",
    )
    names = {e["name"] for e in seed["entities"]}
    assert "Kelby Borough Council" in names
    assert not any("and" in n.split() for n in names)
    assert ("Jane Doe", "WORKS_FOR", "Kelby Borough Council", "council leader") in posts(seed)
    assert not any(w == "John Roe" and " and " in r for w, _, _, r in posts(seed))


@pytest.mark.parametrize(
    ("post", "role"),
    [
        (
            "portfolio holder for environment, climate and culture",
            "portfolio holder for environment",
        ),
        ("lead member", "lead member"),
    ],
)
def test_a_styled_councillors_post_the_role_finder_leaves_is_the_post(post, role):
    seed = extract_text(
        "Museum wins grant\n\n"
        "Kelby Museum, run by Kelby City Council, will reopen its galleries next year.\n\n"
        f"Cllr Julia Jepp, {post} said: “This is fantastic news for the town.”",
        path="page.txt",
    )
    assert ("Julia Jepp", "WORKS_FOR", "Kelby City Council", role) in posts(seed)


@pytest.mark.parametrize("style", ["Coun", "Cllr"])
def test_coun_is_a_councillors_style_not_part_of_the_name(style):
    seed = extract_text(
        "Museum wins grant\n\n"
        "Kelby Museum, run by Kelby City Council, will reopen its galleries next year.\n\n"
        f"{style} Julia Jepp, chair of the council’s leisure committee, said: “This is good news.”",
        path="page.txt",
    )
    names = {e["name"] for e in seed["entities"] if e["type"] == "Person"}
    assert "Julia Jepp" in names
    assert any(w == "Julia Jepp" and t == "Kelby City Council" for w, _, t, _ in posts(seed))
