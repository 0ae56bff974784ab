"""Funders, round 38: who paid for what when the wording sits between the ends.

An award over a term of years before its "by" (rules/passive_bys.py); a grantee
set off from its verb by a relative clause, and a place that only says where an
unnamed grantee is (rules/grant_subjects.py, grantee_names.py); "the conference" or
"the £2 million hub" a funder paid for, read back to the name (rules/focus_targets.py);
the page's own funders listed, and a sponsor thanked after others
(rules/event_sponsors.py); things given in kind (rules/paid_things.py,
vocab/in_kind_nouns.txt). Fictional bodies; real places only from the gazetteer."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


@pytest.mark.parametrize(
    "sentence",
    [
        "Tern Youth Forum has been awarded £30,000 over two years by the Heron Foundation.",
        "Tern Youth Forum was given £12,500 for three years by the Heron Foundation.",
        "Tern Youth Forum has been granted £8,000 over 18 months by the Heron Foundation.",
    ],
)
def test_award_over_a_term_before_by(sentence):
    seed = extract_text(sentence + "\n")
    assert ("Heron Foundation", "Tern Youth Forum") in pairs(seed, "FUNDED")


def test_award_of_a_thing_over_a_term_is_no_funding():
    seed = extract_text(
        "Tern Youth Forum was given a tour over two days by the Heron Foundation.\n"
    )
    assert ("Heron Foundation", "Tern Youth Forum") not in pairs(seed, "FUNDED")


def test_grantee_set_off_by_a_relative_clause():
    seed = extract_text(
        "Our year\n\nThe Bright Futures project, which we run with Orme Credit Union, "
        "received £15,000 from the Pellow Community Trust.\n"
    )
    funded = pairs(seed, "FUNDED")
    assert ("Pellow Community Trust", "Bright Futures") in funded
    assert ("Pellow Community Trust", "Orme Credit Union") not in funded


def test_place_of_an_unnamed_grantee_is_not_funded():
    seed = extract_text(
        "Mentoring boost\n\nA mentoring charity in Ashby has received £90,000 from the "
        "Heron Foundation. Tern Mentoring Trust will use the grant to train volunteers.\n"
    )
    funded = pairs(seed, "FUNDED")
    assert ("Heron Foundation", "Tern Mentoring Trust") in funded
    assert not any(target == "Ashby" for _, target in funded)


def test_named_grantee_in_a_place_is_still_funded():
    seed = extract_text(
        "Mentoring boost\n\nTern Mentoring Trust in Ashby has received £90,000 from the Heron "
        "Foundation.\n"
    )
    assert ("Heron Foundation", "Tern Mentoring Trust") in pairs(seed, "FUNDED")


def test_the_conference_is_the_one_named_before():
    seed = extract_text(
        "What's on: Orme Carers Conference 2025\n\n"
        "Workshops will be led by Tern Mind and the Fenby Legal Clinic. "
        "The conference is free to attend thanks to funding from the Heron Foundation.\n"
    )
    funded = pairs(seed, "FUNDED")
    assert ("Heron Foundation", "Orme Carers Conference 2025") in funded
    assert ("Heron Foundation", "Fenby Legal Clinic") not in funded


def test_the_priced_centre_is_the_one_named_before():
    seed = extract_text(
        "Clinic opens\n\nThe Tern Health Centre is run by Orme Community Health. "
        "The £3 million centre was funded by the Pellow Capital Board.\n"
    )
    assert ("Pellow Capital Board", "Tern Health Centre") in pairs(seed, "FUNDED")


def test_sponsor_thanked_after_everyone_else():
    seed = extract_text(
        "Orme Health Fair 2025 draws a crowd\n\nOver 300 people came to the Orme Health Fair "
        "2025 on Saturday. Thank you to all our stallholders, and to Tern Building "
        "Society for sponsoring the refreshments.\n"
    )
    assert ("Tern Building Society", "Orme Health Fair 2025") in pairs(seed, "FUNDED")


def test_people_thanked_for_sponsoring_are_not_listed_bodies():
    seed = extract_text(
        "Orme Health Fair 2025 draws a crowd\n\nOver 300 people came to the Orme Health Fair "
        "2025 on Saturday. Thank you to all our stallholders for sponsoring the raffle.\n"
    )
    assert pairs(seed, "FUNDED") == set()


@pytest.mark.parametrize(
    "sentence, giver",
    [
        ("Lunch was kindly provided by Tern Bakery.", "Tern Bakery"),
        ("Refreshments were donated by Tern Bakery.", "Tern Bakery"),
    ],
)
def test_food_given_for_the_event(sentence, giver):
    seed = extract_text(
        "Orme Health Fair 2025 draws a crowd\n\nOver 300 people came to the Orme Health Fair "
        f"2025 on Saturday. {sentence}\n"
    )
    assert (giver, "Orme Health Fair 2025") in pairs(seed, "FUNDED")


def test_materials_given_for_the_project():
    seed = extract_text(
        "New mural\n\nThe project, Painted Quay, was commissioned by Orme Traders and "
        "paid for by the Pellow Arts Trust, with paint donated by Tern Decorators.\n"
    )
    funded = pairs(seed, "FUNDED")
    assert ("Tern Decorators", "Painted Quay") in funded
    assert ("Pellow Arts Trust", "Painted Quay") in funded


@pytest.mark.parametrize(
    "sentence",
    [
        "Advice was provided by Tern Citizens Advice.",
        "Talks were provided by Tern Mind.",
        "A book was donated by Jo Tern.",
    ],
)
def test_services_and_talks_provided_are_no_funding(sentence):
    seed = extract_text(
        "Orme Health Fair 2025 draws a crowd\n\nOver 300 people came to the Orme Health Fair "
        f"2025 on Saturday. {sentence}\n"
    )
    assert pairs(seed, "FUNDED") == set()


def test_our_costs_are_not_the_project_in_view():
    seed = extract_text(
        "Tern Advice news\n\nTern Advice Centre runs the Money Matters drop-in on Fridays. "
        "Our thanks go to Orme Borough Council, which continues to fund our core costs.\n"
    )
    assert ("Orme Borough Council", "Money Matters") not in pairs(seed, "FUNDED")


def test_support_for_the_project_led_by_another():
    seed = extract_text(
        "Harbour trail funded\n\nThe Old Pier Heritage Project has been awarded £30,000 by "
        "the Heron Foundation. The project is led by Orme Maritime Trust with support "
        "from Tern Town Council.\n"
    )
    funded = pairs(seed, "FUNDED")
    assert ("Tern Town Council", "Old Pier Heritage Project") in funded
    assert ("Tern Town Council", "Orme Maritime Trust") not in funded


def test_money_from_a_fund_managed_by_a_body():
    seed = extract_text(
        "New alliance\n\nThe Tern Housing Alliance has been set up with £80,000 from the "
        "Orme Prevention Fund, managed by the Pellow Foundation.\n"
    )
    assert ("Pellow Foundation", "Tern Housing Alliance") in pairs(seed, "FUNDED")


def test_the_alliance_is_the_body_named_before_not_a_project_in_view():
    seed = extract_text(
        "New alliance\n\nThe Tern Housing Alliance brings together Orme Night Shelter and "
        "the Kestle Women's Project. The alliance has been set up with £80,000 from "
        "the Pellow Foundation.\n"
    )
    funded = pairs(seed, "FUNDED")
    assert ("Pellow Foundation", "Tern Housing Alliance") in funded
    assert ("Pellow Foundation", "Kestle Women's Project") not in funded


def test_bodies_thanked_for_gifts_fund_the_event():
    seed = extract_text(
        "Tern Fun Day raises £4,000\n\nThe Tern Fun Day took place on Saturday in Orme "
        "Park. Thank you to Kestle Bakery for the generous donation of cakes, and to "
        "Orme Rotary Club for their sponsorship.\n"
    )
    funded = pairs(seed, "FUNDED")
    assert ("Kestle Bakery", "Tern Fun Day") in funded
    assert ("Orme Rotary Club", "Tern Fun Day") in funded


def test_thanks_for_a_loan_or_from_a_person_is_no_funding():
    seed = extract_text(
        "Tern Fun Day raises £4,000\n\nThe Tern Fun Day took place on Saturday in Orme "
        "Park. Thanks to Orme Council for the loan of the stage and to Jo Tern for her "
        "donation.\n"
    )
    assert pairs(seed, "FUNDED") == set()


def test_gifts_to_our_work_are_not_the_project_in_view():
    seed = extract_text(
        "Our year\n\nThe Money Wise project, which we run with Orme Credit Union, helped "
        "200 families. Thank you to Kestle Bakery for the weekly bread donations to our "
        "drop-in.\n"
    )
    assert ("Kestle Bakery", "Money Wise") not in pairs(seed, "FUNDED")


@pytest.mark.parametrize(
    "sentence",
    [
        "Kestle Homes presented a cheque for £1,000 to Tern Youth Project.",
        "Kestle Homes handed over £750 to Tern Youth Project on Friday.",
    ],
)
def test_money_presented_or_handed_over(sentence):
    seed = extract_text("Tern news\n\n" + sentence + "\n")
    assert ("Kestle Homes", "Tern Youth Project") in pairs(seed, "FUNDED")


@pytest.mark.parametrize(
    "sentence",
    [
        "Kestle Homes presented the Volunteer of the Year award to Tern Youth Project.",
        "The Community Cup was presented to Tern Youth Project by Kestle Homes.",
        "Kestle Homes presented its plans to Orme Council in March.",
        "Kestle Homes handed out 200 leaflets to Tern Youth Project volunteers.",
    ],
)
def test_awards_plans_and_leaflets_presented_are_no_funding(sentence):
    seed = extract_text("Tern news\n\n" + sentence + "\n")
    assert pairs(seed, "FUNDED") == set()
