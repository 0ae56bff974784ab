"""Programmes, schemes and funds typed Project, and the bodies that run them, in
wordings the corpus pages do not use (rules/programmes.py, mentions/context_votes.py,
mentions/programme_votes.py). Fictional bodies."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs, typed


@pytest.mark.parametrize(
    ("sentence", "owners", "programme"),
    [
        (
            "Through its Helping Hands initiative, Kelby Council has given £10,000 to food banks.",
            {"Kelby Council"},
            "Helping Hands",
        ),
        (
            "As part of its Warm Homes campaign, the Ashford Trust planted 500 trees.",
            {"Ashford Trust"},
            "Warm Homes",
        ),
        (
            "As part of its Growing Together campaign, the Ashford Trust planted 500 trees.",
            {"Ashford Trust"},
            "Growing Together",
        ),
        (
            "Through their Open Doors scheme, Brightside Housing and the Ashford Trust offer "
            "free advice.",
            {"Brightside Housing", "Ashford Trust"},
            "Open Doors",
        ),
        # describing words between "its"/"their" and the name
        (
            "Through their successful Healthy Lunches scheme, the Ashford Trust have helped "
            "children to eat well.",
            {"Ashford Trust"},
            "Healthy Lunches",
        ),
        (
            "Through its new Open Doors scheme, Brightside Housing has helped adults in Kelby.",
            {"Brightside Housing"},
            "Open Doors",
        ),
    ],
)
def test_a_programme_named_before_the_clause_is_run_by_its_subject(sentence, owners, programme):
    seed = extract_text("Trees and advice\n\n" + sentence + "\n")
    assert ("Project", programme) in {(e["type"], e["name"]) for e in seed["entities"]}
    assert {(o, programme) for o in owners} <= pairs(seed, "RUNS")
    # the subject after the comma is a body, not the programme's name
    assert all(typed(sentence + "\n", o) == {"Organisation"} for o in owners)


@pytest.mark.parametrize(
    ("sentence", "owner", "programme"),
    [
        ("Dalby Homes has expanded its popular Warm Welcome programme to Fenby.",
         "Dalby Homes", "Warm Welcome"),
        ("Kelby Council has relaunched its free Winter Warmth scheme for older people.",
         "Kelby Council", "Winter Warmth"),
    ],
)  # fmt: skip
def test_a_programme_a_body_calls_its_own_past_a_describing_word_is_run_by_it(
    sentence, owner, programme
):
    seed = extract_text("Kelby news\n\n" + sentence + "\n")
    assert (owner, programme) in pairs(seed, "RUNS")


@pytest.mark.parametrize(
    "sentence",
    [
        "The £2 million Kelby Recovery Fund opened for applications in May.",
        "A new £500,000 Kelby Recovery Fund will help 200 families.",
        "Groups can apply for the Kelby Recovery Fund until March.",
        "Applications to the Kelby Recovery Fund must reach us by Friday.",
        "The Kelby Recovery Fund closes on 5 May.",
        "The Kelby Recovery Fund is now open.",
        "The Marston Foundation set up the Kelby Recovery Fund in 2020.",
    ],
)
def test_a_fund_that_takes_bids_or_costs_a_sum_is_a_programme(sentence):
    assert typed("Funds\n\n" + sentence + "\n", "Kelby Recovery Fund") == {"Project"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The Kelby Recovery Fund awarded £5,000 to the Harbour Trust.",
        "The Kelby Recovery Fund has appointed a new chief executive.",
    ],
)
def test_a_fund_that_acts_as_a_body_stays_an_organisation(sentence):
    assert typed("Funds\n\n" + sentence + "\n", "Kelby Recovery Fund") == {"Organisation"}


def test_the_body_that_set_up_a_fund_runs_it_and_a_partnership_agreement_is_no_programme():
    seed = extract_text("Funds\n\nThe Marston Foundation set up the Kelby Recovery Fund.\n")
    assert ("Marston Foundation", "Kelby Recovery Fund") in pairs(seed, "RUNS")
    other = extract_text(
        "Kelby Council and the Ashford Trust have established a Joint Working Agreement.\n"
    )
    assert ("Project", "Joint Working Agreement") not in {
        (e["type"], e["name"]) for e in other["entities"]
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Funding came from the Green Shoots Fund, a £2 million programme set up by the "
        "Ashford Foundation.",
        "Grants come from the Green Shoots Fund, a programme run by the Ashford Foundation.",
    ],
)
def test_a_fund_described_as_a_programme_run_by_a_body_is_run_by_it(sentence):
    seed = extract_text(
        "Stronger Streets\n\nThe Stronger Streets project will work with residents.\n\n"
        + sentence
        + "\n"
    )
    assert ("Ashford Foundation", "Green Shoots Fund") in pairs(seed, "RUNS")
    assert ("Ashford Foundation", "Stronger Streets") not in pairs(seed, "RUNS")


@pytest.mark.parametrize(
    ("sentence", "programme"),
    [
        (
            "The Harbour Trust has received a £10,000 Awards for Everyone grant from the "
            "Lindley Foundation.",
            "Awards for Everyone",
        ),
        ("The charity got two Reaching Out grants last year.", "Reaching Out"),
    ],
)
def test_the_name_before_grant_is_the_grant_programme(sentence, programme):
    assert typed("News\n\n" + sentence + "\n", programme) == {"Project"}


@pytest.mark.parametrize(
    ("sentence", "funder"),
    [
        ("The Harbour Trust received a Lindley Foundation grant of £500.", "Lindley Foundation"),
        ("The Harbour Trust received a £500 BBC Kelby Appeal grant.", "BBC Kelby Appeal"),
    ],
)
def test_the_funder_named_before_grant_stays_a_body(sentence, funder):
    assert typed("News\n\n" + sentence + "\n", funder) == {"Organisation"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The Kelby Advice Service closed in 2015 after 30 years.",
        "The £2 million Kelby Advice Service opened a new office.",
    ],
)
def test_a_service_that_opens_closes_or_costs_a_sum_stays_a_body(sentence):
    assert typed("News\n\n" + sentence + "\n", "Kelby Advice Service") == {"Organisation"}


def test_a_programme_which_is_managed_by_a_body_is_run_by_it():
    seed = extract_text(
        "News\n\nCarers Connect, which is managed by the Ashford Foundation, helps carers.\n"
    )
    assert ("Ashford Foundation", "Carers Connect") in pairs(seed, "RUNS")


def test_a_project_named_before_its_noun_keeps_that_fuller_form_as_an_alias():
    seed = extract_text(
        "News\n\nThe Carers Connect programme brings together Brightside Housing and the "
        "Ashford Trust.\n"
    )
    project = next(e for e in seed["entities"] if e["name"] == "Carers Connect")
    assert project["type"] == "Project"
    assert "Carers Connect programme" in project.get("aliases", [])
    body = next(e for e in seed["entities"] if e["name"] == "Ashford Trust")
    assert not body.get("aliases")


def test_a_fund_named_after_the_body_that_runs_it_is_its_programme():
    seed = extract_text(
        "News\n\nKelby Building Society has launched a grant scheme. The Kelby Building "
        "Society Community Fund will give grants of up to £2,000.\n\nThe Community Fund "
        "is open to groups in Kelby.\n"
    )
    fund = next(e for e in seed["entities"] if e["name"] == "Kelby Building Society Community Fund")
    assert fund["type"] == "Project"
    assert "Community Fund" in fund["aliases"]  # the page's short form is the same fund
    assert not any(e["name"] == "Community Fund" for e in seed["entities"])
    assert ("Kelby Building Society", "Kelby Building Society Community Fund") in pairs(
        seed, "RUNS"
    )


def test_a_fund_named_after_a_brand_stays_a_body():
    seed = extract_text(
        "News\n\nThe Kelby Lottery Community Fund has awarded £5,000 to the Harbour Trust. "
        "The Kelby Lottery is a big funder.\n"
    )
    assert typed_in(seed, "Kelby Lottery Community Fund") == {"Organisation"}


def typed_in(seed: dict, name: str) -> set[str]:
    return {e["type"] for e in seed["entities"] if e["name"] == name}


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("Carers Connect, a Kelby Council initiative, opens today.", "Kelby Council"),
        ("Carers Connect is a Harbour Trust project that pairs volunteers.", "Harbour Trust"),
        (
            "Carers Connect, an Ashford Foundation programme, pairs volunteers.",
            "Ashford Foundation",
        ),
        ("Carers Connect is a project run by the Harbour Trust.", "Harbour Trust"),
    ],
)
def test_a_programme_described_as_a_body_s_project_is_run_by_it(sentence, body):
    # the name is written mid-sentence first, as pages do, so its first word is known
    seed = extract_text("News\n\nVolunteers from Carers Connect met on Monday. " + sentence + "\n")
    assert (body, "Carers Connect") in pairs(seed, "RUNS")
    assert typed_in(seed, "Carers Connect") == {"Project"}


def test_a_body_described_as_a_partner_of_another_runs_nothing():
    seed = extract_text("News\n\nThe Pelham Trust, a Kelby Council partner, opens today.\n")
    assert not pairs(seed, "RUNS")
    assert typed_in(seed, "Pelham Trust") == {"Organisation"}


@pytest.mark.parametrize(
    ("sentence", "programme"),
    [
        (
            "Patients can now use the Kelby Home Visits service at their surgery.",
            "Kelby Home Visits",
        ),
        (
            "The charity's Good Neighbours service matches volunteers with older people.",
            "Good Neighbours",
        ),
        ("Families can use the Money Matters service run by Kelby Council.", "Money Matters"),
    ],
)
def test_a_name_right_before_service_is_a_programme(sentence, programme):
    assert typed("Services\n\n" + sentence + "\n", programme) == {"Project"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The Westshire sector is a ‘Cinderella’ service, losing out on funds.",
        "In a partnership with Kelby House Hospice and Westshire Hospice at Home, the new "
        "service will offer respite.",
    ],
)
def test_service_as_a_kind_names_no_programme(sentence):
    seed = extract_text("Services\n\n" + sentence + "\n")
    assert not [e["name"] for e in seed["entities"] if e["type"] == "Project"]


@pytest.mark.parametrize(
    ("sentence", "programme"),
    [
        ("Ada Brook joined the Community Champions programme in 2019.", "Community Champions"),
        ("Our Health Champions programme trains volunteers.", "Health Champions"),
        ("The Ashford Trust's Link Worker project supports carers.", "Link Worker"),
        ("The Youth Worker pilot started in May.", "Youth Worker"),
    ],
)
def test_a_job_or_group_named_before_a_programme_noun_is_the_programme(sentence, programme):
    assert typed("Volunteers\n\n" + sentence + "\n", programme) == {"Project"}


def test_a_group_with_no_programme_noun_stays_no_name():
    seed = extract_text("Volunteers\n\nWe thanked our Health Champions for their help.\n")
    assert "Health Champions" not in {e["name"] for e in seed["entities"]}


@pytest.mark.parametrize(
    "text",
    [
        "Alder Heron Aid is a charity in Kelby.\n\n"
        "This funding, from the charity's Small Steps programme, brings its total to £2m.\n",
        "Alder Heron Aid helps carers across Kelby.\n\n"
        "The organisation's Small Steps programme opened to bids in May.\n",
    ],
)
def test_the_charitys_programme_is_run_by_the_body_last_spoken_of(text):
    assert pairs(extract_text(text), "RUNS") == {("Alder Heron Aid", "Small Steps")}
