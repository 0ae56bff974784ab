"""Who ran one part of an event, told after a list of its parts (round 50): "Workshops
covered A, B and C, the last run by Foo", "Morning workshops took on pension credit
(run by Jo Tern), ...", "In the breakouts I chose “X”, run by Ada Foss": they took
part in the event, leading a part of it; they did not organise it. A participle
describing the event or a named thing is still read as before. All names made up."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import pairs

_OPENING = (
    "Kelby Health Summit 2026\n\n"
    "The Kelby Health Summit 2026 took place at Orton Hall on 12 May, organised by "
    "Kelby Council.\n\n"
)


def _seed(sentence: str) -> dict:
    return extract_text(_OPENING + sentence + "\n")


def test_the_last_of_the_workshops_run_by_a_body():
    seed = _seed(
        "Three workshops followed lunch: tenancy rights, grant budgets and youth "
        "mentoring, the last run by Fenby Volunteer Centre."
    )
    assert ("Fenby Volunteer Centre", "Kelby Health Summit 2026") not in pairs(seed, "ORGANISED")
    assert ("Fenby Volunteer Centre", "Kelby Health Summit 2026") in pairs(seed, "PARTICIPATED_IN")


def test_a_workshop_run_by_a_person_in_brackets():
    seed = _seed(
        "Morning workshops took on pension credit (run by Ada Foss of the Fenby "
        "Money Hub), cycling to work, and home composting."
    )
    assert ("Ada Foss", "Kelby Health Summit 2026") not in pairs(seed, "ORGANISED")
    assert ("Ada Foss", "Kelby Health Summit 2026") in pairs(seed, "PARTICIPATED_IN")


def test_a_quoted_breakout_run_by_two_people():
    seed = _seed(
        'In the morning breakouts I chose "Data for good", run by Jo Tern of Fenby '
        "Community Action and Ada Foss from the Kelby Prescribing Network."
    )
    organised = pairs(seed, "ORGANISED")
    assert not any(who in {"Jo Tern", "Ada Foss"} for who, _ in organised)


def test_the_day_organised_by_a_body_is_still_organised():
    seed = _seed("After the workshops, the day, organised by Fenby Trust, ended with a ceilidh.")
    assert ("Fenby Trust", "Kelby Health Summit 2026") in pairs(seed, "ORGANISED")
