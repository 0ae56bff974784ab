"""Grants: the funder a page names once, and the grantees it names after."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


def _funded(seed: dict) -> set[tuple[str, str]]:
    return pairs(seed, "FUNDED")


def test_grantees_after_the_funder_is_named():
    seed = extract_text(
        "The grants are part of £3m from the Harbour Foundation to 90 groups.\n\n"
        "One of the organisations receiving funding is Tern Youth Forum.\n\n"
        "Quay Arts Trust in Kelby has also been awarded a £9,000 grant.\n\n"
        "The new funding includes a grant award of £20,000 to Dune Carers Network.\n\n"
        "Gull Housing recieved the largest grant, £50,000, for its garden.\n"
    )
    funded = _funded(seed)
    for grantee in ("Tern Youth Forum", "Quay Arts Trust", "Dune Carers Network", "Gull Housing"):
        assert ("Harbour Foundation", grantee) in funded


def test_a_funder_used_as_a_modifier_and_funding_for_a_project():
    seed = extract_text(
        "Fen Sport is celebrating after being awarded £500,000 of Sport Westshire funding.\n\n"
        "“We are grateful for the support from Sport Westshire for the Active Fens project,” "
        "said Ann Hale.\n"
    )
    funded = _funded(seed)
    assert ("Sport Westshire", "Fen Sport") in funded
    assert ("Sport Westshire", "Active Fens") in funded


def test_money_not_received_is_no_grant():
    seed = extract_text(
        "The Harbour Foundation gave £3m to local groups last year.\n\n"
        "Tern Youth Forum received praise from the mayor for its work.\n"
    )
    assert ("Harbour Foundation", "Tern Youth Forum") not in _funded(seed)


def test_programmes_an_organisation_owns_are_run_by_it():
    seed = extract_text(
        "Kelby Aid is a charity. A new Kelby Aid funding programme, “Strong Roots”, opens "
        "today. It will sit under the Kelby Aid programme of Better Streets, which supports "
        "groups.\n\n"
        "The Marsh Foundation said its Open Doors project would reopen in May.\n"
    )
    runs = {(r["from"], r["to"]) for r in seed["relations"] if r["type"] == "RUNS"}
    assert ("Kelby Aid", "Better Streets") in runs
    assert ("Marsh Foundation", "Open Doors") in runs


def test_a_funder_that_selected_groups_to_receive_grants():
    seed = extract_text(
        "The Gannet Foundation has selected Tern Youth Forum and Quay Arts Trust to receive "
        "grants this year.\n\n"
        "Dune Carers Network was chosen to receive funding from the Plover Trust.\n\n"
        "The Gannet Foundation has chosen a new logo.\n"
    )
    funded = _funded(seed)
    assert {("Gannet Foundation", "Tern Youth Forum"), ("Gannet Foundation", "Quay Arts Trust"),
            ("Plover Trust", "Dune Carers Network")} <= funded  # fmt: skip
    assert len(funded) == 3


def test_funding_named_before_the_comma_funds_what_the_sentence_goes_on_with():
    seed = extract_text(
        "Thanks to funding from the Plover Trust, Gull Housing will open a second garden.\n"
    )
    assert ("Plover Trust", "Gull Housing") in _funded(seed)


def test_the_giver_named_after_what_the_grant_is_for():
    seed = extract_text(
        "Northtown Council has been awarded £42,000 for an exciting new programme from "
        "Sport Westshire to get more people active.\n\n"
        "Dale Arts Trust has secured the funding for use over the next three years from "
        "the Heron Foundation.\n"
    )
    funded = _funded(seed)
    assert ("Sport Westshire", "Northtown Council") in funded
    assert ("Heron Foundation", "Dale Arts Trust") in funded


def test_a_grant_for_things_bought_from_a_shop_is_not_the_shops():
    seed = extract_text(
        "The Heron Foundation has backed local groups this year.\n\n"
        "Dale Arts Trust received £2,000 to buy new stage lights from Kelby Lighting Ltd.\n"
    )
    funded = _funded(seed)
    assert ("Kelby Lighting Ltd", "Dale Arts Trust") not in funded


def test_a_grantee_set_off_by_commas_before_its_verb():
    seed = extract_text(
        "One organisation in Kelby, Northtown Money Matters CIC, were given £24,000 of "
        "Westshire Lottery money to support local people.\n\n"
        "Tern Help Trust, who provide a food bank and related services in Kelby, were "
        "awarded £2,000 from the Heron Foundation to help set up a fuel bank.\n"
    )
    funded = _funded(seed)
    assert ("Westshire Lottery", "Northtown Money Matters CIC") in funded
    assert ("Heron Foundation", "Tern Help Trust") in funded
    assert not any(grantee == "Kelby" for _, grantee in funded)


def test_a_grantee_that_opens_a_sentence_of_two_verbs():
    seed = extract_text(
        "The Heron Line launched five years ago and has received £90,000 from the Tern Trust.\n\n"
        "Gull Kitchen opened in 2019 and now gets £500 a month from the Dune Foundation.\n"
    )
    funded = _funded(seed)
    assert ("Tern Trust", "Heron Line") in funded
    assert ("Dune Foundation", "Gull Kitchen") in funded


def test_a_person_opening_a_sentence_of_two_verbs_is_no_grantee():
    seed = extract_text(
        "Ada Brook joined in 2010 and has received £500 from the Tern Trust for her study.\n"
    )
    assert not any(to == "Ada Brook" for _, to in _funded(seed))


def test_a_funder_named_after_a_description_of_it():
    seed = extract_text(
        "Groups in Westshire are sharing £2m in grants from the largest funder of "
        "community sport in the county, The Harbour Foundation, this month. They include:\n"
        "· £3,451 to Tern Youth Forum in Kelby, to maintain the community field\n"
        "· £3,400 to Dune Carers Network in Fenby, to offer weekly activities.\n\n"
        "The Heron Trust gave £900 from the sale of a painting, Dale Arts Trust, to charity.\n"
    )
    funded = _funded(seed)
    assert ("Harbour Foundation", "Tern Youth Forum") in funded
    assert ("Harbour Foundation", "Dune Carers Network") in funded
    # a description without a word saying what kind of body names no funder
    assert not any(funder == "Dale Arts Trust" for funder, _ in funded)


def test_a_body_right_after_the_sum_it_is_given_for_what_it_will_do():
    seed = extract_text(
        "Groups in Westshire are sharing £2m in grants from The Harbour Foundation. They include:\n"
        "· £9,980 for Seeing Futures to offer work placements for young people in Dalby\n"
        "· £3,400 for Christmas lunches in Fenby, run by volunteers.\n"
    )
    funded = _funded(seed)
    assert ("Harbour Foundation", "Seeing Futures") in funded
    assert {name for _, name in funded} == {"Seeing Futures"}
