"""Bodies welcomed as new members, and a page's own member groups: "A warm welcome
to A and B, who joined the network in May", "... who all joined in June" (the
page's own body), "We have 20 member groups, among them A and B", "we welcome A and
B to the network", "three new groups to the network: A, B and C", "a warm welcome to
our newest members: A and B"
(`rules/welcomed_members`). All names and sentences are made up."""

from __future__ import annotations

from tests.extract.reading import members


def test_welcomed_bodies_who_joined_the_network():
    found = members(
        "The Fenby Food Network met in March at Orrin Hall.\n\n"
        "A warm welcome to Kelby Community Fridge and Orrin Foodcycle, who joined the "
        "network in September."
    )
    assert ("Kelby Community Fridge", "Fenby Food Network") in found
    assert ("Orrin Foodcycle", "Fenby Food Network") in found


def test_welcomed_bodies_who_joined_the_page_body():
    found = members(
        "Community News from Kelby Voluntary Action\n\n"
        "A warm welcome to Fenby Dementia Carers Group, Orrin Boxing Academy and the "
        "Tarn Family Centre, who all joined in May. That takes us to 214 member groups."
    )
    assert ("Fenby Dementia Carers Group", "Kelby Voluntary Action") in found
    assert ("Tarn Family Centre", "Kelby Voluntary Action") in found


def test_hyphened_bulletin_headline_names_the_page_body():
    found = members(
        "Kelby Voluntary Action e-bulletin | June 2024\n\n"
        "A warm welcome to Fenby Dementia Carers Group and Orrin Boxing Academy, who "
        "all joined in May. That takes us to 90 member groups."
    )
    assert ("Orrin Boxing Academy", "Kelby Voluntary Action") in found


def test_we_have_member_groups_among_them():
    found = members(
        "Welcome to the Fenby Older People's Forum\n\n"
        "The Fenby Older People's Forum is an umbrella body for groups working with "
        "people over 60 in Fenby. We have 27 member groups, among them Kelby Lunch "
        "Club, the Orrin Elders Association and Fenby Bowls Club."
    )
    assert ("Kelby Lunch Club", "Fenby Older People's Forum") in found
    assert ("Fenby Bowls Club", "Fenby Older People's Forum") in found


def test_welcomed_people_who_joined_are_not_members():
    found = members(
        "Community News from Kelby Voluntary Action\n\n"
        "A warm welcome to Jo Tern and Ada Foss, who joined in May as our new "
        "development officers."
    )
    assert ("Jo Tern", "Kelby Voluntary Action") not in found
    assert ("Ada Foss", "Kelby Voluntary Action") not in found


def test_bodies_welcomed_to_the_network():
    found = members(
        "Fenby Food Network news\n\n"
        "The Fenby Food Network links food projects across the district. This spring we "
        "welcome Kelby Food Bank, Orrin Boxing Academy and the Tarn Family Centre to the network."
    )
    assert ("Kelby Food Bank", "Fenby Food Network") in found
    assert ("Tarn Family Centre", "Fenby Food Network") in found


def test_new_groups_welcomed_to_the_network_then_listed():
    found = members(
        "Fenby Food Network news\n\n"
        "The Fenby Food Network links food projects across the district. This season we "
        "welcome three new groups to the network: Kelby Food Bank, Orrin Boxing "
        "Academy and the Tarn Family Centre."
    )
    assert ("Orrin Boxing Academy", "Fenby Food Network") in found
    assert ("Tarn Family Centre", "Fenby Food Network") in found


def test_a_warm_welcome_to_our_newest_members():
    found = members(
        "Community News from Kelby Voluntary Action\n\n"
        "Kelby Voluntary Action supports local charities. And a warm welcome to our "
        "newest members: Fenby Dementia Carers Group and Orrin Boxing Academy."
    )
    assert ("Fenby Dementia Carers Group", "Kelby Voluntary Action") in found
    assert ("Orrin Boxing Academy", "Kelby Voluntary Action") in found


def test_people_welcomed_as_members_of_a_named_panel():
    found = members(
        "Residents' news from Orrin Homes\n\n"
        "We are pleased to welcome two new members to our Tenant Review Panel: Jo Tern "
        "and Ada Foss."
    )
    assert ("Jo Tern", "Tenant Review Panel") in found
    assert ("Ada Foss", "Tenant Review Panel") in found


def test_visitors_welcomed_to_an_open_day_are_not_members():
    found = members(
        "Fenby Food Network news\n\n"
        "The Fenby Food Network links food projects. In May we welcomed Kelby Food Bank "
        "and Orrin Boxing Academy to the open day at Tarn Hall."
    )
    assert ("Kelby Food Bank", "Fenby Food Network") not in found
    assert not any(body == "Tarn Hall" for _, body in found)
