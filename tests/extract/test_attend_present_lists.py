"""The people a meeting record lists as present, with no chair named among them,
were at the meeting (PARTICIPATED_IN, role attendee): "Board members present: A
(Foo); B (Bar)", "Also in attendance for item 2: C, Programme Manager, and D",
"In attendance: E (minutes)", a list running past a title's full stop ("Supt.").
Near misses: those sending apologies were not there; a line with no present label
lists nobody who came. All names made up."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import with_roles

_RECORD = (
    "Fenby Residents Forum meeting\n\n"
    "The Fenby Residents Forum meeting was held on 4 March 2026 at Fenby Library.\n\n"
    "{line}\n\n"
    "The forum agreed to write to Kelby Council about the bus shelter.\n"
)
_FORUM = "Fenby Residents Forum meeting"


def _attendees(line: str) -> set[str]:
    seed = extract_text(_RECORD.format(line=line))
    return {
        who
        for who, to, role in with_roles(seed, "PARTICIPATED_IN")
        if to == _FORUM and role == "attendee"
    }


@pytest.mark.parametrize(
    ("line", "people"),
    [
        ("Board members present: Jo Tern (Director, Orby Housing); Ben Ruskin "
         "(Manager, Kelby Carers Hub); Mia Hart (Orby Library)",
         {"Jo Tern", "Ben Ruskin", "Mia Hart"}),
        ("Also in attendance for item 2: Jo Tern, Programme Manager, and Dr Ben Ruskin, "
         "Kelby Hospice.", {"Jo Tern", "Ben Ruskin"}),
        ("In attendance: Jo Tern (minutes)", {"Jo Tern"}),
        ("Attending: approx. 20 residents; Sgt Ben Ruskin (Fenby Police); Mia Hart "
         "(Housing Officer, Orby Homes).", {"Ben Ruskin", "Mia Hart"}),
    ],
)  # fmt: skip
def test_people_on_a_present_list_attended_the_meeting(line, people):
    assert people <= _attendees(line)


def test_apologies_are_not_attendees():
    assert "Jo Tern" not in _attendees("Apologies: Jo Tern (Orby Housing); Ben Ruskin")
