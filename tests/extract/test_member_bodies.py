"""Organisations as members of a partnership, network or board, and the people
who sit on or chair one (MEMBER_OF), where the body is named in another sentence
or in an unusual place. All names are made up."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs, with_roles


def _members(text: str) -> set[tuple[str, str, str | None]]:
    return with_roles(extract_text(text + "\n", path="news.txt"), "MEMBER_OF")


def test_the_partnership_named_before_is_the_one_whose_members_are_listed():
    members = _members(
        "The Westmoor Care Partnership was set up in 2019. The partnership, which includes "
        "Kelby Hospice, Orrin Carers Centre and Fenbridge CVS, has won an award."
    )
    assert {
        ("Kelby Hospice", "Westmoor Care Partnership", "member"),
        ("Orrin Carers Centre", "Westmoor Care Partnership", "member"),
        ("Fenbridge CVS", "Westmoor Care Partnership", "member"),
    } <= members


def test_the_network_is_not_a_network_named_in_its_own_list():
    members = _members(
        "The Westmoor Care Network met. The network, made up of Kelby Hospice and the "
        "Fenbridge Care Network, was launched in May."
    )
    assert not any(body == "Fenbridge Care Network" for _, body, _ in members)


def test_its_members_are_those_of_the_body_the_last_sentence_was_about():
    members = _members(
        "The Westmoor Care Network was set up in 2019. Its members include Kelby Hospice "
        "and Orrin Carers Centre."
    )
    assert {
        ("Kelby Hospice", "Westmoor Care Network", "member"),
        ("Orrin Carers Centre", "Westmoor Care Network", "member"),
    } <= members


def test_who_chairs_bodies_named_after_their_owner_and_together():
    members = _members(
        "Ada Brook chairs the university's Westmoor Ethics Committee and the Kelby "
        "Strategy Board.\n\nLena Gault, who chairs the Orrin Care Board and Kelby Council's "
        "cabinet, spoke."
    )
    assert {
        ("Ada Brook", "Westmoor Ethics Committee", "chair"),
        ("Ada Brook", "Kelby Strategy Board", "chair"),
        ("Lena Gault", "Orrin Care Board", "chair"),
    } <= members
    # a council whose cabinet is chaired is no body the chair sits on as its chair
    assert not any(body == "Kelby Council" for _, body, _ in members)


def test_a_member_of_a_bodys_team_works_for_it():
    seed = extract_text(
        "Ada Brook is a member of the Kelby University's senior management team.\n\n"
        "Tariq Noon is a member of the outreach team at Orrin Carers Trust.\n",
        path="news.txt",
    )
    assert {
        ("Ada Brook", "Kelby University", "member of the senior management team"),
        ("Tariq Noon", "Orrin Carers Trust", "member of the outreach team"),
    } <= with_roles(seed, "WORKS_FOR")
    # staff, not members of the body
    assert not with_roles(seed, "MEMBER_OF")


def test_who_chaired_a_body_described_before_its_name():
    members = _members(
        "Ada Brook, who had chaired the 'shadow' Westmoor Care Board, resigned.\n\n"
        "Dr Ada Quill chaired the annual Kelby Trust meeting."
    )
    assert ("Ada Brook", "Westmoor Care Board", "chair") in members
    # a meeting described by a trust's name is no seat on the trust
    assert not any(who == "Ada Quill" for who, _, _ in members)


def test_who_is_chairing_a_body_said_far_from_their_name():
    members = _members(
        "Then, Ada Brook, a Kelby tenant of over 30 years, took the stage to talk about her "
        "journey from getting involved in a local group to chairing the Westmoor Housing "
        "Alliance.\n\n"
        "Ada Brook praised the council officers who spent ten years quietly chairing the "
        "Orrin Housing Board."
    )
    assert ("Ada Brook", "Westmoor Housing Alliance", "chair") in members
    # the officers chaired it, not the person who praised them
    assert not any(body == "Orrin Housing Board" for _, body, _ in members)


def test_a_representative_on_a_board_sits_on_it_and_the_body_before_the_post_does_not():
    members = _members(
        "Ada Brook, Westmoor Care Alliance chair and representative on the Kelby Health "
        "Board, said it was good.\n\nTariq Noon has served on the Orrin Care Board since 2010."
    )
    assert {
        ("Ada Brook", "Kelby Health Board", "representative"),
        ("Ada Brook", "Westmoor Care Alliance", "Chair"),
        ("Tariq Noon", "Orrin Care Board", "member"),
    } <= members
    # the alliance only says whose chair Ada Brook is
    assert not any(who == "Westmoor Care Alliance" for who, _, _ in members)


def test_people_named_after_a_body_and_member_are_its_members():
    members = _members(
        "Speakers included Westmoor Care Network member, Ada Brook.\n\n"
        "The Orrin Care Network members meeting was held in May."
    )
    assert ("Ada Brook", "Westmoor Care Network", "member") in members
    assert not any(body == "Orrin Care Network" for _, body, _ in members)


def test_a_partnership_named_in_a_longer_paragraph_before():
    """The body "the partnership" points back to was named far into an earlier,
    longer paragraph: its members are read, and the short paragraph is read
    without error."""
    text = (
        "Over the past two years, councils, health bodies and charities from across the "
        "county have met every month to plan how services for older people could be joined "
        "up, and last spring they agreed to form the Northtown Care Partnership.\n\n"
        "The partnership includes Kelby Trust and Orrin Hospice."
    )
    seed = extract_text(text, path="page.txt")
    members = pairs(seed, "MEMBER_OF")
    assert ("Kelby Trust", "Northtown Care Partnership") in members


_ALLIANCE = "---\nurl: https://www.westshirevoluntaryalliance.org.uk/{}\n---\n\n"


@pytest.mark.parametrize(
    ("page", "members"),
    [
        (_ALLIANCE.format("about") + "About us\n\nWestshire Voluntary Alliance brings local"
         " charities together. Our members include Kelby Youth Club, Dalby Food Bank and"
         " Northtown Carers Network.\n",
         {"Kelby Youth Club", "Dalby Food Bank", "Northtown Carers Network"}),
        (_ALLIANCE.format("members") + "Members\n\nWestshire Voluntary Alliance speaks for"
         " the sector. Our member organisations are Kelby Homes and Dalby Housing Trust.\n",
         {"Kelby Homes", "Dalby Housing Trust"}),
    ],
)  # fmt: skip
def test_our_members_on_a_body_s_own_page_are_its_members(page, members):
    assert pairs(extract_text(page), "MEMBER_OF") == {
        (m, "Westshire Voluntary Alliance") for m in members
    }


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("News\n\nThe Westshire Voluntary Alliance is growing. Kelby Youth Club and Dalby Food"
         " Bank have joined the alliance this month.\n", "Westshire Voluntary Alliance"),
        ("News\n\nThe Northtown Food Network met in May. Kelby Youth Club and Dalby Food Bank"
         " joined the network last year.\n", "Northtown Food Network"),
    ],
)  # fmt: skip
def test_bodies_that_joined_the_alliance_are_its_members(text, body):
    assert pairs(extract_text(text), "MEMBER_OF") == {
        ("Kelby Youth Club", body),
        ("Dalby Food Bank", body),
    }


def test_joining_the_board_is_a_seat_not_a_membership_of_bodies():
    text = (
        "News\n\nThe Westshire Voluntary Alliance met in May. Kelby Youth Club joined the"
        " board of the alliance.\n"
    )
    assert ("Kelby Youth Club", "Westshire Voluntary Alliance") not in pairs(
        extract_text(text), "MEMBER_OF"
    )


@pytest.mark.parametrize(
    ("sentence", "row"),
    [
        ("Kelby Homes will also be represented on the Westshire Health and Wellbeing Board.",
         ("Kelby Homes", "Westshire Health and Wellbeing Board", "member")),
        ("Orrin Carers Trust has a seat on the Dalby Housing Partnership.",
         ("Orrin Carers Trust", "Dalby Housing Partnership", "member")),
    ],
)  # fmt: skip
def test_a_body_represented_or_with_a_seat_on_a_board_is_its_member(sentence, row):
    assert row in _members(sentence)


def test_being_represented_at_an_occasion_is_no_membership():
    assert not _members("Kelby Homes was represented on the day by Ada Brook.")


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("Lunch was provided by the Dalby Housing Group - Kelby Homes joined this group "
         "this year.",
         ("Kelby Homes", "Dalby Housing Group", "member")),
        ("Thanks go to the Dalby Health Network; Kelby Homes joined this network in 2019.",
         ("Kelby Homes", "Dalby Health Network", "member")),
    ],
)  # fmt: skip
def test_a_body_joining_this_group_joins_the_group_named_before(text, row):
    assert row in _members(text)


def test_members_of_a_body_including_a_list_are_its_members():
    seed = extract_text(
        "Launch of Fairer Food\n\n"
        "Last week the Westshire Commission on Food launched its final report, Fairer "
        "Food, at an event in Northtown.\n\n"
        "At the event we were joined by members of the Commission, including Tom Reed "
        "(school cook), Ben Hale and Cal Dunn.\n\n"
        "Members of the public, including Dee Fox, asked questions.\n",
        path="page.txt",
    )
    members = {(r["from"], r["to"]) for r in seed["relations"] if r["type"] == "MEMBER_OF"}
    body = "Westshire Commission on Food"
    assert {("Tom Reed", body), ("Ben Hale", body), ("Cal Dunn", body)} <= members
    assert not any(who == "Dee Fox" for who, _ in members)


@pytest.mark.parametrize(
    "line",
    [
        "We have also joined the Westmoor Housing Network.",
        "We are now a member of the Westmoor Housing Network.",
    ],
)
def test_we_joined_a_network_makes_the_pages_own_body_its_member(line):
    members = _members(
        "---\nurl: https://www.kelbycarerstrust.org/news/autumn/\n---\n\n"
        "Autumn news\n\n"
        "Ada Brook, chief executive of Kelby Carers Trust, opened the new cafe on Saturday.\n\n"
        f"{line}"
    )
    assert ("Kelby Carers Trust", "Westmoor Housing Network", "member") in members, members


def test_a_body_named_after_another_and_member_is_its_member():
    members = _members(
        "The event was hosted by Kelby Housing Network member Dalby Homes.\n\n"
        "HomeWorks, a network of housing associations, was formed in 2005.\n\n"
        "On Friday, HomeWorks member Orley Trust hosted an event for tenants."
    )
    assert ("Dalby Homes", "Kelby Housing Network", "member") in members
    # a name with no body's word at its end: a body before a body is still a member's
    assert ("Orley Trust", "HomeWorks", "member") in members


def test_a_seat_on_several_boards_at_once_is_a_seat_on_each():
    members = _members("Tom Hale also sits on the boards of Dalby Housing Trust and Orley Homes.")
    assert ("Tom Hale", "Dalby Housing Trust", "board member") in members
    assert ("Tom Hale", "Orley Homes", "board member") in members
    assert not _members("The boards of Dalby Housing Trust and Orley Homes met on Monday.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Tom Hale, who founded Dalby Housing Trust in 1990, spoke first.",
        "Dalby Housing Trust was founded by Tom Hale in 1990.",
        "Tom Hale founded Dalby Housing Trust in 1990.",
    ],
)
def test_who_founded_a_body_is_its_founder(sentence):
    assert ("Tom Hale", "Dalby Housing Trust", "founder") in _members(sentence)
