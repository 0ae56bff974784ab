"""Seats named with no body on a page about a meeting named for its body ("Fenby
Allotment Society AGM": its chair, treasurer and committee), placed at that body
(`meeting_seats`); and people named "of"/"from" a club, collective or action
group with no post, its members (`post_kinds.member_body`). All names and
wording are made up."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import with_roles


def _rels(text: str, kind: str) -> set[tuple[str, str, str | None]]:
    return with_roles(extract_text(text + "\n", path="news.txt"), kind)


_AGM = (
    "Fenby Allotment Society AGM 2031\n\n"
    "Thanks to all who came to the Fenby Allotment Society AGM on 4 May at the "
    "Scout Hut.\n\n"
)


def test_seats_told_in_a_meeting_report_are_at_the_body_the_meeting_is_named_for():
    members = _rels(
        _AGM + "Our chair, Ada Foss, gave her report on the year. Treasurer Jo Tern "
        "took us through the accounts, which were approved.",
        "MEMBER_OF",
    )
    assert ("Ada Foss", "Fenby Allotment Society", "Chair") in members
    assert ("Jo Tern", "Fenby Allotment Society", "Treasurer") in members


def test_elected_officers_listed_by_post_are_at_the_meeting_body():
    members = _rels(
        _AGM + "Elected for the coming year:\nVice-chair – Kit Harlow\nSecretary – Remi Odell\n",
        "MEMBER_OF",
    )
    assert ("Kit Harlow", "Fenby Allotment Society", "Vice-chair") in members
    assert ("Remi Odell", "Fenby Allotment Society", "Secretary") in members


def test_a_staff_post_in_a_meeting_report_is_no_seat():
    members = _rels(
        _AGM + "Our site manager, Lou Brandt, spoke about the new water troughs.",
        "MEMBER_OF",
    )
    assert not any(p == "Lou Brandt" for p, _, _ in members)


def test_no_seat_is_placed_when_the_meeting_is_named_for_no_body():
    members = _rels(
        "Spring gathering 2031\n\nThanks to all who came to our spring gathering on 4 May.\n\n"
        "Our chair, Ada Foss, gave her report on the year.",
        "MEMBER_OF",
    )
    assert not any(p == "Ada Foss" for p, _, _ in members)


def test_someone_of_a_club_or_collective_with_no_post_is_a_member():
    members = _rels(
        "Workshops were led by Ada Foss of Kelby Clay Collective. The fastest time came "
        "from Jo Tern of Fenby Boxing Club.",
        "MEMBER_OF",
    )
    assert ("Ada Foss", "Kelby Clay Collective", "member") in members
    assert ("Jo Tern", "Fenby Boxing Club", "member") in members


def test_the_founder_of_a_collective_keeps_the_job():
    works = _rels("Ada Foss, founder of Kelby Clay Collective, spoke first.", "WORKS_FOR")
    assert any(p == "Ada Foss" and b == "Kelby Clay Collective" for p, b, _ in works)


def test_someone_from_an_action_group_is_a_member():
    members = _rels(
        "The panel was chaired by Kit Harlow of the Orrin Flood Action Group.", "MEMBER_OF"
    )
    assert ("Kit Harlow", "Orrin Flood Action Group", "member") in members


def test_a_housing_group_or_a_post_at_a_club_keeps_the_job():
    works = _rels(
        "Ada Foss of Kelby Housing Group spoke first. Jo Tern, bar manager at Fenby "
        "Golf Club, spoke next.",
        "WORKS_FOR",
    )
    assert any(p == "Ada Foss" and b == "Kelby Housing Group" for p, b, _ in works)
    assert any(p == "Jo Tern" and b == "Fenby Golf Club" for p, b, _ in works)


def test_member_groups_or_charities_listed_are_members_of_the_body():
    members = _rels(
        "The Orrin Youth Alliance was set up in 2029. Its member groups include Fenby "
        "Scouts, Kelby Kids Club and St Ann's Primary School. The Dalby Care Network has "
        "forty member charities: Orrin Carers Centre and Kelby Hospice.",
        "MEMBER_OF",
    )
    assert {
        ("Fenby Scouts", "Orrin Youth Alliance", "member"),
        ("Kelby Kids Club", "Orrin Youth Alliance", "member"),
        ("Orrin Carers Centre", "Dalby Care Network", "member"),
        ("Kelby Hospice", "Dalby Care Network", "member"),
    } <= members


def test_member_groups_named_with_no_list_after_them_give_nothing():
    members = _rels(
        "News from the Orrin Youth Alliance's member groups. Fenby Scouts opened a new hut.",
        "MEMBER_OF",
    )
    assert not any(p == "Fenby Scouts" for p, _, _ in members)


def test_a_list_of_members_goes_on_past_an_item_no_name_holds():
    members = _rels(
        "The Orrin Place Board brings together the NHS, Fenby Council, the voluntary "
        "sector and Healthwatch Orrin. The Kelby Safety Partnership brings together the "
        "Probation Service, Kelby Police and Dalby Hospice.",
        "MEMBER_OF",
    )
    assert {
        ("Fenby Council", "Orrin Place Board", "member"),
        ("Healthwatch Orrin", "Orrin Place Board", "member"),
        ("Kelby Police", "Kelby Safety Partnership", "member"),
        ("Dalby Hospice", "Kelby Safety Partnership", "member"),
    } <= members


def test_an_unnamed_item_with_no_name_after_it_ends_the_list():
    members = _rels(
        "The Orrin Place Board brings together the NHS and local charities. Fenby "
        "Council said the board would meet monthly.",
        "MEMBER_OF",
    )
    assert not any(p == "Fenby Council" for p, _, _ in members)
