"""Grant announcements that name a fund as where the money comes from, and grantees
told in other ways (rules/grants.py, rules/grant_funders.py). Fictional bodies.

- "The money forms part of the Foo Fund", "awarded £5,000 as part of the Foo Fund":
  the fund is the funder in view, its money the money of the bodies that run it
  (programme_money.py), so each grantee is FUNDED by them; "as part of" a fund is
  no membership of it.
- "A in Kelby and B are among the groups sharing £1m in Foo funding": both.
- A theatre, playhouse or gallery given money is a body, not a venue.
- "A £5,000 grant will be used by X", "X will use an investment of £5,000": X.
"""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs

_JOINT_FUND = (
    "Kelby groups share fund\n\n"
    "More than £500,000 of grant funding has been awarded to a range of organisations.\n\n"
    "The money forms part of the £1 million Kelby Active Communities Fund, a partnership "
    "between the Welsh Government and the Heron Trust. The fund is designed to support "
    "social enterprises.\n\n"
    "{grantee}\n"
)


@pytest.mark.parametrize(
    "grantee",
    [
        "Dale Housing Association in Kelby is to receive £25,000 to investigate options.",
        "Other successful applicants included Dale Housing Association in Fenby, which was "
        "awarded £21,500 to develop plans.",
    ],
)
def test_grantees_of_a_fund_in_view_are_funded_by_its_funders(grantee):
    seed = extract_text(_JOINT_FUND.format(grantee=grantee), path="page.txt")
    funded = pairs(seed, "FUNDED")
    assert ("Welsh Government", "Dale Housing Association") in funded
    assert ("Heron Trust", "Dale Housing Association") in funded


@pytest.mark.parametrize(
    "sentence",
    [
        "Kelby Rowing Club has been awarded £5,000 as part of the Heron Fund, which is run "
        "by the Dale Foundation.",
        "Kelby Rowing Club received £5,000 under the Heron Fund, which is run by the Dale "
        "Foundation.",
    ],
)
def test_money_given_within_a_fund_is_its_runners(sentence):
    seed = extract_text(sentence + "\n", path="page.txt")
    assert ("Dale Foundation", "Kelby Rowing Club") in pairs(seed, "FUNDED")


@pytest.mark.parametrize(
    "sentence",
    [
        "Kelby Council has approved dozens of projects that applied for support as part of "
        "the Levelling Fund’s open call for bids.",
        "Fenby Trust took part as part of the Heron Community Fund.",
    ],
)
def test_as_part_of_a_fund_is_no_membership(sentence):
    seed = extract_text(sentence + "\n", path="page.txt")
    assert not pairs(seed, "MEMBER_OF")


@pytest.mark.parametrize(
    "sentence",
    [
        "The Dale Theatre in Kelby and Brightwater Dance Company are among the organisations "
        "sharing £1.4 million in Heron Arts Council funding to create opportunities.",
        "The Dale Theatre in Kelby and Brightwater Dance Company are among the groups "
        "sharing £90,000 from the Heron Arts Council.",
    ],
)
def test_grantees_joined_past_a_place_both_received(sentence):
    seed = extract_text("Theatres given grants\n\n" + sentence + "\n", path="page.txt")
    funded = pairs(seed, "FUNDED")
    assert ("Heron Arts Council", "Dale Theatre") in funded
    assert ("Heron Arts Council", "Brightwater Dance Company") in funded


@pytest.mark.parametrize(
    ("sentence", "grantee"),
    [
        (
            "A £9,975 grant will be used by Kelby’s Dale Theatre to produce a season of plays.",
            "Dale Theatre",
        ),
        (
            "As reported by the Fenby Post, the Ayton Playhouse will use an investment of "
            "£9,950 to produce a festival.",
            "Ayton Playhouse",
        ),
        (
            "The Lantern Gallery will use a grant of £4,000 to renovate its rooms.",
            "Lantern Gallery",
        ),
    ],
)
def test_a_venue_using_a_grant_is_a_funded_body(sentence, grantee):
    text = (
        "Arts grants\n\nThe Heron Arts Council has announced its latest round of grants.\n\n"
        + sentence
        + "\n"
    )
    seed = extract_text(text, path="page.txt")
    assert ("Heron Arts Council", grantee) in pairs(seed, "FUNDED")
    assert ("Organisation", grantee) in {(e["type"], e["name"]) for e in seed["entities"]}


_APPROVED = (
    "Kelby projects to benefit from funding boost\n\n"
    "{approval}\n\n"
    "Projects that have been given the green light include:\n\n"
    "  • Skills for Kelby, where Fenby College will lead a partnership of local training "
    "providers to deliver support to adults.\n"
    "  • Kelby Green Futures, where Heron Housing Group will deliver a green infrastructure "
    "programme that will improve wellbeing.\n"
)


@pytest.mark.parametrize(
    "approval",
    [
        "Kelby Council has now approved dozens of projects across the city that applied for "
        "support as part of the Levelling Fund’s open call for bids.",
        "Kelby Council has approved 30 bids for funding from its Levelling Fund.",
    ],
)
def test_a_body_approving_bids_funded_the_projects_listed_as_given_the_green_light(approval):
    seed = extract_text(_APPROVED.format(approval=approval), path="page.txt")
    funded = pairs(seed, "FUNDED")
    assert ("Kelby Council", "Skills for Kelby") in funded
    assert ("Kelby Council", "Kelby Green Futures") in funded


def test_a_body_approving_plans_gives_no_money():
    text = (
        "Kelby Council has approved plans for a new road across the city.\n\n"
        "Projects that have been given the green light include:\n\n"
        "  • Skills for Kelby, where Fenby College will lead a partnership.\n"
    )
    seed = extract_text(text, path="page.txt")
    assert ("Kelby Council", "Skills for Kelby") not in pairs(seed, "FUNDED")


@pytest.mark.parametrize(
    "sentence",
    [
        "Kelby Health Fund, the official charity of Kelby Hospital, has awarded £50,000 to "
        "Dale Community Trust from funds allocated by Heron Charities Together.",
        "The Fenby Foundation has given £8,000 to Dale Community Trust from money provided "
        "by Heron Charities Together.",
    ],
)
def test_a_body_passing_on_money_was_funded_by_its_giver(sentence):
    seed = extract_text("Grant news\n\n" + sentence + "\n", path="page.txt")
    funded = pairs(seed, "FUNDED")
    giver = "Kelby Health Fund" if sentence.startswith("Kelby") else "Fenby Foundation"
    assert ("Heron Charities Together", giver) in funded
    assert (giver, "Dale Community Trust") in funded
    assert ("Heron Charities Together", "Dale Community Trust") not in funded


def test_money_raised_by_people_funds_no_body():
    text = (
        "Grant news\n\nThe Fenby Foundation has given £8,000 to Dale Community Trust from "
        "funds raised by local people.\n"
    )
    seed = extract_text(text, path="page.txt")
    assert pairs(seed, "FUNDED") == {("Fenby Foundation", "Dale Community Trust")}
