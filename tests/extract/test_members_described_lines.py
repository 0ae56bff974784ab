"""A list of a partnership's partners or members, one a line, each line a name and
then what it does there after a spaced dash, however long ("Foo Housing – landlord
for most homes ..."): every line is an item of the list, not only the short ones,
so the lines after a long one are still read (list_lines.described_member)."""

from __future__ import annotations

from collabgraph.extract import extract_text
from collabgraph.extract.list_lines import described_member

_PAGE = (
    "Who we are – Ardley Health Partnership\n\n"
    "The Ardley Health Partnership brings together the bodies that plan and provide care "
    "in Ardley.\n\n"
    "Statutory partners\n"
    "Ardley Borough Council – public health, adult social care and housing\n"
    "Kelby and Ardley Integrated Care Board – commissioning of family doctors, hospitals and "
    "community nursing across both districts\n"
    "Ardley General Hospital NHS Trust\n"
    "Fenby Fire and Rescue Service\n"
)


def _members(seed: dict) -> set[tuple[str, str]]:
    return {(r["from"], r["to"]) for r in seed["relations"] if r["type"] == "MEMBER_OF"}


def test_lines_after_a_long_described_partner_are_still_members():
    members = _members(extract_text(_PAGE))
    for body in (
        "Ardley Borough Council",
        "Kelby and Ardley Integrated Care Board",
        "Ardley General Hospital NHS Trust",
        "Fenby Fire and Rescue Service",
    ):
        assert (body, "Ardley Health Partnership") in members


def test_a_described_line_is_an_item_only_under_members_partners_or_seats():
    line = "Kelby and Ardley Integrated Care Board – commissioning of family doctors, hospitals"
    assert described_member(line, "Statutory partners")
    assert described_member(line, "Trustees")
    assert not described_member(line, "What we do")
    # a sentence before the dash is no name
    assert not described_member("We thank the council – it paid for the hall", "Our partners")
