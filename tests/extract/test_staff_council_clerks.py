"""A council's clerk named with no body ("Jane Doe (Parish Clerk)", "Clerk: Jane
Doe", "Clerk Jane Doe reminds residents") works for the page's council: its own
body when the page is the council's, else the one local council it names; so do
councillors on a council's own page that names other councils too. A clerk to a
charity's trustees is not placed at a council."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import with_roles


def _clerks(text: str) -> set[tuple[str, str]]:
    seed = extract_text(text, path="page.txt")
    return {
        (who, org)
        for who, org, role in with_roles(seed, "WORKS_FOR")
        if "clerk" in (role or "").lower()
    }


@pytest.mark.parametrize(
    "line",
    [
        "In attendance: Mrs Jo Tern (Parish Clerk); Cllr Ada Foss (Fenby County Council).",
        "Clerk: Jo Tern",
        "Clerk Jo Tern reminds residents that the consultation ends on 31 March.",
    ],
)
def test_a_clerk_named_alone_works_for_the_pages_council(line):
    page = (
        "Kelby Parish Council – Spring Newsletter\n\n"
        "Kelby Parish Council met on 4 March at the village hall. "
        f"The council agreed its budget for the year.\n\n{line}\n"
    )
    assert ("Jo Tern", "Kelby Parish Council") in _clerks(page)


def test_a_clerk_to_the_trustees_is_not_placed_at_a_council():
    page = (
        "Kelby Almshouse Charity – Our Trustees\n\n"
        "The charity works closely with Kelby Parish Council and Fenby Town Council.\n\n"
        "Jo Tern (Clerk to the Trustees) keeps the charity's records.\n"
    )
    assert not {org for _, org in _clerks(page) if "Council" in org}


def test_councillors_on_a_councils_own_page_work_for_it():
    page = (
        "Minutes of the meeting of Kelby Parish Council\n\n"
        "Present: Cllr Jo Tern, Cllr Ada Foss. In attendance: County Cllr Dan Holt "
        "(Fenby County Council); Cllr Amy Lane (Holt Town Council).\n\n"
        "The council agreed its budget for the year.\n"
    )
    seed = extract_text(page, path="page.txt")
    at_kelby = {
        who for who, org, _ in with_roles(seed, "WORKS_FOR") if org == "Kelby Parish Council"
    }
    assert {"Jo Tern", "Ada Foss"} <= at_kelby
