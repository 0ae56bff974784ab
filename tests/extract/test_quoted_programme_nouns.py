"""A quoted name before a lower-case noun ("the ‘Making Moments’ group", "more ‘Safe
and Sound’ checks"): typed Project (mentions/around.py). Not after "a" (a kind: "a
‘Cinderella’ service"), nor before an occasion's noun ("the ‘Open Doors’ events").
Made up; no corpus names."""

from __future__ import annotations

import pytest

from tests.extract.reading import types_of as typed


@pytest.mark.parametrize(
    ("sentence", "programme"),
    [
        ("Patients were enjoying the ‘Making Moments’ group at the day centre.", "Making Moments"),
        ("Fire crews will do more ‘Safe and Sound’ checks in people's homes.", "Safe and Sound"),
        ("Members of the 'Say It Loud' video and photo workstream met on Monday.", "Say It Loud"),
    ],
)
def test_a_quoted_name_before_a_noun_is_a_project(sentence, programme):
    assert typed(sentence).get(programme) == "Project"


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The service is a ‘Cinderella’ service in the NHS.", "Cinderella"),
        ("The ‘Open Doors’ events were a chance for people to meet.", "Open Doors"),
    ],
)
def test_a_kind_or_an_occasion_is_no_project(sentence, name):
    assert typed(sentence).get(name) != "Project"
