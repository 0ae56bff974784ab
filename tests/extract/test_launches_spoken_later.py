"""A body launched, its launch told of later: "Kelby Trust today launched Fenby Minds,
a new alliance ..." or "A new alliance ... has been launched to ..." named in the
next sentence, then "The launch took place at Orton Hall" gives the event "Launch of
Fenby Minds" at the hall, organised by the launcher, with the people at it
(rules/body_launches.py). All names made up."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import events, pairs


def _names(seed: dict) -> set[str]:
    return {e["name"] for e in events(seed)}


def test_a_trust_launches_an_alliance_and_the_launch_is_told_later():
    seed = extract_text(
        "Trust and charities launch Fenby Minds\n\n"
        "Kelby Health Trust today launched Fenby Minds, a new alliance with twelve local "
        "charities to improve support for adults.\n\n"
        "The alliance will open four hubs over two years.\n\n"
        "The launch took place at Orton Hall and was attended by 90 people. Speakers "
        "included Ada Foss, chief executive of Fenby Mind.\n"
    )
    assert "Launch of Fenby Minds" in _names(seed)
    assert ("Kelby Health Trust", "Launch of Fenby Minds") in pairs(seed, "ORGANISED")
    assert ("Launch of Fenby Minds", "Orton Hall") in pairs(seed, "LOCATED_IN")
    assert ("Ada Foss", "Launch of Fenby Minds") in pairs(seed, "PARTICIPATED_IN")


def test_an_alliance_launched_to_do_something_and_its_launch_told_later():
    seed = extract_text(
        "New alliance on mental health in Kelby\n\n"
        "A new alliance of voluntary groups has been launched to improve mental health "
        "support across Kelby.\n\n"
        "The Kelby Wellbeing Alliance is led by Fenby Mind.\n\n"
        "About 60 people came to the launch at Orton Hall on 2 May, including Jo Tern.\n"
    )
    assert "Launch of the Kelby Wellbeing Alliance" in _names(seed)
    assert ("Launch of the Kelby Wellbeing Alliance", "Orton Hall") in pairs(seed, "LOCATED_IN")


def test_a_body_launched_with_no_launch_told_of_makes_no_event():
    seed = extract_text(
        "New alliance in Kelby\n\n"
        "Kelby Health Trust today launched Fenby Minds, a new alliance with local "
        "charities.\n\n"
        "The alliance will open four hubs over two years.\n"
    )
    assert not any(n.startswith("Launch of") for n in _names(seed))
