"""Members counted, then a few named: "brings together more than 100 organisations,
including A and B", "thirty groups have signed up, among them A and B",
"representatives of 20 member organisations, including A and B"
(`rules/counted_members`). All names and sentences are made up."""

from __future__ import annotations

from tests.extract.reading import members


def test_brings_together_a_count_then_including():
    found = members(
        "The Orrin Wellbeing Alliance brings together more than 80 organisations across "
        "Orrin, including Tarnside Mind, Orrin Young Carers and Pellow Dementia Cafe."
    )
    assert ("Tarnside Mind", "Orrin Wellbeing Alliance") in found
    assert ("Pellow Dementia Cafe", "Orrin Wellbeing Alliance") in found


def test_counted_groups_signed_up_among_them():
    found = members(
        "Fenby Age Concern has set up the Fenby Friendship Network.\n\n"
        "Some forty groups have signed up so far, among them Fenby Deaf Club, "
        "Westmoor Walking Football and Kelby Lunch Club."
    )
    assert ("Westmoor Walking Football", "Fenby Friendship Network") in found
    assert ("Kelby Lunch Club", "Fenby Friendship Network") in found


def test_counted_member_organisations_including():
    found = members(
        "Westmoor Voluntary Sector Network: summer round-up\n\n"
        "The Westmoor Voluntary Sector Network supports charities across Westmoor.\n\n"
        "Present: representatives of 18 member organisations, including Westmoor "
        "Citizens Advice, Kelby Refugee Welcome and Tarn Park Trust."
    )
    assert ("Kelby Refugee Welcome", "Westmoor Voluntary Sector Network") in found


def test_not_groups_given_grants():
    found = members(
        "The Fenby Community Network was set up in 2020.\n\n"
        "The Kelby Foundation has given grants to 40 groups, including Fenby Foodbank "
        "and Orrin Youth Club."
    )
    assert not {p for p in found if p[0] in {"Fenby Foodbank", "Orrin Youth Club"}}


def test_not_groups_that_joined_a_named_body():
    found = members(
        "The Fenby Community Network was set up in 2020.\n\n"
        "Twelve groups have joined the Kelby Food Partnership this year, including "
        "Orrin Pantry and Tarn Community Fridge."
    )
    assert ("Orrin Pantry", "Fenby Community Network") not in found


def test_not_a_count_of_people():
    found = members(
        "The Fenby Carers Network met in May.\n\n"
        "More than 60 volunteers came along, including staff from Kelby Mind and "
        "Orrin Carers Centre."
    )
    assert ("Kelby Mind", "Fenby Carers Network") not in found


def test_a_body_has_members_from_one_to_another():
    found = members(
        "Kelby news\n\n"
        "The Fenby Dementia Action Alliance was set up in 2022.\n\n"
        "Eight years on, the Fenby Diaspora Network has 64 member groups, from the "
        "Kelby Somali Community Association to the Ashby Roma Support Group."
    )
    assert ("Kelby Somali Community Association", "Fenby Diaspora Network") in found
    assert ("Ashby Roma Support Group", "Fenby Diaspora Network") in found


def test_the_board_has_members_including_representatives_of():
    found = members(
        "Kelby news\n\n"
        "The Kelby Town Board met in March. The board has 11 members, including "
        "representatives of Kelby College, Fenby Building Society and Kelby Chamber "
        "of Commerce."
    )
    assert ("Kelby College", "Kelby Town Board") in found
    assert ("Kelby Chamber of Commerce", "Kelby Town Board") in found


def test_not_a_span_of_what_a_body_gave():
    found = members(
        "Kelby news\n\n"
        "The Fenby Community Network was set up in 2020.\n\n"
        "The Kelby Community Fund made 40 grants, from Fenby Scouts to Dalby Youth Club."
    )
    assert not {p for p in found if p[0] in {"Fenby Scouts", "Dalby Youth Club"}}


def test_not_members_of_a_body_with_no_members_head():
    found = members(
        "Kelby news\n\n"
        "The Tern Valley Trust now has 300 members, from Kelby Rowing Club to Fenby "
        "Cricket Club."
    )
    assert not {p for p in found if p[0] in {"Kelby Rowing Club", "Fenby Cricket Club"}}
