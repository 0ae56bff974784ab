"""Ties the extractor should not write: near-misses of its rules, made up. Each
test stands for a kind of wrong relation seen on write-ups the rules were not
written for (round 40, `precision`).
"""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import located, pairs

# --------------------------------------------- a venue named after its place


@pytest.mark.parametrize(
    "text, venue, place",
    [
        (
            "Over 150 neighbours packed into Brackmoor Community Centre on Monday for a "
            "meeting about the new bus routes. People from across Brackmoor came along.",
            "Brackmoor Community Centre",
            "Brackmoor",
        ),
        (
            "Minutes of the annual general meeting of Tolley Residents Association, held "
            "at Tolley Village Hall. Residents of Tolley were welcome.",
            "Tolley Village Hall",
            "Tolley",
        ),
        (
            "More than 300 walkers gathered on Pelham Quay for the lantern walk, and "
            "families from all over Pelham lined the route.",
            "Pelham Quay",
            "Pelham",
        ),
    ],
)
def test_a_venue_named_after_its_place_is_not_placed_by_its_name(text, venue, place):
    """ "Brackmoor Community Centre" is a venue in Brackmoor, not a body based
    there: its name alone ties it to no place (a venue's place is a Place's)."""
    assert (venue, place) not in located(text)


@pytest.mark.parametrize(
    "text",
    [
        "Brackmoor Heritage Trust has opened a new exhibition. Visitors from across "
        "Brackmoor are welcome.",
        "Brackmoor Youth Trust has launched a holiday club. Families across Brackmoor can join.",
    ],
)
def test_a_body_named_after_its_place_is_still_placed(text):
    """The near-miss: a body (not a venue) named after the place the page names
    on its own is still LOCATED_IN it."""
    body = text.split(" has ")[0].split(" held ")[0]
    assert (body, "Brackmoor") in located(text)


# ------------------------------- a post named alone is not a council's by default


def _works_for(text: str) -> set[tuple[str, str]]:
    return pairs(extract_text(text), "WORKS_FOR") | pairs(extract_text(text), "MEMBER_OF")


@pytest.mark.parametrize(
    "text, who",
    [
        (
            "Marsh Lane orchard day\n\nVolunteers planted twenty trees on the land Tarnby "
            "Town Council leases to the group. Tarnby Town Council also lent tools.\n\n"
            "Our chair, Hedda Lund, brought the tea urn.",
            "Hedda Lund",
        ),
        (
            "Notes of the annual meeting\n\nTarnby Borough Council sent two officers. "
            "Residents asked Tarnby Borough Council about the bins.\n\n"
            "The Treasurer, Mr Osric Vale, presented the accounts.",
            "Osric Vale",
        ),
    ],
)
def test_a_post_named_alone_is_not_at_the_council_the_page_names_most(text, who):
    """A chair or treasurer named with no body, on a page that names a council
    most, is not taken to hold a council post: only a councillor ("Cllr") is."""
    assert not {(p, o) for p, o in _works_for(text) if p == who and "Council" in o}


def test_a_councillor_named_alone_is_still_at_the_council():
    """The near-miss: "Cllr Jo Tern, Chair" on a page that names one council
    most holds the post at that council."""
    text = (
        "Tarnby Town Council budget\n\nTarnby Town Council has set its budget for the "
        "year. Tarnby Town Council will meet again in May.\n\n- Cllr Runa Holt, Chair"
    )
    assert ("Runa Holt", "Tarnby Town Council") in _works_for(text)
