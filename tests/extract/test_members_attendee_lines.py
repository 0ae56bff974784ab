"""A record of a body's own meeting lists its members under "Attendees:" or
"Attending:" as often as under "Present:", and marks the chair after the initials
it gives them as often as inside them ("A (AB) – Chair;", "B (BC), chair, Foo
Trust;"): each listed member holds a seat on the body the meeting is of; at a
forum or partnership the body named after a person's initials and a dash stands
for them ("C (CD) - Foo Church"): the body is the member (rules/meeting_chairs.py).
All names made up."""

from __future__ import annotations

import pytest

from tests.extract.test_present_members import _RECORD, _seats  # one record and reading, shared


@pytest.mark.parametrize(
    ("line", "chair", "members"),
    [
        ("Attendees: Nell Varga (chair), Tom Lyle, Rita Sand", "Nell Varga",
         {"Tom Lyle", "Rita Sand"}),
        ("Attending: Nell Varga (NV) – Chair; Tom Lyle (TL); Rita Sand (RS)", "Nell Varga",
         {"Tom Lyle", "Rita Sand"}),
        ("Present: Nell Varga (NV), chair; Tom Lyle (TL); Rita Sand (RS)", "Nell Varga",
         {"Tom Lyle", "Rita Sand"}),
    ],
)  # fmt: skip
def test_an_attendees_line_naming_a_chair_seats_the_members(line, chair, members):
    body = "Orby Older People's Committee"
    seats = _seats(_RECORD.format(body=body, line=line), body)
    assert (seats.get(chair) or "").lower().startswith("chair"), seats
    assert all(seats.get(m) == "member" for m in members), seats


def test_at_a_forum_the_body_after_a_persons_dash_is_the_member():
    body = "Orby Voluntary Sector Forum"
    line = (
        "Attendees: Nell Varga (NV, chair) - Orby Carers Hub; Tom Lyle (TL) - Orby Housing "
        "Association; Rita Sand (RS) - Orby Food Bank"
    )
    seats = _seats(_RECORD.format(body=body, line=line), body)
    assert seats.get("Orby Housing Association") == "member", seats
    assert seats.get("Orby Food Bank") == "member", seats
    assert "Tom Lyle" not in seats and "Rita Sand" not in seats, seats
