"""Bodies a sentence makes members of a named group are not read as partners by it:
"the Foo Partnership is made up of A, B and C" (members, not partners of each
other), "its member organisations include A", "we sit on the Foo Board alongside
A" (members, not the group's partners). A group said to bring bodies together, and
a partnership between bodies, still makes partners (member_partners.py). All names
and sentences made up."""

from __future__ import annotations

from collabgraph.extract import extract_text
from collabgraph.extract.member_partners import members_read_as_partners
from tests.extract.reading import pairs


def _seed(text: str) -> dict:
    return extract_text(text + "\n", path="page.txt")


def _partnered(seed: dict) -> set[frozenset[str]]:
    return {frozenset(p) for p in pairs(seed, "PARTNER_OF")}


def test_members_a_partnership_is_made_up_of_are_members_not_partners():
    seed = _seed(
        "Kelby gets online\n\n"
        "The Kelby Digital Inclusion Partnership is made up of Kelby City Council, Kelby "
        "Libraries, Fenby Homes and Orton College, and is supported by the Dalby Fund."
    )
    assert ("Kelby Libraries", "Kelby Digital Inclusion Partnership") in pairs(seed, "MEMBER_OF")
    assert frozenset({"Kelby Libraries", "Fenby Homes"}) not in _partnered(seed)


def test_a_group_is_no_partner_of_the_members_it_lists():
    relations = [
        {"from": "Fenby Scouts", "type": "MEMBER_OF", "to": "Kelby Youth Alliance",
         "evidence": "Its member organisations include Fenby Scouts and Orton Youth Club."},
        {"from": "Kelby Youth Alliance", "type": "PARTNER_OF", "to": "Fenby Scouts",
         "evidence": "Its member organisations include Fenby Scouts and Orton Youth Club."},
    ]  # fmt: skip
    assert members_read_as_partners(relations) == [relations[1]]


def test_members_a_group_brings_together_stay_partners():
    said = "The Kelby Food Alliance brings together Fenby Foodbank and Orton Larder."
    relations = [
        {"from": "Fenby Foodbank", "type": "MEMBER_OF", "to": "Kelby Food Alliance",
         "evidence": said},
        {"from": "Orton Larder", "type": "MEMBER_OF", "to": "Kelby Food Alliance",
         "evidence": said},
        {"from": "Fenby Foodbank", "type": "PARTNER_OF", "to": "Orton Larder", "evidence": said},
    ]  # fmt: skip
    assert members_read_as_partners(relations) == []


def test_a_partnership_between_bodies_still_makes_partners():
    seed = _seed(
        "New partnership\n\n"
        "A partnership between Kelby Medical Group, Fenby Pharmacy and Orton Housing has "
        "been formed to improve care for people who are homeless."
    )
    assert frozenset({"Kelby Medical Group", "Fenby Pharmacy"}) in _partnered(seed)
