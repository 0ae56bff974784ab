"""A record's list of who came, one person a line under a label alone on its line
naming attendance ("Attendees (initials used below)", "1. Attendance", "Around the
table"): each person listed attended the meeting, the one their line marks as
chair chaired it. Near misses: people under "Apologies" were not there; a second
name on a line after the person's brackets or dash is their body, not another
attendee. All names made up."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import with_roles

_MEETING = "Fenby Residents Forum meeting"
_RECORD = (
    "Fenby Residents Forum\n"
    "Notes of the Fenby Residents Forum meeting, 4 March 2026, Fenby Library\n\n"
    "{label}\n"
    "Ada Foss (AF) - Kelby Council (chair)\n"
    "Jo Tern (JT) - Orby Housing\n"
    "Ben Ruskin and Mia Hart - Fenby Tenants Group\n\n"
    "Apologies\n"
    "Dana Lowe (Kelby Police)\n\n"
    "1. Bus shelter\n"
    "The forum agreed to write to Kelby Council about the bus shelter on Mill Lane.\n"
)


def _roles(label: str) -> dict[str, str | None]:
    seed = extract_text(_RECORD.format(label=label))
    return {who: role for who, to, role in with_roles(seed, "PARTICIPATED_IN") if to == _MEETING}


@pytest.mark.parametrize(
    "label", ["Attendees (initials used below)", "1. Attendance", "Around the table"]
)
def test_each_person_listed_under_an_attendance_label_attended(label):
    roles = _roles(label)
    assert roles.get("Ada Foss") == "chair", roles
    assert roles.get("Jo Tern") == "attendee", roles
    assert roles.get("Ben Ruskin") == "attendee", roles
    assert roles.get("Mia Hart") == "attendee", roles


def test_who_sent_apologies_under_their_own_label_did_not_attend():
    assert "Dana Lowe" not in _roles("Around the table")


def test_a_label_naming_no_attendance_lists_no_one():
    roles = _roles("Actions agreed")
    assert "Jo Tern" not in roles and "Ben Ruskin" not in roles, roles
