"""An opening participle's agents did it to the clause's subject: "Funded by A, this
high-profile event was hosted by B" is A funding the event in view, never B (the name
after a later "by"); "Funded by A, the project was delivered by B" is A funding the
project in view (rules/agents._participle_subject). Fictional bodies."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import pairs

SUMMIT = "News\n\nThe Birch Network held the Kelby Voices Summit in Ashford last week.\n\n"
PROJECT = "News\n\nThe Rowan Garden Project helps older people in Kelby to grow food.\n\n"


def test_a_participle_before_this_event_funded_the_event_not_its_host():
    seed = extract_text(
        SUMMIT + "Funded by the Hazel Trust, this high-profile event was hosted by the "
        "Birch Network and the Elm Forum.\n"
    )
    funded = pairs(seed, "FUNDED")
    assert ("Hazel Trust", "Kelby Voices Summit") in funded
    assert ("Hazel Trust", "Birch Network") not in funded


def test_a_sponsor_before_the_event_noun_sponsored_the_event():
    seed = extract_text(
        SUMMIT + "Sponsored by the Hazel Trust, the two-day event was organised by the "
        "Birch Network.\n"
    )
    funded = pairs(seed, "FUNDED")
    assert ("Hazel Trust", "Kelby Voices Summit") in funded
    assert ("Hazel Trust", "Birch Network") not in funded


def test_a_participle_before_the_project_noun_funded_the_project_in_view():
    seed = extract_text(
        PROJECT + "Funded by the Hazel Trust, the project was delivered by the Birch Network.\n"
    )
    funded = pairs(seed, "FUNDED")
    assert ("Hazel Trust", "Rowan Garden Project") in funded
    assert ("Hazel Trust", "Birch Network") not in funded
