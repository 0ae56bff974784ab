"""A list of supporters under a heading of thanks: "Thank you to our supporters" or
"Our supporters" over bulleted bodies, and a list of funders with a lead ending in a
colon between it and its heading ("We could not do this without:"). Each body listed
FUNDED the page's own body. Fictional bodies, made-up wording."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import pairs

PAGE = (
    "Orlby Community Pantry\n"
    "Annual review 2025\n\n"
    "Orlby Community Pantry gave out 2,300 food parcels this year from its hall on "
    "Quarry Lane, Orlby, with the help of 60 volunteers.\n\n"
)


def _funded(text: str) -> set[tuple[str, str]]:
    return pairs(extract_text(text, path="page.txt"), "FUNDED")


def test_bodies_listed_under_thanks_to_our_supporters_funded_the_page_body():
    funded = _funded(
        PAGE + "Thank you to our supporters\n"
        "- Wenlow Housing Association\n"
        "- Orlby Town Council\n"
        "- The Pettigrew Family Trust\n"
    )
    for funder in ("Wenlow Housing Association", "Orlby Town Council", "Pettigrew Family Trust"):
        assert (funder, "Orlby Community Pantry") in funded


def test_a_lead_with_a_colon_under_thanks_to_our_funders_keeps_the_list_funders():
    funded = _funded(
        PAGE + "Thank you to our funders\n\n"
        "We could not do any of this without:\n"
        "- Orlby Town Council - rent of the hall\n"
        "- The Pettigrew Family Trust - a new freezer\n"
    )
    assert ("Orlby Town Council", "Orlby Community Pantry") in funded
    assert ("Pettigrew Family Trust", "Orlby Community Pantry") in funded


def test_bodies_under_a_heading_of_partners_are_no_funders():
    funded = _funded(
        PAGE + "Thank you to our partners\n- Wenlow Housing Association\n- Orlby Town Council\n"
    )
    assert not {f for f, _ in funded} & {"Wenlow Housing Association", "Orlby Town Council"}
