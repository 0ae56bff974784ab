"""A thing launched, then "the launch": the launch the page speaks of is the
"Launch of" that thing (rules/launched_things.py). All names made up."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import events, pairs


def _names(seed: dict) -> set[str]:
    return {e["name"] for e in events(seed)}


def test_we_launched_a_report_then_spoke_at_the_launch():
    seed = extract_text(
        "What we learned writing a study with tenants\n\n"
        "Last month we launched Quiet Streets, a study of the Pellow estate written with "
        "its tenants.\n\n"
        "Two of the tenants, Rina Vosk and Tam Heddle, presented it at the launch to a "
        "full room.\n"
    )
    assert "Launch of Quiet Streets" in _names(seed)
    took_part = pairs(seed, "PARTICIPATED_IN")
    assert ("Rina Vosk", "Launch of Quiet Streets") in took_part


def test_a_quoted_campaign_launched_in_the_headline_then_the_launch():
    seed = extract_text(
        '"Warm Homes Orby" winter campaign launched with 20 groups\n\n'
        "A winter campaign for older residents was launched today at Orby Market Hall.\n\n"
        '"Warm Homes Orby" is a campaign run by the Dalby Energy Trust.\n\n'
        "- Photographs from the launch are available on request.\n"
    )
    assert "Launch of Warm Homes Orby" in _names(seed)


def test_a_programme_launched_with_no_launch_spoken_of_makes_no_event():
    seed = extract_text(
        "New help for carers\n\n"
        "Orby Carers Trust has launched Carer Lines, a phone service for unpaid carers.\n\n"
        "Calls are free and the line is open every weekday.\n"
    )
    assert not any(n.startswith("Launch of") for n in _names(seed))


def test_who_launched_a_report_is_not_what_was_launched():
    seed = extract_text(
        "New report on cold homes\n\n"
        "Fuel charity Warm Orby launched its new report on cold homes at a packed "
        "evening in the town.\n\n"
        "Speaking at the launch, its director said one home in five was cold.\n"
    )
    assert "Launch of Warm Orby" not in _names(seed)
