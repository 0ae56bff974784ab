"""A board's roll on a page about a meeting named for its body: "Committee – A, B,
C" under the report of the "Foo Association AGM" gives each person a seat at Foo
Association, which the page names only inside its meeting's name
(`meeting_seats`). All names and sentences are made up."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import with_roles

_PAGE = (
    "AGM 2031 – report and new committee\n\n"
    "Thank you to everyone who came along to the Orrin Vale Community Association AGM "
    "on Wednesday 3 March in the Scout Hut. We think it was a record turnout.\n\n"
    "Our chair, Hester Quill, presented the annual report.\n\n"
    "Elections\n"
    "The following were elected to serve for the coming year:\n"
    "Chair – Hester Quill\n"
    "Treasurer – Tobias Wren\n"
    "{roll}\n"
)


def _members(roll: str) -> set[tuple[str, str, str | None]]:
    text = _PAGE.format(roll=roll)
    return with_roles(extract_text(text, path="page.txt"), "MEMBER_OF")


def test_committee_roll_sits_at_the_body_the_meeting_is_named_for():
    found = _members("Committee – Alma Stroud, Cyril Dunmore, Petra Lund")
    for name in ("Alma Stroud", "Cyril Dunmore", "Petra Lund"):
        assert (name, "Orrin Vale Community Association", "committee member") in found


def test_the_chair_keeps_its_seat_there_too():
    found = _members("Committee – Alma Stroud, Cyril Dunmore, Petra Lund")
    assert ("Hester Quill", "Orrin Vale Community Association", "Chair") in found
