"""A meeting record's "Present:" label on a line of its own, over one person a
line ("Cllr A, Foo Council – Chair", "B, Bar Trust"): each person listed attended
the meeting, the one the line marks as chair chaired it. Near misses: a
"Vice-Chair" attended; an "Apologies:" line after the list sent apologies and was
not there. All names made up."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import with_roles

_MEETING = "Fenby Residents Forum meeting"
_RECORD = (
    "Fenby Residents Forum\n"
    "Minutes of the Fenby Residents Forum meeting, 4 March 2026, Fenby Library\n\n"
    "{label}\n"
    "Cllr Ada Foss (AF), Kelby Council – Chair\n"
    "Jo Tern (JT), Orby Housing\n"
    "Ben Ruskin (BR) - Vice-Chair, Fenby Tenants Group\n\n"
    "Apologies: Dana Lowe (Kelby Police)\n\n"
    "1. Bus shelter\n"
    "The forum agreed to write to Kelby Council about the bus shelter on Mill Lane.\n"
)


def _roles(label: str) -> dict[str, str | None]:
    seed = extract_text(_RECORD.format(label=label))
    return {who: role for who, to, role in with_roles(seed, "PARTICIPATED_IN") if to == _MEETING}


@pytest.mark.parametrize("label", ["Present:", "Members present", "Also in attendance:"])
def test_each_person_under_a_present_label_attended_and_the_marked_chair_chaired(label):
    roles = _roles(label)
    assert roles.get("Ada Foss") == "chair", roles
    assert roles.get("Jo Tern") == "attendee", roles
    assert roles.get("Ben Ruskin") == "attendee", roles  # "Vice-Chair": no chair of the meeting


def test_who_sent_apologies_after_the_list_did_not_attend():
    assert "Dana Lowe" not in _roles("Present:")
