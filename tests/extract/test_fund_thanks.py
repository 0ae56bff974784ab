"""Funders, round 40: bodies thanked for paying (rules/thanked_payers.py read by
paid_things.paid_for), costs covered (vocab/paid_cost_nouns.txt), food given for
an event (vocab/in_kind_nouns.txt read by event_sponsors), and a body's own grants
scheme named "Foo Council's Bar Grants" (vocab/owned_programme_heads.txt).
Fictional bodies; real places only from the gazetteer."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs

_SUMMIT = (
    "Notes from the Kelby Carers Summit 2024\n\n"
    "On 3 May we welcomed 90 people to the Kelby Carers Summit 2024 at Fenby Hall. "
)


def funded(text: str) -> set[tuple[str, str]]:
    return pairs(extract_text(text, path="page.txt"), "FUNDED")


@pytest.mark.parametrize(
    "thanks",
    [
        "Thanks to our hosts, Fenby Hall Trust, and to the Heron Foundation for funding "
        "travel bursaries.",
        "Thanks to Fenby Hall Trust for hosting us and the Heron Foundation for funding lunch.",
        "We are grateful to the Heron Foundation for paying for the coaches.",
        "Our thanks go to the Heron Foundation for funding the bursaries.",
    ],
)
def test_thanked_for_paying_funded_the_event(thanks):
    found = funded(_SUMMIT + thanks + "\n")
    assert ("Heron Foundation", "Kelby Carers Summit 2024") in found
    assert not any(src == "Fenby Hall Trust" for src, _ in found)


def test_two_thanked_for_paying_both_funded():
    found = funded(
        _SUMMIT + "We are grateful to the Ashby Trust and Tern Motors Ltd for paying for the "
        "coaches.\n"
    )
    assert ("Ashby Trust", "Kelby Carers Summit 2024") in found
    assert ("Tern Motors Ltd", "Kelby Carers Summit 2024") in found


@pytest.mark.parametrize(
    "thanks",
    [
        "Thanks to Fenby Radio for covering the event, and to Tern Motors Ltd for hosting "
        "the lunch.",
        "Thanks to Fenby Radio for filming the day.",
        "Fenby Radio said thanks to the speakers for funding ideas and energy.",
    ],
)
def test_thanks_for_other_help_is_no_funding(thanks):
    found = funded(_SUMMIT + thanks + "\n")
    assert not any(src in {"Fenby Radio", "Tern Motors Ltd"} for src, _ in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "Huge thanks to Jo Tern at Fenby Council for her help, and to the Heron Trust for "
        "covering our rent.",
        "The Heron Trust covered the travel for our volunteers.",
    ],
)
def test_costs_covered_are_paid_for(sentence):
    text = "Kelby Food Hub\n\nKelby Food Hub runs a pantry in Fenby. " + sentence + "\n"
    assert ("Heron Trust", "Kelby Food Hub") in funded(text)


def test_covering_a_story_is_no_cost():
    text = (
        "Kelby Food Hub\n\nKelby Food Hub runs a pantry in Fenby. "
        "The Fenby Gazette covered the opening of the pantry.\n"
    )
    assert not any(src == "Fenby Gazette" for src, _ in funded(text))


@pytest.mark.parametrize("food", ["sandwiches", "lunch", "food"])
def test_thanked_for_food_funded_the_event(food):
    text = _SUMMIT + f"A big thank you to Tern Bakery Ltd for the {food}.\n"
    assert ("Tern Bakery Ltd", "Kelby Carers Summit 2024") in funded(text)


def test_thanked_for_the_room_is_no_funding():
    text = _SUMMIT + "A big thank you to Tern Bakery Ltd for the room.\n"
    assert not any(src == "Tern Bakery Ltd" for src, _ in funded(text))


@pytest.mark.parametrize(
    "sentence",
    [
        "The club is funded by Kelby Town Council's Green Grants.",
        "It is supported by Kelby Town Council's Green Grants scheme.",
        "The club has received £900 from Kelby Town Council's Community Buildings Grant.",
    ],
)
def test_a_councils_own_grants_are_its_money(sentence):
    text = (
        "Repair nights return to Ashby\n\n"
        "The Ashby Repair Club is back every Tuesday at the church hall. " + sentence + "\n"
    )
    seed = extract_text(text, path="page.txt")
    assert ("Kelby Town Council", "Ashby Repair Club") in pairs(seed, "FUNDED")
    ran = pairs(seed, "RUNS")
    assert any(src == "Kelby Town Council" for src, _ in ran)


def test_money_from_a_bodys_own_fund_is_the_bodys():
    text = (
        "Kelby Night Watch\n\nKelby Night Watch is a partnership of Fenby Police and local "
        "churches. Funding of £180,000 has come from the Home Office's Safer Towns Fund.\n"
    )
    found = funded(text)
    assert ("Home Office", "Kelby Night Watch") in found
    assert ("Home Office", "Safer Towns Fund") not in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Fenby Police and the charity Safe Place Fenby have joined forces to create a joint "
        "response team.",
        "Fenby Police and the domestic abuse charity Safe Place Fenby have announced a "
        "partnership to run a helpline.",
    ],
)
def test_partners_named_after_their_kind(sentence):
    seed = extract_text("Team up\n\n" + sentence + "\n", path="page.txt")
    found = pairs(seed, "PARTNER_OF")
    assert ("Fenby Police", "Safe Place Fenby") in found or (
        "Safe Place Fenby",
        "Fenby Police",
    ) in found


def test_a_person_after_kind_words_is_no_partner():
    seed = extract_text(
        "Team up\n\nFenby Police and the charity founder Jo Tern have joined forces to run "
        "a helpline.\n",
        path="page.txt",
    )
    assert not any("Jo Tern" in pair for pair in pairs(seed, "PARTNER_OF"))


_AWARD = (
    "Kelby Playhouse gets £240,000\n\n"
    "Kelby Playhouse has been awarded £240,000 by the Heron Arts Foundation. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Fenby Heritage Board is contributing a further £60,000.",
        "The award is matched by £60,000 from the Fenby Heritage Board.",
        "The grant will be matched by a £10,000 donation from the Fenby Heritage Board.",
    ],
)
def test_matching_or_further_money_funds_the_grantee(sentence):
    found = funded(_AWARD + sentence + "\n")
    assert ("Fenby Heritage Board", "Kelby Playhouse") in found


@pytest.mark.parametrize(
    "sentence",
    [
        "The Fenby Heritage Board gave a further talk on the plans.",
        "The colours of the new stage are matched by Tern Paints Ltd.",
        "The Fenby Heritage Board is contributing its views to the plans.",
    ],
)
def test_further_words_without_money_fund_nothing(sentence):
    found = funded(_AWARD + sentence + "\n")
    assert not any(src in {"Fenby Heritage Board", "Tern Paints Ltd"} for src, _ in found)
