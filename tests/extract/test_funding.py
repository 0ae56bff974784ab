"""Funding and organising worded as real write-ups word them: an event "run in
association with" a co-host, a body "funded through" a programme (its runner
funded it, never the body the programme), a venue inside a relative clause
("which meets in Foo Hall") not taken for the grantee, "money raised ... will go
to" not a grant from the last funder, "the race was sponsored by", "the project is
led by A with support from B", "made possible by", "paid for by", "staged" and
"put on" (patterns/organising.jsonl, rules/organising.py, active_agents.py,
grant_receivers.py, grant_subjects.py, vocab/focus_nouns.txt). Fictional bodies."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


def _read(*lines: str) -> dict:
    return extract_text("\n".join(lines) + "\n", path="page.txt")


@pytest.mark.parametrize("lead", ["run", "held", "staged", "organised"])
def test_an_event_run_in_association_with_a_body_was_organised_by_it(lead):
    seed = _read(
        "Spring fair news",
        "The Dunby Spring Fair took place in Dunby on Saturday.",
        f"It was {lead} in association with Orrel Parish Council.",
    )
    assert ("Orrel Parish Council", "Dunby Spring Fair") in pairs(seed, "ORGANISED")


def test_in_conjunction_with_after_a_verb_of_holding_names_a_co_organiser():
    seed = _read(
        "Walk news",
        "The Pedlow Heritage Festival was held in Pedlow, in conjunction with Sarn Walkers Trust.",
    )
    assert ("Sarn Walkers Trust", "Pedlow Heritage Festival") in pairs(seed, "ORGANISED")


def test_a_body_funded_through_a_programme_is_funded_by_whoever_runs_it():
    seed = _read(
        "Grants news",
        "The Ibbot Foundation has given £90,000 to ten groups through its Warm Hearths programme.",
        "The Quill Lane Lunch Club, funded through the Warm Hearths programme, "
        "will open twice a week.",
    )
    funded = pairs(seed, "FUNDED")
    assert ("Ibbot Foundation", "Quill Lane Lunch Club") in funded
    assert ("Quill Lane Lunch Club", "Warm Hearths") not in funded


def test_a_participle_set_off_by_commas_does_not_make_the_name_before_it_the_funder():
    seed = _read(
        "Grants news",
        "The Quill Lane Lunch Club, funded through the Warm Hearths scheme last year, "
        "is looking for volunteers.",
    )
    assert ("Quill Lane Lunch Club", "Warm Hearths") not in pairs(seed, "FUNDED")


def test_a_place_in_a_relative_clause_is_not_the_grantee():
    seed = _read(
        "Music news",
        "Sarn Valley Singers have received a Bellow Trust grant of £2,000.",
        "The singers, who rehearse in Sarn Chapel, are using the grant to hire a conductor.",
    )
    funded = pairs(seed, "FUNDED")
    assert ("Bellow Trust", "Sarn Valley Singers") in funded
    assert ("Bellow Trust", "Sarn Chapel") not in funded


def test_money_raised_going_to_a_charity_is_not_a_grant_from_the_last_funder():
    seed = _read(
        "Fun day news",
        "The Ormby Summer Fete took place on Sunday.",
        "Thanks to support from Ormby Town Council, the green was closed to cars.",
        "Money raised on the day will go to Ormby Hospice.",
    )
    assert ("Ormby Town Council", "Ormby Hospice") not in pairs(seed, "FUNDED")


def test_grants_going_to_named_bodies_still_come_from_the_last_funder():
    seed = _read(
        "Grants news",
        "The Ibbot Foundation has awarded £3,000 to Quill Lane Lunch Club.",
        "Other grants went to Sarn Valley Trust.",
    )
    assert ("Ibbot Foundation", "Sarn Valley Trust") in pairs(seed, "FUNDED")


@pytest.mark.parametrize(
    ("event", "noun"),
    [
        ("Pedlow Half Marathon 2026", "race"),
        ("Pedlow Spring Fair 2026", "fair"),
        ("Pedlow Proms Concert 2026", "concert"),
    ],
)
def test_a_community_event_referred_back_to_by_its_noun_was_sponsored(event, noun):
    seed = _read(
        "Weekend news",
        f"The {event} took place on Sunday.",
        f"The {noun} was sponsored by Garrow Motors and Tillet Bakery.",
    )
    funded = pairs(seed, "FUNDED")
    assert ("Garrow Motors", event) in funded
    assert ("Tillet Bakery", event) in funded


def test_support_after_who_leads_the_project_is_funding_of_the_project():
    seed = _read(
        "Heritage news",
        "The Pier Stories project has been awarded £30,000 by the Wend Heritage Fund.",
        "The project is led by Ormby Sea Trust with support from Ormby Town Council.",
    )
    assert ("Ormby Town Council", "Pier Stories") in pairs(seed, "FUNDED")
    assert ("Ormby Town Council", "Ormby Sea Trust") not in pairs(seed, "FUNDED")


@pytest.mark.parametrize("verb", ["made possible", "paid for", "underwritten"])
def test_an_event_made_possible_or_paid_for_by_a_body_was_funded_by_it(verb):
    seed = _read(
        "Open day news",
        "The Garrow Mill Open Day was held on Saturday.",
        f"The day was {verb} by the Tillet Family Trust.",
    )
    assert ("Tillet Family Trust", "Garrow Mill Open Day") in pairs(seed, "FUNDED")


def test_made_possible_by_people_names_no_funder():
    seed = _read(
        "Open day news",
        "The Garrow Mill Open Day was held on Saturday.",
        "It was made possible by the hard work of volunteers from Tillet Family Trust.",
    )
    assert ("Tillet Family Trust", "Garrow Mill Open Day") not in pairs(seed, "FUNDED")


@pytest.mark.parametrize(
    "sentence",
    [
        "Sarn Arts staged the Garrow Mill Open Day on Saturday.",
        "The Garrow Mill Open Day was held on Saturday. Sarn Arts put on the day.",
    ],
)
def test_a_body_that_staged_or_put_on_an_event_organised_it(sentence):
    seed = _read("Open day news", sentence)
    assert ("Sarn Arts", "Garrow Mill Open Day") in pairs(seed, "ORGANISED")


def test_putting_plans_on_hold_is_not_putting_on_an_event():
    seed = _read(
        "Open day news",
        "The Garrow Mill Open Day was held on Saturday.",
        "Sarn Arts has put on hold its plans for a second day.",
    )
    assert ("Sarn Arts", "Garrow Mill Open Day") not in pairs(seed, "ORGANISED")


@pytest.mark.parametrize(
    ("label", "relation"),
    [
        ("Sponsored by:", "FUNDED"),
        ("Sponsors:", "FUNDED"),
        ("Funders:", "FUNDED"),
        ("Organisers:", "ORGANISED"),
        ("Convened by:", "ORGANISED"),
        ("Co-hosted by:", "ORGANISED"),
    ],
)
def test_an_event_listing_credit_line_names_funders_and_organisers(label, relation):
    seed = _read(
        "Orrel Green Fair 2026",
        "Date: Saturday 11 July 2026",
        "Venue: Orrel Village Green",
        f"{label} Garrow Motors and the Tillet Family Trust",
        "Come along for stalls, games and a dog show.",
    )
    found = pairs(seed, relation)
    assert ("Garrow Motors", "Orrel Green Fair 2026") in found
    assert ("Tillet Family Trust", "Orrel Green Fair 2026") in found


def test_a_co_organiser_of_no_known_kind_is_taken_for_a_body():
    seed = _read(
        "Fair news",
        "The Dunby Spring Fair was held on Sunday.",
        "It was run in association with Garrow Motors.",
    )
    assert ("Garrow Motors", "Dunby Spring Fair") in pairs(seed, "ORGANISED")
