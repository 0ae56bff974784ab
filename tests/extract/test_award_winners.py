"""Who won at the page's awards event took part in it as a participant (GOLD.md's
word for an award winner); an award of a grant or a sum of money is not a prize
at the event."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import events, ruled, with_roles


def _winners(text: str) -> set[str]:
    seed = extract_text(text)
    (event,) = events(seed)
    return {
        who
        for who, to, role in with_roles(seed, "PARTICIPATED_IN")
        if to == event["name"] and role == "participant"
    }


def test_an_award_went_to_and_was_presented_to_its_winners():
    winners = _winners(
        "Northtown Volunteer Awards Evening 2031\n\n"
        "Over 200 guests attended the Northtown Volunteer Awards Evening 2031 at Dalby Hall.\n\n"
        "Our lifetime achievement award this year went to Ada Brook.\n\n"
        "The young volunteer award was presented to Sam Keel and Ruth Varga.\n"
    )
    assert winners == {"Ada Brook", "Sam Keel", "Ruth Varga"}


def test_an_award_presented_by_someone_to_a_described_winner():
    winners = _winners(
        "Northtown Volunteer Awards Evening 2031\n\n"
        "Over 200 guests attended the Northtown Volunteer Awards Evening 2031 at Dalby Hall.\n\n"
        "The young volunteer award was presented by Ada Brook, chair of Northtown Trust, to "
        "17-year-old Sam Keel of Dalby Scouts.\n\n"
        "The team award was presented by Ruth Varga to mark ten years of the evening.\n"
    )
    assert winners == {"Sam Keel"}


def test_won_by_and_awarded_to_at_a_staff_awards_ceremony():
    winners = _winners(
        "---\nurl: https://example.org/news/stars-at-westshire-care-awards\n---\n\n"
        "Stars shine at Westshire Care Awards\n\n"
        "Staff gathered at Northtown Town Hall for the Westshire Care Awards.\n\n"
        "Employee of the year was won by Lena Ford.\n\n"
        "A new category of outstanding achievement was awarded to Omar Reed.\n"
    )
    assert winners == {"Lena Ford", "Omar Reed"}


def test_a_title_that_has_gone_to_or_an_award_going_to_its_winner():
    winners = _winners(
        "Kelby Volunteer Awards 2031\n\n"
        "The Kelby Volunteer Awards were held at Dalby Hall on Friday.\n\n"
        "The title for Outstanding Contribution to Volunteering has gone to Jane Doe, "
        "who set up a lunch club.\n\n"
        "The evening ended with the big Fundraiser of the Year award going to Ada Brook.\n"
    )
    assert winners == {"Jane Doe", "Ada Brook"}


def test_a_grant_going_to_a_charity_is_no_prize():
    winners = _winners(
        "Kelby Volunteer Awards 2031\n\n"
        "Volunteers attended the Kelby Volunteer Awards 2031 in Northtown.\n\n"
        "A grant of £5,000 has gone to Dalby Carers Trust.\n"
    )
    assert winners == set()


def test_a_grant_awarded_to_a_charity_is_no_prize():
    winners = _winners(
        "Westshire Carers Summit 2031\n\n"
        "Carers from across Westshire attended the Westshire Carers Summit 2031 in Northtown.\n\n"
        "A grant of £5,000 was awarded to Dalby Carers Trust.\n"
    )
    assert winners == set()


def test_a_list_of_winners_under_the_page_awards():
    text = (
        "Local heroes were honoured at a ceremony held by the council last night.\n\n"
        "The annual Mayor of Northtown’s Civic Awards, at Dalby Hall, celebrated people"
        " who make the town a better place.\n\n"
        "The winners were:\n"
        "• Lifetime Award – Ada Brook\n"
        "• Good Neighbour Award – Sam Keel\n"
        "• Voluntary Group of the Year Award – The Westshire Lions Society\n"
    )
    assert _won(text) == {"Ada Brook", "Sam Keel", "Westshire Lions Society"}


def test_winners_listed_after_a_named_awards_evening():
    text = (
        "Westshire Care Awards 2031\n\n"
        "Staff and families gathered at Northtown Town Hall for the Westshire Care Awards 2031.\n\n"
        "Winners:\n"
        "Omar Reed, Dalby Care Home\n"
        "Lena Ford, Westshire Hospice\n"
    )
    assert {"Omar Reed", "Lena Ford"} <= _won(text)


def _won(text: str) -> set[str]:
    seed = extract_text(text)
    (event,) = events(seed)
    return {
        who
        for who, to, role in with_roles(ruled(seed), "PARTICIPATED_IN")
        if to == event["name"] and role == "participant"
    }


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Omar Reed won the Good Neighbour Award.", {"Omar Reed": "Person"}),
        ("The Lifetime Award went to Lena Ford.", {"Lena Ford": "Person"}),
        ("Dalby Youth Project won an award of £500.", {"Dalby Youth Project": "Organisation"}),
        ("A grant of £500 went to Dalby Youth Project.", {"Dalby Youth Project": "Organisation"}),
    ],
)
def test_a_named_prize_is_no_money_so_its_winner_may_be_a_person(text, kinds):
    seed = extract_text(text + "\n")
    assert {e["name"]: e["type"] for e in seed["entities"] if e["name"] in kinds} == kinds


@pytest.mark.parametrize(
    "luck",
    [
        "Raffle prizes were won by Sam Keel, Ruth Varga and Tom Oduya.",
        "The prizes in our tombola were won by Sam Keel, Ruth Varga and Tom Oduya.",
    ],
)
def test_prizes_won_in_a_raffle_are_no_awards(luck):
    # a raffle is luck: its winners were there, but won no award at the event
    winners = _winners(
        "Northtown Project Launch 2031\n\n"
        "Over 60 guests attended the Northtown Project Launch 2031 at Dalby Hall.\n\n"
        "Speeches were given by Ada Brook, who thanked the volunteers.\n\n"
        f"{luck}\n\n"
        "The young volunteer award was presented to Bram Keel.\n"
    )
    assert winners == {"Bram Keel"}


@pytest.mark.parametrize(
    "said",
    [
        "Omar Reed was presented with a special award for his work with Dalby Carers Trust.",
        "Omar Reed received the lifetime achievement award.",
        "Omar Reed, a nurse at Westshire Hospice, won the carer of the year award.",
        "Omar Reed and Lena Ford were awarded the Westshire Medal for their volunteering.",
        "Omar Reed MBE and Lena Ford were presented with a special award.",
    ],
)
def test_the_winner_named_first_is_no_speaker(said):
    # "presented with an award" is an award received, not a presentation given
    winners = _winners(
        "Westshire Care Awards 2031\n\n"
        "Staff gathered at Northtown Town Hall for the Westshire Care Awards 2031.\n\n"
        f"{said}\n"
    )
    assert "Omar Reed" in winners


def test_an_award_presented_by_someone_is_theirs_to_give_not_to_win():
    winners = _winners(
        "Westshire Care Awards 2031\n\n"
        "Staff gathered at Northtown Town Hall for the Westshire Care Awards 2031.\n\n"
        "The Mayor, Tom Oduya, was presented to the guests before the awards.\n\n"
        "The lifetime award was presented by Ruth Varga to Ada Brook.\n"
    )
    assert "Tom Oduya" not in winners and "Ruth Varga" not in winners
