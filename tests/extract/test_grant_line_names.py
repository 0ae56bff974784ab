"""The grantee a grant list's line opens with, found by the line's shape (a name, a
dash or colon, a sum) even when the name finder missed it or read only a piece
(mentions/sum_items.py), then funded by the funder in view (rules/grant_lists.py)."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import pairs

PAGE = (
    "Spring grants announced\n\n"
    "Tarnby Community Foundation has announced nine grants from its Small Sparks fund.\n\n"
    "Awards in this round:\n\n"
    "Hope Lane Pantry – £6,000 towards a part-time coordinator\n"
    "Polish Saturday School Tarnby – £4,500 for a heritage project\n"
    "Rainbow Families Tarnby – £2,000\n"
    "Kelby Sea Cadets: £3,000 for a new boat\n"
)


def test_each_line_s_opening_name_was_funded_by_the_funder_in_view():
    got = pairs(extract_text(PAGE, path="page.txt"), "FUNDED")
    for grantee in (
        "Hope Lane Pantry",
        "Polish Saturday School Tarnby",
        "Rainbow Families Tarnby",
        "Kelby Sea Cadets",
    ):
        assert ("Tarnby Community Foundation", grantee) in got


def test_a_field_s_label_before_a_sum_names_no_body():
    text = (
        "Chair yoga for carers\n\n"
        "Gentle chair yoga every Monday at Tarnby Library, run by Tarnby Carers Hub with "
        "a grant from the Orrin Foundation.\n\n"
        "Cost: £3 a session\n"
        "Tickets: £10 for the course\n"
    )
    seed = extract_text(text, path="page.txt")
    names = {e["name"] for e in seed["entities"]}
    assert "Cost" not in names and "Tickets" not in names
    assert not any(dst in {"Cost", "Tickets"} for _, dst in pairs(seed, "FUNDED"))
