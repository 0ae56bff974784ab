"""A body named as a brand and its place ("Kindly Folk Westshire", "Speak Easy Dalby"),
which the recogniser reads as a person's name, is a body when the page names that
place elsewhere or it is a known town (place_last_names.py); a person whose surname
is a place the page names ("Dana Fenby", "Ms Orla Kelby") stays a person. Made-up
bodies and wording."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import rows, types_in


def _seed(text: str) -> dict:
    return extract_text(text, path="page.txt")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (  # a byline under the headline
            "Meet our befrienders\n\nPosted 3 May 2025 by Kindly Folk Westshire\n\n"
            "Our volunteers visit people across Westshire every week. Westshire County "
            "Council pays for the van.",
            "Kindly Folk Westshire",
        ),
        (  # a workshop's facilitator in a list
            "Workshops\n\n- Money matters - facilitated by Kooth Dalby\n- Housing - "
            "facilitated by Dalby Law Centre",
            "Kooth Dalby",
        ),
        (  # a speaker's body after her name
            "Panel\n\nSocial value in supply chains - led by Priya Bala, Buy Social "
            "Kelby\n\nKelby Council chaired.",
            "Buy Social Kelby",
        ),
    ],
)
def test_a_brand_and_its_place_is_no_person(text, name):
    assert "Person" not in types_in(_seed(text), name)


def test_the_page_s_body_named_as_a_brand_and_place_holds_its_posts():
    text = (
        "Meet the team\n\nPosted 1 June 2025 by Kindly Folk Westshire\n\nKindly Folk "
        "Westshire has run its befriending service across Westshire since 2012. Its "
        "chief executive, Ada Foss, said the service had doubled."
    )
    assert ("Ada Foss", "WORKS_FOR", "Kindly Folk Westshire", "chief executive") in rows(
        _seed(text)
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (  # a given name first: a person whose surname is the town's
            "Fenby Trust news\n\nDana Fenby, our treasurer, said she was proud of the "
            "year. The Fenby Trust board thanked her.",
            "Dana Fenby",
        ),
        (  # an honorific: a person, whatever the last word
            "Kelby Foodbank update\n\nThe talk was given by Ms Tova Kelby, who has "
            "volunteered at Kelby Foodbank for ten years.",
            "Tova Kelby",
        ),
    ],
)
def test_a_person_whose_surname_is_a_place_stays_a_person(text, name):
    assert "Person" in types_in(_seed(text), name)
