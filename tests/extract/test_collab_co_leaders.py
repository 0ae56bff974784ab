"""Two people a thing is co-led or coordinated by (rules/co_leaders.py): "The group
is co-led by Jo Tern and retired teacher Ada Foss" — they work together; not three
listed, nor plain "led by" (co-presenters of a session). All names made up."""

from __future__ import annotations

import pytest

from tests.extract.reading import together


@pytest.mark.parametrize(
    "sentence",
    [
        "The history group is co-led by Jo Tern and retired teacher Ada Foss, whose "
        "father worked at the mill.",
        "The project is coordinated by Jo Tern, a volunteer from the mosque, and Ada "
        "Foss, a reader at the church.",
        "The study will be co-led by Dr Jo Tern of the Department of Geography and "
        "Environment and Ada Foss, director of the Kelby Tenants' Federation.",
    ],
)
def test_the_two_work_together(sentence):
    assert ("Jo Tern", "Ada Foss") in together("Kelby News\n\n" + sentence + "\n")


def test_a_session_led_by_two_is_no_collaboration():
    text = "Kelby News\n\nSessions were led by movement artist Jo Tern and singer Ada Foss.\n"
    assert ("Jo Tern", "Ada Foss") not in together(text)


def test_three_people_are_a_team_not_a_pair():
    text = "Kelby News\n\nThe project is coordinated by Jo Tern, Ada Foss and Sam Reed.\n"
    assert ("Jo Tern", "Ada Foss") not in together(text)
