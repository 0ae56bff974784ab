"""Money given to the wrong end: "with funding from C" after a doer's phrase ("organised
by A together with B's team", "run by the network, B", "run by A as part of the B
programme") never funded A or B but what the verb was done to
(joined_openings.by_running_on); "The party was sponsored by C" with a project in view
never funded the project (passive_targets.work_in_view,
vocab/unfunded_project_openers.txt). Near misses: "X, run by A, has support from C"
and "The project was sponsored by C" still fund X and the project. Fictional bodies."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


def _read(*lines: str) -> dict:
    return extract_text("\n".join(lines) + "\n", path="page.txt")


def test_funding_after_organisers_joined_by_together_with_goes_to_the_event():
    seed = _read(
        "Lantern festival news",
        "The Kelby Lantern Festival took place in Kelby on Saturday.",
        "The festival was organised by Fenby Arts together with Dalby Council's events "
        "team, with funding from the Orrel Trust.",
    )
    funded = pairs(seed, "FUNDED")
    assert ("Orrel Trust", "Kelby Lantern Festival") in funded
    assert ("Orrel Trust", "Dalby Council") not in funded
    assert ("Dalby Council", "Kelby Lantern Festival") in pairs(seed, "ORGANISED")


def test_funding_after_a_runner_set_off_in_apposition_is_not_the_runners():
    seed = _read(
        "Health news",
        "The Kelby Wellbeing Hub opened in March.",
        "It is run by the town's primary care network, Fenby Health Network, with funding "
        "from the Orrel Trust.",
    )
    assert ("Orrel Trust", "Fenby Health Network") not in pairs(seed, "FUNDED")


def test_funding_after_run_by_as_part_of_a_programme_is_not_the_programmes():
    seed = _read(
        "Hub news",
        "The Kelby Family Hub opened in March.",
        "The hub is run by Dalby Council as part of the Bright Start Kelby programme, "
        "with funding from the Orrel Trust.",
    )
    assert ("Orrel Trust", "Bright Start Kelby") not in pairs(seed, "FUNDED")
    assert ("Dalby Council", "Kelby Family Hub") in pairs(seed, "RUNS")


def test_near_miss_support_after_a_run_by_aside_still_funds_the_named_thing():
    seed = _read(
        "Book swap news",
        "The Kelby Book Swap, run by Fenby Arts, has support from the Orrel Trust.",
    )
    assert ("Orrel Trust", "Kelby Book Swap") in pairs(seed, "FUNDED")
    assert ("Orrel Trust", "Fenby Arts") not in pairs(seed, "FUNDED")


def _food_share_then(sentence: str) -> dict:
    return _read(
        "Food news",
        "Fenby Arts runs the Kelby Food Share project, which opened last year.",
        sentence,
    )


def test_a_party_sponsored_is_not_the_project_in_view():
    seed = _food_share_then("The party was sponsored by Dalby Building Society.")
    assert ("Dalby Building Society", "Kelby Food Share") not in pairs(seed, "FUNDED")


def test_an_alliance_funded_is_not_the_project_in_view():
    seed = _food_share_then("The alliance is funded by Dalby Building Society.")
    assert ("Dalby Building Society", "Kelby Food Share") not in pairs(seed, "FUNDED")


def test_near_miss_the_project_sponsored_is_the_project_in_view():
    seed = _food_share_then("The project was sponsored by Dalby Building Society.")
    assert ("Dalby Building Society", "Kelby Food Share") in pairs(seed, "FUNDED")
