"""Bodies a person worked for before (`rules/career_moves`, and the body part of
`joined_bodies.body_of_prep`): a body left ("has left Fenby Council"), moved from
("..., moving from Orton Aid"), worked for on the way ("after a decade working for
Orton Aid"), and a body named through its part ("from Fenby NHS Trust's nursing
team", "from the Kelby branch of Orton Mind"). Near misses give no job there."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import rows

_LEAD = "Kelby Trust news\n\nKelby Trust is a charity in Kelby.\n\n"


def _worked(text: str) -> set[tuple[str, str]]:
    return {(w, org) for w, kind, org, _ in rows(extract_text(_LEAD + text)) if kind == "WORKS_FOR"}


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        (
            "Ben Hale has left Fenby Borough Council, where he ran the parks service, to "
            "become director of Kelby Trust.\n",
            "Ben Hale",
            "Fenby Borough Council",
        ),
        (
            "Last spring Nia Cox left Orton Housing Group after nine years.\n",
            "Nia Cox",
            "Orton Housing Group",
        ),
        (
            "Ada Foss joins Kelby Trust as its first finance manager, moving from Orton Credit "
            "Union in Fenby.\n",
            "Ada Foss",
            "Orton Credit Union",
        ),
        (
            "Sam Cole started Kelby Trust in 2014 after a decade working for Orton Aid.\n",
            "Sam Cole",
            "Orton Aid",
        ),
        (
            "Mrs Foss joined the Kelby charity in 2013 from Fenby Community Health NHS Trust's "
            "district nursing team.\n",
            "Foss",
            "Fenby Community Health NHS Trust",
        ),
        (
            "Ben Hale joins from the Orton branch of Fenby Mind, where he led the fundraising "
            "team for six years.\n",
            "Ben Hale",
            "Fenby Mind",
        ),
    ],
)
def test_a_body_left_or_moved_from_is_one_worked_for(text, person, body):
    assert any(p.endswith(person) and org == body for p, org in _worked(text))


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Ada Foss moved the food store from Orton Larder to the library.\n", "Orton Larder"),
        ("Ada Foss thanked the volunteers working for Orton Larder.\n", "Orton Larder"),
        ("Ben Hale left the meeting early to visit Orton Larder.\n", "Orton Larder"),
        ("Ben Hale left Fenby Ramblers after a row about the route.\n", "Fenby Ramblers"),
        ("Nia Cox was left a bequest by Orton Larder.\n", "Orton Larder"),
    ],
)
def test_near_misses_give_no_job(text, body):
    assert all(org != body for _, org in _worked(text))
