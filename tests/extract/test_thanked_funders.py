"""Sponsors and funders named by a noun in thanks (rules/sponsors.py): "Thanks to
our sponsors Quill Motors and Fenby Bakeries" (names shaped as a firm's are a
body's, even when read as a person's), "She thanked our main funders, A and B"
(the page's own body, not the meeting where they were thanked)."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs

FAIR = (
    "Tarnby Spring Fair 2031\n\n"
    "The Tarnby Spring Fair 2031 took place on Tarnby Green on 3 May, organised by "
    "Pellow Green Residents' Association.\n"
)
AGM = (
    "Annual General Meeting 2031\n\n"
    "Thank you to the 40 members who came to the annual general meeting of Tarnby "
    "Community Larder on 3 May at Tarnby Library.\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Thanks as always to our sponsors Quill Motors and Fenby Bakeries, and to the "
        "Fox Inn for having us.",
        "I want to say a huge thank you to our sponsors, Quill Motors and Fenby Bakeries.",
    ],
)
def test_firms_thanked_as_sponsors_funded_the_event(sentence):
    got = pairs(extract_text(FAIR + sentence + "\n", path="page.txt"), "FUNDED")
    assert ("Quill Motors", "Tarnby Spring Fair 2031") in got
    assert ("Fenby Bakeries", "Tarnby Spring Fair 2031") in got


def test_people_thanked_as_sponsors_stay_people():
    text = FAIR + "Thanks to our sponsors Jo Tern and Ada Foss, who walked 20 miles.\n"
    got = pairs(extract_text(text, path="page.txt"), "FUNDED")
    assert not any(src in {"Jo Tern", "Ada Foss"} for src, _ in got)


@pytest.mark.parametrize(
    "sentence",
    [
        "Treasurer Jo Tern presented the accounts. She thanked our main funders, the Orrin "
        "Foundation and Fenby Town Council, and the shops that donate food.",
        "Our core funders, the Orrin Foundation and Fenby Town Council, renewed their "
        "grants this year.",
    ],
)
def test_our_funders_thanked_at_a_meeting_funded_the_page_s_body(sentence):
    got = pairs(extract_text(AGM + sentence + "\n", path="page.txt"), "FUNDED")
    assert ("Orrin Foundation", "Tarnby Community Larder") in got
    assert ("Fenby Town Council", "Tarnby Community Larder") in got
    assert ("Orrin Foundation", "Annual General Meeting 2031") not in got


def test_funders_of_a_named_thing_keep_it():
    text = FAIR + "Our funders, the Orrin Foundation, also back the Tarnby Fair Fund.\n"
    got = pairs(extract_text(text, path="page.txt"), "FUNDED")
    assert ("Orrin Foundation", "Tarnby Spring Fair 2031") not in got


@pytest.mark.parametrize("heading", ["Our funders", "Thank you to our funders"])
def test_bodies_named_under_an_our_funders_heading_fund_the_pages_body(heading):
    text = (
        "Quenby Valley Advice Network\n\n"
        "Quenby Valley Advice Network is a charity supporting people across the valley.\n\n"
        "Our work\nOur Benefit Buddies scheme reached 300 households this year.\n\n"
        "Governance\nTamsin Orrell stepped down as chair after six years.\n\n"
        f"{heading}\nThe Harnwick Foundation, Quenby District Council and the Sollis Trust.\n"
    )
    got = pairs(extract_text(text, path="page.txt"), "FUNDED")
    for funder in ("Harnwick Foundation", "Quenby District Council", "Sollis Trust"):
        assert (funder, "Quenby Valley Advice Network") in got
        assert (funder, "Benefit Buddies") not in got
