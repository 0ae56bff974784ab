"""Working together, round 38b: founders named together ("set up in 2019 by A and
B", "A and B founded ...", "co-founded it with her neighbour B"), bodies chosen as
another's partner ("Foo has chosen Bar as its charity partner", "Foo's charity
partner, Bar"), the bodies an alliance brings together, and "jointly funded by A
and B" (two funders, not partners). Fictional names."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


def _seed(sentence: str):
    return extract_text("# News\n\n" + sentence + "\n", path="page.txt")


def _both_ways(seed, rel: str) -> set:
    found = pairs(seed, rel)
    return found | {(b, a) for a, b in found}


@pytest.mark.parametrize(
    "sentence",
    [
        "The Kelby Repair Shop was set up in 2019 by Jo Tern and retired joiner Ada Foss.",
        "The lunch club was founded by Jo Tern and Ada Foss after the bank closed.",
        "Jo Tern and Ada Foss set up the Kelby Repair Café in 2021.",
        "Jo Tern and Ada Foss founded the Orton Book Club in 2018.",
        "Jo Tern co-founded the café with her neighbour Ada Foss after the shop closed.",
    ],
)
def test_founders_named_together_collaborate(sentence):
    assert ("Jo Tern", "Ada Foss") in _both_ways(_seed(sentence), "COLLABORATES_WITH")


@pytest.mark.parametrize(
    "sentence",
    [
        "The café, founded in 2016, is run by Jo Tern and Ada Foss.",
        "Jo Tern and Ada Foss started the race at nine o'clock.",
        "The club was set up by Jo Tern and is now funded by Kelby Trust.",
        "Jo Tern thanked Ada Foss, who set up the club in 2019.",
    ],
)
def test_no_founders_together(sentence):
    assert not pairs(_seed(sentence), "COLLABORATES_WITH")


@pytest.mark.parametrize(
    "sentence, owner, chosen",
    [
        (
            "Plover Homes has chosen Kelby Wildlife Trust as its charity partner for 2025.",
            "Plover Homes",
            "Kelby Wildlife Trust",
        ),
        (
            "Plover Homes names Kelby Wildlife Trust as charity partner.",
            "Plover Homes",
            "Kelby Wildlife Trust",
        ),
        (
            "Plover Homes' previous charity partner, Fenby Foodbank, received £5,000.",
            "Plover Homes",
            "Fenby Foodbank",
        ),
        (
            "Fenby Foodbank has been selected as Plover Homes' charity of the year.",
            "Plover Homes",
            "Fenby Foodbank",
        ),
    ],
)
def test_chosen_partners(sentence, owner, chosen):
    assert (owner, chosen) in _both_ways(_seed(sentence), "PARTNER_OF")


@pytest.mark.parametrize(
    "sentence",
    [
        "Jo Tern's partner, Ada Foss, ran the cake stall at Kelby Fair.",
        "Kelby Trust has named Jo Tern as its new chair.",
    ],
)
def test_no_chosen_partners(sentence):
    assert not pairs(_seed(sentence), "PARTNER_OF")


def test_alliance_brings_together_partners():
    seed = _seed(
        "The Kelby Homeless Alliance brings together the Orton Night Shelter, Fenby Advice "
        "and Plover Homes."
    )
    found = _both_ways(seed, "PARTNER_OF")
    assert ("Orton Night Shelter", "Fenby Advice") in found
    assert ("Fenby Advice", "Plover Homes") in found
    assert ("Plover Homes", "Kelby Homeless Alliance") in pairs(seed, "MEMBER_OF")


def test_joining_an_alliance_makes_no_partners():
    seed = _seed(
        "Fenby Advice and Plover Homes have become members of the Kelby Homeless Alliance."
    )
    assert not pairs(seed, "PARTNER_OF")


def test_jointly_funded_makes_funders_not_partners():
    seed = _seed("The Kelby Hub is jointly funded by Kelby Trust and Fenby Council.")
    assert not pairs(seed, "PARTNER_OF")
    assert ("Kelby Trust", "Kelby Hub") in pairs(seed, "FUNDED")
    assert ("Fenby Council", "Kelby Hub") in pairs(seed, "FUNDED")


def test_jointly_run_still_makes_partners():
    seed = _seed("The Kelby Hub is jointly run by Kelby Trust and Fenby Council.")
    assert ("Kelby Trust", "Fenby Council") in _both_ways(seed, "PARTNER_OF")


def test_a_bodys_own_tutor_is_no_collaborator():
    seed = _seed(
        "Pupils from Orton Academy painted the mural, with the help of their teacher Ada Foss."
    )
    assert ("Orton Academy", "Ada Foss") not in _both_ways(seed, "COLLABORATES_WITH")


@pytest.mark.parametrize(
    "sentence, rel",
    [
        (
            "The awards were announced by Kelby Trust and Fenby Advice, who have teamed up to "
            "create the Orton Fund.",
            "COLLABORATES_WITH",
        ),
        (
            "Kelby Trust and Fenby Advice, which have worked together since 2019, opened the hub.",
            "COLLABORATES_WITH",
        ),
        (
            "The hub is run by Kelby Trust and Fenby Advice, who joined forces in 2020.",
            "PARTNER_OF",
        ),
    ],
)
def test_names_listed_before_a_clause_of_joint_work(sentence, rel):
    assert ("Kelby Trust", "Fenby Advice") in _both_ways(_seed(sentence), rel)


@pytest.mark.parametrize(
    "sentence",
    [
        "Grants went to Kelby Trust and Fenby Advice, which have both opened new hubs.",
        "Kelby Trust thanked Plover Homes and Fenby Advice, which has worked with Orton Council.",
    ],
)
def test_no_joint_clause(sentence):
    found = _both_ways(_seed(sentence), "COLLABORATES_WITH") | _both_ways(
        _seed(sentence), "PARTNER_OF"
    )
    assert ("Kelby Trust", "Fenby Advice") not in found
    assert ("Plover Homes", "Fenby Advice") not in found


@pytest.mark.parametrize(
    "sentence, rel",
    [
        ("Kelby Trust has joined with Fenby Advice to open the Orton Hub.", "COLLABORATES_WITH"),
        ("Kelby Trust is working hand in hand with Fenby Advice on the hub.", "COLLABORATES_WITH"),
        ("Kelby Trust has been a sponsor partner of Fenby Advice since 2023.", "PARTNER_OF"),
        ("Kelby Trust has partnered up with Fenby Advice to run the course.", "PARTNER_OF"),
        ("Kelby Trust will team up with Fenby Advice next year.", "COLLABORATES_WITH"),
    ],
)
def test_more_wordings_of_working_together(sentence, rel):
    assert ("Kelby Trust", "Fenby Advice") in _both_ways(_seed(sentence), rel)


def test_founders_listed_with_his_neighbour():
    seed = _seed(
        "The Orton Repair Café was set up in 2020 by retired joiner Jo Tern and his neighbour "
        "Ada Foss."
    )
    assert ("Jo Tern", "Ada Foss") in _both_ways(seed, "COLLABORATES_WITH")


def test_chosen_partner_of_the_body_named_before():
    seed = _seed(
        "Kelby Trust has opened a new shop. The trust's corporate partner, Plover Homes, paid "
        "for the fittings."
    )
    assert ("Kelby Trust", "Plover Homes") in _both_ways(seed, "PARTNER_OF")


def test_they_after_names_said_to_work_together():
    seed = _seed(
        "Jo Tern and Ada Foss teamed up to paint a mural in Orton. They worked with pupils "
        "from Orton Primary School on the design."
    )
    found = _both_ways(seed, "COLLABORATES_WITH")
    assert ("Jo Tern", "Orton Primary School") in found
    assert ("Ada Foss", "Orton Primary School") in found


def test_they_after_names_not_said_to_work_together():
    seed = _seed(
        "Jo Tern and Ada Foss opened the Orton Fair. They thanked pupils from Orton Primary "
        "School for the bunting."
    )
    assert not pairs(seed, "COLLABORATES_WITH")


def test_help_goes_to_the_body_the_members_are_of():
    seed = _seed(
        "Members of the Orton Youth Forum have launched their own show, Orton Voices, with help "
        "from Kelby Radio."
    )
    found = _both_ways(seed, "COLLABORATES_WITH")
    assert ("Orton Youth Forum", "Kelby Radio") in found
    assert ("Orton Voices", "Kelby Radio") not in found


def test_thing_made_in_collaboration_is_its_makers_work():
    seed = _seed(
        "Kelby Allotment Society has built six raised beds. The beds were designed in "
        "collaboration with Access Plots, a small charity."
    )
    assert ("Kelby Allotment Society", "Access Plots") in _both_ways(seed, "COLLABORATES_WITH")
    assert not pairs(seed, "PARTNER_OF")


def test_thing_made_in_collaboration_inside_a_quote_has_no_maker():
    seed = _seed(
        "Kelby Allotment Society has built six raised beds. Jo Tern said the beds were "
        "designed in collaboration with Access Plots."
    )
    assert ("Kelby Allotment Society", "Access Plots") not in _both_ways(seed, "COLLABORATES_WITH")
