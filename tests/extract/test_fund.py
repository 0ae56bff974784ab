"""Funders, round 39: who paid for what, read from the shape of the wording.

A term of time between a passive verb and its "by" ("funded for two years by";
rules/passive_bys.by_after); a second "by" joined by "and" ("backed by A and by B";
passive_bys.cued_bys); a grant round's list under the body that awards from its
programme, not the programme's backers (passive_bys.backs_programme, a "chest" a
pot of money: vocab/fund_heads.txt); grants counted ("has made 9 awards") and
given by the body whose scheme the subject is (patterns/organising.jsonl,
grant_funders.scheme_giver). Fictional bodies; real places only from the gazetteer."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


def funded(text: str) -> set[tuple[str, str]]:
    return pairs(extract_text(text, path="page.txt"), "FUNDED")


@pytest.mark.parametrize(
    "sentence",
    [
        "It is funded for two years by the Heron Trust.",
        "The hub is paid for over three years by the Heron Trust.",
        "It has been supported since 2021 by the Heron Trust.",
        "It is funded for the next 18 months by the Heron Trust.",
    ],
)
def test_term_of_time_before_by(sentence):
    text = f"The Kelby Food Hub runs a pantry in Fenby. {sentence}\n"
    assert ("Heron Trust", "Kelby Food Hub") in funded(text)


def test_a_place_for_a_term_is_no_funder():
    found = funded(
        "The Kelby Food Hub runs a pantry in Fenby. "
        "It is funded for two years, says Ada Foss of the Heron Trust.\n"
    )
    assert ("Heron Trust", "Kelby Food Hub") not in found


@pytest.mark.parametrize(
    "sentence",
    [
        "The Tern Bus Project is backed by the Heron Trust's community fund and by Fenby Council.",
        "The Tern Bus Project is funded by the Heron Trust, and by Fenby Council.",
        "The Tern Bus Project is paid for by the Heron Trust and also by Fenby Council.",
    ],
)
def test_second_by_joined_by_and(sentence):
    found = funded(sentence + "\n")
    assert {("Heron Trust", "Tern Bus Project"), ("Fenby Council", "Tern Bus Project")} <= found


def test_second_by_after_another_verb_keeps_its_own_verb():
    seed = extract_text("The Tern Fair was organised by Kelby Arts and funded by Fenby Council.\n")
    assert ("Fenby Council", "Tern Fair") in pairs(seed, "FUNDED")
    assert ("Kelby Arts", "Tern Fair") not in pairs(seed, "FUNDED")


@pytest.mark.parametrize(
    "lead",
    [
        "The Kelby Community Foundation has awarded £90,000 to 12 groups through its Bright "
        "Starts programme. The programme is backed by Tern Energy and by Fenby Council.",
        "The Kelby Community Foundation has announced the latest awards from its Bright Starts "
        "programme, which this year is backed by Fenby Council and the firm Tern Energy.",
    ],
)
def test_grant_list_stays_with_the_awarding_body(lead):
    text = (
        "Bright Starts grants\n\n" + lead + "\n\nThis round's grants:\n\n"
        "- Holm Youth Club: £5,000 for a minibus\n- Fenby Tenants Forum: £2,500 for a newsletter\n"
    )
    found = funded(text)
    assert ("Kelby Community Foundation", "Holm Youth Club") in found
    assert ("Kelby Community Foundation", "Fenby Tenants Forum") in found
    assert ("Tern Energy", "Holm Youth Club") not in found
    assert ("Tern Energy", "Bright Starts") in found


def test_money_into_a_community_chest_funds_the_chest_not_its_grantees():
    text = (
        "Autumn grants\n\nThe Holm Community Chest is run by the Kelby Community Foundation, "
        "with extra money this year from Tern Energy.\n\nGrants awarded:\n"
        "Holm Youth Club – £5,000 towards a minibus\nFenby Tenants Forum – £2,500\n"
    )
    found = funded(text)
    assert ("Kelby Community Foundation", "Holm Youth Club") in found
    assert ("Tern Energy", "Holm Youth Club") not in found


@pytest.mark.parametrize(
    "lead",
    [
        "Fenby Borough Council has made 9 awards in the spring round, totalling £31,400.",
        "Fenby Borough Council's Street Grants scheme has made 9 awards this spring.",
        "Fenby Borough Council has announced 12 new grants for the spring.",
    ],
)
def test_grants_counted_put_their_giver_in_view(lead):
    text = (
        "Street grants\n\n" + lead + "\n\nAwards:\n"
        "- Holm Youth Club – £2,500 for a tent\n- Kelby Bowls Club – £1,000\n"
    )
    found = funded(text)
    assert ("Fenby Borough Council", "Holm Youth Club") in found
    assert ("Fenby Borough Council", "Kelby Bowls Club") in found


def test_counted_things_made_are_no_grants():
    text = (
        "Street news\n\nFenby Borough Council has made 9 changes to its bin rounds.\n\n"
        "Changes:\n- Holm Youth Club – 2 bins\n"
    )
    assert not funded(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Kelby Food Hub Project will run from five halls and is funded by the Heron Trust.",
        "The project, called Kelby Food Hub, will run from five halls and is funded by the Heron "
        "Trust.",
        "Its first project, Kelby Food Hub, will take a van to six villages and is backed by the "
        "Heron Trust.",
        "Kelby Arts Trust runs a café in Fenby and is supported by the Heron Trust.",
    ],
)
def test_passive_joined_to_an_active_verb_funds_its_subject(sentence):
    found = funded(sentence + "\n")
    assert any(f == "Heron Trust" and "Kelby" in t for f, t in found), found


def test_passive_joined_to_an_active_verb_leaves_the_object_alone():
    found = funded(
        "Kelby Arts Trust runs the Tern Café in Fenby and is funded by the Heron Trust.\n"
    )
    assert ("Heron Trust", "Kelby Arts Trust") in found
    assert ("Heron Trust", "Tern Café") not in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Tern Youth Club has bought a minibus thanks to a grant of £52,000 from the Heron Trust.",
        "Thanks to a grant of £52,000 from the Heron Trust, Tern Youth Club has bought a minibus.",
        "Tern Youth Club has opened a new hall with a donation of £5,000 from the Heron Trust.",
    ],
)
def test_a_grant_and_its_sum_from_a_funder(sentence):
    assert ("Heron Trust", "Tern Youth Club") in funded(sentence + "\n")


def test_a_sum_given_from_ones_own_funds_is_the_givers():
    found = funded(
        "Tern Youth Club made a donation of £500 from its own funds to the Heron Trust.\n"
    )
    assert ("Heron Trust", "Tern Youth Club") not in found


@pytest.mark.parametrize("noun", ["charity", "organisation"])
def test_the_charity_is_the_body_the_page_spoke_of(noun):
    text = (
        "Tern Youth Club has bought a minibus. "
        f"The {noun} also received £6,500 from the Heron Trust towards driver training.\n"
    )
    assert ("Heron Trust", "Tern Youth Club") in funded(text)


def test_the_company_may_be_another_body():
    text = (
        "Tern Youth Club has bought a minibus from Kelby Motors. "
        "The company received £6,500 from the Heron Trust.\n"
    )
    assert ("Heron Trust", "Tern Youth Club") not in funded(text)


@pytest.mark.parametrize(
    "line",
    [
        "Lunch kindly sponsored by Fenby Accountants Ltd.",
        "Lunch was sponsored by Fenby Accountants Ltd.",
        "Prizes were kindly sponsored by Fenby Accountants Ltd.",
        "Refreshments kindly donated by Fenby Accountants Ltd.",
    ],
)
def test_a_part_of_the_event_given_by_a_sponsor(line):
    text = f"Kelby Spring Lunch\n\nThe Kelby Spring Lunch was held at Tern Hall on 3 May. {line}\n"
    assert ("Fenby Accountants Ltd.", "Kelby Spring Lunch") in funded(text)


def test_a_part_of_the_event_given_by_a_speaker_is_no_funding():
    text = (
        "Kelby Spring Lunch\n\nThe Kelby Spring Lunch was held at Tern Hall on 3 May. "
        "Speeches were given by Fenby Accountants Ltd.\n"
    )
    assert not funded(text)


def test_the_project_is_the_one_named_before_not_a_programme_named_after():
    text = (
        "The Kelby Growing Project runs allotments in Fenby.\n\n"
        "The project is funded by the Heron Trust, with match funding from Fenby Borough "
        "Council's Street Investment Programme.\n"
    )
    found = funded(text)
    assert ("Heron Trust", "Kelby Growing Project") in found
    assert ("Fenby Borough Council", "Kelby Growing Project") in found
    assert ("Heron Trust", "Street Investment Programme") not in found


@pytest.mark.parametrize(
    "tail",
    [
        "It has support from Fenby Borough Council's Events Fund.",
        "It is paid for with a grant from Fenby Borough Council's Street Grants scheme.",
    ],
)
def test_money_from_a_bodys_own_fund_is_the_bodys(tail):
    text = f"The Kelby Growing Project runs allotments in Fenby. {tail}\n"
    assert ("Fenby Borough Council", "Kelby Growing Project") in funded(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "Since 2022 Kelby Youth Trust has also run Tern Young People, a pilot for young adults, "
        "with Fenby Youth Services and funding from the Heron Foundation.",
        "Kelby Youth Trust runs the Tern Club with Fenby Youth Services and funding from the Heron "
        "Foundation.",
    ],
)
def test_a_with_partner_beside_the_money_is_not_what_it_paid_for(sentence):
    found = funded(sentence + "\n")
    assert ("Heron Foundation", "Fenby Youth Services") not in found
    assert any(f == "Heron Foundation" and t.startswith("Tern") for f, t in found), found


def test_a_programme_the_money_came_through_is_not_what_a_co_funder_paid_for():
    text = (
        "The Tern Club was funded through the Kestrel Foundation's Young Futures programme, "
        "with support from the Fenby Rotary Club.\n"
    )
    found = funded(text)
    assert ("Fenby Rotary Club", "Tern Club") in found
    assert ("Fenby Rotary Club", "Young Futures") not in found


def test_match_funding_beside_a_givers_own_programme_stays_with_the_programme():
    text = (
        "The Kelby Hospitals Charity has awarded £75,000 to five projects through its Better "
        "Days grants, with match funding from the Heron Foundation.\n"
    )
    assert ("Heron Foundation", "Kelby Hospitals Charity") not in funded(text)


def test_money_for_a_project_named_in_an_earlier_paragraph():
    """A funding cue whose thing is the project a longer earlier paragraph named (the
    focus, not a name of this sentence) is read as usual: no crash on the earlier
    paragraph's token positions, and the project is what was funded."""
    text = (
        "Older residents and families who struggle to heat their homes this winter can"
        " now visit five community halls across the town, thanks to the Kelby Warm"
        " Spaces project.\n\nIt has support from Tern Energy."
    )
    assert ("Tern Energy", "Kelby Warm Spaces") in funded(text)
