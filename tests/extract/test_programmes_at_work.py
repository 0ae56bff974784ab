"""A name the slot it fills says is a programme, whatever its own words: the subject
of a verb of serving people ("Homeward Kelby aims to ...", "will provide", "supports",
"offers", "helps": mentions/programme_votes.py, vocab/programme_serving_verbs.txt)
when the recogniser read it as no body or place and no given name opens it. Not a
person, a body the recogniser knows, a job, or a piece of a longer name ("Strand 1
offers").
Made up; no corpus names."""

from __future__ import annotations

import pytest

from tests.extract.reading import types_of as typed


@pytest.mark.parametrize(
    ("sentence", "programme"),
    [
        ("Homeward Kelby aims to help young tenants into work.", "Homeward Kelby"),
        ("Last year Homeward Kelby supported young carers across the town.", "Homeward Kelby"),
        ("In 2031, Homeward Kelby offered free advice sessions every week.", "Homeward Kelby"),
    ],
)
def test_a_name_serving_people_is_a_project(sentence, programme):
    assert typed(f"Kelby news\n{sentence}\n").get(programme) == "Project"


@pytest.mark.parametrize(
    ("sentence", "name", "kind"),
    [
        ("Jane Doe helps young tenants into work.", "Jane Doe", "Person"),
        ("Acme Ltd provides free laptops to schools.", "Acme Ltd", "Organisation"),
        (
            "Homeward Kelby is a charity that helps young tenants into work.",
            "Homeward Kelby",
            "Organisation",
        ),
    ],
)
def test_people_and_bodies_serving_are_no_project(sentence, name, kind):
    assert typed(f"Kelby news\n{sentence}\n").get(name) == kind


def test_a_job_or_a_part_of_a_fund_is_no_project():
    types = typed(
        "Kelby news\nThe fund has two parts. Strand 1 offers new groups up to £5,000.\n"
        "Two staff will deliver the service: a Clinical Link Nurse will be supporting GP teams.\n"
    )
    assert types.get("Strand") != "Project"
    assert types.get("Clinical Link Nurse") != "Project"
